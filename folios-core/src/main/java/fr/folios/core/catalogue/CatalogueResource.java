package fr.folios.core.catalogue;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A resource of the catalogue: a document or a learning activity that teachers hand out.
 *
 * @param id its stable identifier
 * @param title its title, not blank
 * @param summary a short French text shown in results, possibly empty
 * @param body the full text that searches read, possibly empty
 * @param facets the facet values it carries, as concept identifiers; facets it lacks are absent
 * @param published the date it was published or last updated, or {@code null} if unknown
 * @param source where it comes from and under which licence, e.g. "Onisep, ODbL"
 * @param url a link to the original, or {@code null}
 */
public record CatalogueResource(
    ResourceId id,
    String title,
    String summary,
    String body,
    Map<Facet, Set<String>> facets,
    @Nullable LocalDate published,
    String source,
    @Nullable String url) {

  /**
   * Checks and copies the parts.
   *
   * @throws IllegalArgumentException if the title is blank
   */
  public CatalogueResource {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(source, "source");
    if (title.isBlank()) {
      throw new IllegalArgumentException("resource '" + id + "' has a blank title");
    }
    EnumMap<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
    facets.forEach((facet, values) -> {
      if (!values.isEmpty()) {
        copy.put(facet, Collections.unmodifiableSet(new LinkedHashSet<>(values)));
      }
    });
    facets = Collections.unmodifiableMap(copy);
  }

  /**
   * Returns the values this resource carries for one facet.
   *
   * @param facet the facet
   * @return its values, empty if none
   */
  public Set<String> values(Facet facet) {
    return facets.getOrDefault(facet, Set.of());
  }
}
