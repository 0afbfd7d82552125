package fr.folios.jpa;

import fr.folios.core.catalogue.Concept;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Stores a {@link Concept} at its position in its vocabulary, with its alternative labels. */
@Entity(name = "Concept")
@Table(name = "concept")
class ConceptEntity {

  @EmbeddedId
  private ConceptKey key = new ConceptKey("", "");

  @Column(name = "position", nullable = false)
  private int position;

  @Column(name = "pref_label", length = 1000, nullable = false)
  private String prefLabel = "";

  @Column(name = "broader", length = 500)
  private @Nullable String broader;

  @Column(name = "deprecated", nullable = false)
  private boolean deprecated;

  @ElementCollection
  @CollectionTable(name = "concept_alt_label", joinColumns = {
      @JoinColumn(name = "vocabulary_id", referencedColumnName = "vocabulary_id"),
      @JoinColumn(name = "concept_id", referencedColumnName = "concept_id")})
  @OrderColumn(name = "position")
  @Column(name = "label", length = 1000, nullable = false)
  private List<String> altLabels = new ArrayList<>();

  ConceptEntity() {
  }

  ConceptEntity(String vocabulary, String concept) {
    key = new ConceptKey(vocabulary, concept);
  }

  /** Returns the identifier of the concept's vocabulary. */
  String vocabularyId() {
    return key.vocabulary();
  }

  /** Returns the concept's identifier. */
  String conceptId() {
    return key.concept();
  }

  /**
   * Copies a concept into this row.
   *
   * @param concept the concept, whose identifier is this row's
   * @param newPosition its position in the vocabulary, from 0
   */
  void assign(Concept concept, int newPosition) {
    position = newPosition;
    prefLabel = concept.prefLabel();
    broader = concept.broader();
    deprecated = concept.deprecated();
    if (!altLabels.equals(concept.altLabels())) {
      altLabels.clear();
      altLabels.addAll(concept.altLabels());
    }
  }

  /** Returns the concept this row stores. */
  Concept toConcept() {
    return new Concept(key.concept(), prefLabel, altLabels, broader, deprecated);
  }
}
