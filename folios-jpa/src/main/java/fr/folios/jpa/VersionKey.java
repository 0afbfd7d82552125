package fr.folios.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Identifies a document's version.
 *
 * @param document the document's identifier
 * @param number the version's number
 */
@Embeddable
record VersionKey(
    @Column(name = "document_id", length = 64, nullable = false) String document,
    @Column(name = "number", nullable = false) int number) {
}
