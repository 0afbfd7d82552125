package fr.folios.core.catalogue;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One value of a controlled vocabulary.
 *
 * @param id a stable identifier (a ScoLOMFR URI, or a key of the project's own lists)
 * @param prefLabel the preferred French label
 * @param altLabels alternative labels, possibly empty
 * @param broader the identifier of the broader concept, or {@code null} for a top concept
 * @param deprecated {@code true} if a newer version of the vocabulary retired it; it still
 *     displays and still filters
 */
public record Concept(
    String id, String prefLabel, List<String> altLabels, @Nullable String broader,
    boolean deprecated) {

  /**
   * Checks and copies the parts.
   *
   * @throws IllegalArgumentException if the id or the label is blank
   */
  public Concept {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(prefLabel, "prefLabel");
    if (id.isBlank()) {
      throw new IllegalArgumentException("a concept's id must not be blank");
    }
    if (prefLabel.isBlank()) {
      throw new IllegalArgumentException("concept '" + id + "' has a blank preferred label");
    }
    altLabels = List.copyOf(altLabels);
  }

  /**
   * Creates a current top concept with no alternative label.
   *
   * @param id its identifier
   * @param prefLabel its preferred label
   * @return the concept
   */
  public static Concept of(String id, String prefLabel) {
    return new Concept(id, prefLabel, List.of(), null, false);
  }
}
