package fr.folios.core.catalogue;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One page of a catalogue search, with the total and the facet counts.
 *
 * @param total how many resources match, over all pages
 * @param hits this page's hits, best first
 * @param facetCounts for each counted facet, its values with their counts, most frequent first
 */
public record CatalogueResults(
    long total, List<CatalogueHit> hits, Map<Facet, List<FacetCount>> facetCounts) {

  /** Copies the parts. */
  public CatalogueResults {
    hits = List.copyOf(hits);
    EnumMap<Facet, List<FacetCount>> copy = new EnumMap<>(Facet.class);
    facetCounts.forEach((facet, counts) -> copy.put(facet, List.copyOf(counts)));
    facetCounts = Collections.unmodifiableMap(copy);
  }

  /**
   * Returns the counts of one facet.
   *
   * @param facet the facet
   * @return its value counts, empty if it was not counted or nothing carries it
   */
  public List<FacetCount> counts(Facet facet) {
    return facetCounts.getOrDefault(facet, List.of());
  }
}
