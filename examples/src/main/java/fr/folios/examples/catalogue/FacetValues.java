package fr.folios.examples.catalogue;

import fr.folios.core.catalogue.Facet;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Gathers the facet values of one resource; not thread-safe, used once then dropped. */
final class FacetValues {

  private final Map<Facet, Set<String>> values = new EnumMap<>(Facet.class);

  /** Adds concept identifiers to a facet, keeping their order and dropping repeats. */
  FacetValues with(Facet facet, String... ids) {
    return with(facet, List.of(ids));
  }

  /** Adds concept identifiers to a facet, keeping their order and dropping repeats. */
  FacetValues with(Facet facet, Collection<String> ids) {
    values.computeIfAbsent(facet, unused -> new LinkedHashSet<>()).addAll(ids);
    return this;
  }

  /** Returns the gathered values; the resource copies them. */
  Map<Facet, Set<String>> toMap() {
    return values;
  }
}
