package fr.folios.search;

import fr.folios.core.catalogue.CatalogueResource;
import fr.folios.core.catalogue.Facet;
import fr.folios.core.catalogue.ResourceId;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Builds catalogue resources for tests. */
final class Resources {

  private Resources() {
  }

  static CatalogueResource titled(String id, String title) {
    return resource(id, title, "", "", Map.of());
  }

  static CatalogueResource withBody(String id, String title, String body) {
    return resource(id, title, "", body, Map.of());
  }

  static CatalogueResource withFacets(String id, String title, Map<Facet, Set<String>> facets) {
    return resource(id, title, "", "", facets);
  }

  static CatalogueResource dated(String id, String title, @Nullable LocalDate published) {
    return new CatalogueResource(
        new ResourceId(id), title, "", "", Map.of(), published, "tests, CC0", null);
  }

  static CatalogueResource resource(
      String id, String title, String summary, String body, Map<Facet, Set<String>> facets) {
    return new CatalogueResource(
        new ResourceId(id), title, summary, body, facets, null, "tests, CC0", null);
  }
}
