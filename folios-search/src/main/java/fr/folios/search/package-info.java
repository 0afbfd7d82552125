/**
 * The catalogue index on Apache Lucene: French analysis, facets with drill-sideways counts.
 *
 * <p>{@link fr.folios.search.LuceneCatalogueIndex} is the only public type; everything else is
 * internal. Everything is non-null unless marked {@code @Nullable}.
 */
@NullMarked
package fr.folios.search;

import org.jspecify.annotations.NullMarked;
