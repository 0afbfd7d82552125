/**
 * Communication: news items published to a class.
 *
 * <p>Everything is non-null unless marked {@code @Nullable}.
 */
@NullMarked
package fr.folios.core.news;

import org.jspecify.annotations.NullMarked;
