package fr.folios.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One facet value of a catalogue resource.
 *
 * @param facet the facet's enum name
 * @param concept the concept identifier
 */
@Embeddable
record FacetValue(
    @Column(name = "facet", length = 32, nullable = false) String facet,
    @Column(name = "concept", length = 500, nullable = false) String concept) {
}
