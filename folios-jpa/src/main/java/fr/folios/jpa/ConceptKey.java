package fr.folios.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Identifies a concept within its vocabulary.
 *
 * @param vocabulary the vocabulary's identifier
 * @param concept the concept's identifier
 */
@Embeddable
record ConceptKey(
    @Column(name = "vocabulary_id", length = 200, nullable = false) String vocabulary,
    @Column(name = "concept_id", length = 500, nullable = false) String concept) {
}
