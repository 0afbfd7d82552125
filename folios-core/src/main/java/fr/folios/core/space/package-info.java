/**
 * Spaces, folders, documents, their limits and their shares.
 *
 * <p>Everything is non-null unless marked {@code @Nullable}.
 */
@NullMarked
package fr.folios.core.space;

import org.jspecify.annotations.NullMarked;
