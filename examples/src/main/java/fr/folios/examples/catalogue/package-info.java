/**
 * Builds the Folios resource catalogue from real open data carried in {@code examples/data}:
 * ONISEP's trainings, careers and lycée teachings, and MathALÉA's exercises.
 *
 * <p>Every facet value these readers set is one of the project's fixed concept identifiers
 * (parcours {@code avenir}, niveau {@code 3e}, zone {@code nancy-metz}, …). A file whose
 * structure is broken is refused with {@link fr.folios.core.InvalidInputException}; a record
 * that is well formed but cannot become a resource is counted as rejected, with its reason, in
 * the {@link fr.folios.examples.catalogue.ImportSummary}.
 *
 * <p>Everything is non-null unless marked {@code @Nullable}.
 */
@NullMarked
package fr.folios.examples.catalogue;

import org.jspecify.annotations.NullMarked;
