/**
 * The Folios entry point and its exceptions.
 *
 * <p>Everything is non-null unless marked {@code @Nullable}.
 */
@NullMarked
package fr.folios.core;

import org.jspecify.annotations.NullMarked;
