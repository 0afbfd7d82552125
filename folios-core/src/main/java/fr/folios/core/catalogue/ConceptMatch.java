package fr.folios.core.catalogue;

import java.util.Objects;

/**
 * A link from a concept of the project's own lists to a ScoLOMFR concept that means the same,
 * or nearly: the SKOS mapping properties {@code skos:exactMatch} and {@code skos:closeMatch},
 * kept as data.
 *
 * @param facet the facet whose vocabulary holds the project's concept
 * @param foliosConcept the project's concept identifier, e.g. {@code 6e}
 * @param scolomfrVocabulary the ScoLOMFR vocabulary's identifier, e.g. {@code scolomfr-voc-022},
 *     or {@code scolomfr-bcn-matiere} for the BCN subjects
 * @param scolomfrConcept the ScoLOMFR concept's URI
 * @param kind how close the two meanings are
 * @param source where the link was read: the ScoLOMFR file and the label it gives the concept
 *     (and the code, for a BCN subject), with the reason for a close match
 */
public record ConceptMatch(
    Facet facet, String foliosConcept, String scolomfrVocabulary, String scolomfrConcept,
    Kind kind, String source) {

  /** How close the two meanings are. */
  public enum Kind {
    /** The same meaning: either concept may stand for the other ({@code skos:exactMatch}). */
    EXACT,
    /** A close meaning, e.g. one track's level for the level of every track. */
    CLOSE
  }

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if an identifier or the source is blank
   */
  public ConceptMatch {
    Objects.requireNonNull(facet, "facet");
    Objects.requireNonNull(kind, "kind");
    requireText(foliosConcept, "foliosConcept");
    requireText(scolomfrVocabulary, "scolomfrVocabulary");
    requireText(scolomfrConcept, "scolomfrConcept");
    requireText(source, "source");
  }

  private static void requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException("a concept match's " + name + " must not be blank");
    }
  }
}
