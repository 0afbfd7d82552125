/**
 * The resource catalogue: controlled vocabularies, resources, facets and queries.
 *
 * <p>Everything is non-null unless marked {@code @Nullable}.
 */
@NullMarked
package fr.folios.core.catalogue;

import org.jspecify.annotations.NullMarked;
