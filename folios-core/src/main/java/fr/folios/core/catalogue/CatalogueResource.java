package fr.folios.core.catalogue;

import fr.folios.core.InvalidInputException;
import fr.folios.core.directory.PersonId;
import java.time.Instant;
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
 * <p>Who sees it follows its status, scope and authors, as {@link Audience} says. Resources
 * imported from the national catalogues have no author, a national scope and are published.
 *
 * @param id its stable identifier
 * @param title its title, not blank
 * @param summary a short French text shown in results, possibly empty
 * @param body the full text that searches read, possibly empty
 * @param facets the facet values it carries, as concept identifiers; facets it lacks are absent
 * @param published the date it was published or last updated, or {@code null} if unknown
 * @param source where it comes from and under which licence, e.g. "Onisep, ODbL"
 * @param url a link to the original, or {@code null}
 * @param authors the teachers who write it, in the order they joined; empty for an imported
 *     resource
 * @param scope who it is meant for once published
 * @param status where it stands: draft, published or withdrawn
 * @param created when it was created in Folios, or {@code null} if it was imported
 * @param updated when it last changed in Folios, or {@code null} if it was imported
 */
public record CatalogueResource(
    ResourceId id,
    String title,
    String summary,
    String body,
    Map<Facet, Set<String>> facets,
    @Nullable LocalDate published,
    String source,
    @Nullable String url,
    Set<PersonId> authors,
    ResourceScope scope,
    ResourceStatus status,
    @Nullable Instant created,
    @Nullable Instant updated) {

  /**
   * Checks and copies the parts.
   *
   * @throws IllegalArgumentException if the title is blank
   * @throws InvalidInputException if a facet value is blank or longer than
   *     {@value #MAX_VALUE_LENGTH} characters
   */
  public CatalogueResource {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(status, "status");
    authors = Collections.unmodifiableSet(new LinkedHashSet<>(authors));
    if (title.isBlank()) {
      throw new IllegalArgumentException("resource '" + id + "' has a blank title");
    }
    EnumMap<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
    facets.forEach((facet, values) -> {
      values.forEach(value -> checkValue(id, facet, value));
      if (!values.isEmpty()) {
        copy.put(facet, Collections.unmodifiableSet(new LinkedHashSet<>(values)));
      }
    });
    facets = Collections.unmodifiableMap(copy);
  }

  /**
   * Creates a published, national resource without author, as the national catalogues give
   * them.
   *
   * @param id its stable identifier
   * @param title its title, not blank
   * @param summary a short text shown in results, possibly empty
   * @param body the full text that searches read, possibly empty
   * @param facets the facet values it carries, as concept identifiers
   * @param published the date it was published or last updated, or {@code null} if unknown
   * @param source where it comes from and under which licence
   * @param url a link to the original, or {@code null}
   * @throws IllegalArgumentException if the title is blank
   * @throws InvalidInputException if a facet value is blank or too long
   */
  public CatalogueResource(ResourceId id, String title, String summary, String body,
      Map<Facet, Set<String>> facets, @Nullable LocalDate published, String source,
      @Nullable String url) {
    this(id, title, summary, body, facets, published, source, url, Set.of(),
        ResourceScope.national(), ResourceStatus.PUBLISHED, null, null);
  }

  /** The longest facet value, in characters: values are concept identifiers. */
  public static final int MAX_VALUE_LENGTH = 256;

  private static void checkValue(ResourceId id, Facet facet, String value) {
    Objects.requireNonNull(value, "facet value");
    if (value.isBlank() || value.length() > MAX_VALUE_LENGTH) {
      String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
      throw new InvalidInputException("resource '" + id + "' gives facet '"
          + facet.frenchLabel() + "' the value '" + shown + "' (" + value.length()
          + " characters): a value is a concept identifier of 1 to " + MAX_VALUE_LENGTH
          + " characters, not blank");
    }
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
