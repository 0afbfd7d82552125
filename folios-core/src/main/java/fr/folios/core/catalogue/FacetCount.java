package fr.folios.core.catalogue;

/**
 * How many results carry one facet value.
 *
 * @param value the concept identifier
 * @param count how many resources of the results carry it
 */
public record FacetCount(String value, long count) {
}
