/**
 * The Folios entry point, its use cases ({@link fr.folios.core.Directory},
 * {@link fr.folios.core.Spaces}, {@link fr.folios.core.News}, {@link fr.folios.core.Catalogue}),
 * the progress listener and the SDK's exceptions.
 *
 * <p>Everything is non-null unless marked {@code @Nullable}.
 */
@NullMarked
package fr.folios.core;

import org.jspecify.annotations.NullMarked;
