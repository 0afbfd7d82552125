/**
 * Reading controlled vocabularies published as SKOS in RDF/XML, such as the ScoLOMFR lists.
 *
 * <p>{@link fr.folios.core.catalogue.skos.SkosReader} turns one concept scheme into a
 * {@link fr.folios.core.catalogue.Vocabulary}; it never loads a DTD nor expands an entity.
 * Everything is non-null unless marked {@code @Nullable}.
 */
@NullMarked
package fr.folios.core.catalogue.skos;

import org.jspecify.annotations.NullMarked;
