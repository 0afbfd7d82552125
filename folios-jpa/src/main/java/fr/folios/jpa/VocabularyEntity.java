package fr.folios.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Stores a vocabulary's identity; its concepts are {@link ConceptEntity} rows. */
@Entity(name = "Vocabulary")
@Table(name = "vocabulary")
class VocabularyEntity {

  @Id
  @Column(name = "id", length = 200)
  private String id = "";

  @Column(name = "title", length = 500, nullable = false)
  private String title = "";

  VocabularyEntity() {
  }

  VocabularyEntity(String id, String title) {
    this.id = id;
    this.title = title;
  }

  String id() {
    return id;
  }

  String title() {
    return title;
  }

  void retitle(String newTitle) {
    title = newTitle;
  }
}
