package fr.folios.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Stores the appointment of one reviewer for one scope. */
@Entity(name = "Reviewer")
@Table(name = "catalogue_reviewer")
class ReviewerEntity {

  @Id
  @Column(name = "id", length = 400)
  private String id = "";

  @Column(name = "scope", length = 300, nullable = false)
  private String scope = "";

  @Column(name = "person_id", length = 64, nullable = false)
  private String person = "";

  ReviewerEntity() {
  }

  ReviewerEntity(String scope, String person) {
    this.id = key(scope, person);
    this.scope = scope;
    this.person = person;
  }

  /** Returns the identifier of an appointment. */
  static String key(String scope, String person) {
    return scope + " " + person;
  }
}
