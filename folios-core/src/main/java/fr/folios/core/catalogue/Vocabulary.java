package fr.folios.core.catalogue;

import fr.folios.core.InvalidInputException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A controlled vocabulary: an identified, ordered set of concepts.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class Vocabulary {

  private final String id;
  private final String title;
  private final Map<String, Concept> concepts;

  private Vocabulary(String id, String title, Map<String, Concept> concepts) {
    this.id = id;
    this.title = title;
    this.concepts = Collections.unmodifiableMap(concepts);
  }

  /**
   * Creates a vocabulary from its concepts, kept in the given order.
   *
   * @param id the vocabulary's identifier, e.g. {@code scolomfr-voc-022} or {@code folios-level}
   * @param title its human title
   * @param concepts its concepts; identifiers must be unique
   * @return the vocabulary
   * @throws InvalidInputException if two concepts share an identifier
   */
  public static Vocabulary of(String id, String title, Collection<Concept> concepts) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Map<String, Concept> byId = new LinkedHashMap<>();
    for (Concept concept : concepts) {
      if (byId.putIfAbsent(concept.id(), concept) != null) {
        throw new InvalidInputException("vocabulary '" + id + "' lists concept '"
            + concept.id() + "' twice: each identifier must appear once");
      }
    }
    return new Vocabulary(id, title, byId);
  }

  /** {@return the vocabulary's identifier} */
  public String id() {
    return id;
  }

  /** {@return the vocabulary's human title} */
  public String title() {
    return title;
  }

  /** {@return the concepts, in their order, deprecated ones included} */
  public List<Concept> concepts() {
    return List.copyOf(concepts.values());
  }

  /**
   * Finds a concept by identifier.
   *
   * @param conceptId the identifier
   * @return the concept, or empty if this vocabulary has none with that identifier
   */
  public Optional<Concept> find(String conceptId) {
    return Optional.ofNullable(concepts.get(conceptId));
  }

  /**
   * Returns the preferred label of a concept, or the identifier itself if it is unknown.
   *
   * @param conceptId the identifier
   * @return a label fit for display
   */
  public String label(String conceptId) {
    Concept concept = concepts.get(conceptId);
    return concept == null ? conceptId : concept.prefLabel();
  }

  /** {@return the number of concepts, deprecated ones included} */
  public int size() {
    return concepts.size();
  }

  /**
   * Returns the narrower concepts of a concept: those whose broader concept it is. A SKOS file's
   * {@code skos:narrower} links are read as the children's broader concept, so both ways of
   * writing the tree give the same answer.
   *
   * @param conceptId the identifier of the broader concept
   * @return its narrower concepts in vocabulary order, deprecated ones included; empty if it has
   *     none or is unknown
   */
  public List<Concept> narrower(String conceptId) {
    Objects.requireNonNull(conceptId, "conceptId");
    List<Concept> narrower = new ArrayList<>();
    for (Concept concept : concepts.values()) {
      if (conceptId.equals(concept.broader())) {
        narrower.add(concept);
      }
    }
    return narrower;
  }

  /**
   * Returns this version completed so that it orphans nothing: each concept of the previous
   * version that this one lacks is kept, marked deprecated, after this version's own concepts;
   * so is each identifier in use that neither version holds, labelled with the identifier
   * itself, in identifier order. Retired concepts still display and still filter.
   *
   * @param previous the version stored so far, or {@code null} if there was none
   * @param inUse the concept identifiers that resources carry
   * @return a vocabulary with this one's id, title and concepts, plus the retired ones; this
   *     instance if nothing had to be kept
   */
  public Vocabulary succeeding(@Nullable Vocabulary previous, Set<String> inUse) {
    Objects.requireNonNull(inUse, "inUse");
    Map<String, Concept> all = new LinkedHashMap<>(concepts);
    if (previous != null) {
      for (Concept old : previous.concepts.values()) {
        all.putIfAbsent(old.id(), retired(old));
      }
    }
    for (String used : inUse.stream().sorted().toList()) {
      all.putIfAbsent(used, new Concept(used, used, List.of(), null, true));
    }
    return all.size() == concepts.size() ? this : new Vocabulary(id, title, all);
  }

  private static Concept retired(Concept concept) {
    return concept.deprecated() ? concept : new Concept(concept.id(), concept.prefLabel(),
        concept.altLabels(), concept.broader(), true);
  }

  @Override
  public String toString() {
    return "Vocabulary[" + id + ", " + concepts.size() + " concepts]";
  }
}
