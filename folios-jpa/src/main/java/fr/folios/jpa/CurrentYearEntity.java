package fr.folios.jpa;

import fr.folios.core.directory.EstablishmentId;
import fr.folios.core.directory.SchoolYear;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Stores the current school year of one establishment. */
@Entity(name = "CurrentYear")
@Table(name = "establishment_year")
class CurrentYearEntity {

  @Id
  @Column(name = "establishment_id", length = 64)
  private String establishment = "";

  @Column(name = "school_year", nullable = false)
  private int year;

  CurrentYearEntity() {
  }

  CurrentYearEntity(EstablishmentId establishment) {
    this.establishment = establishment.value();
  }

  /** Sets the current year. */
  void assign(SchoolYear newYear) {
    year = newYear.startYear();
  }

  /** Returns the establishment. */
  EstablishmentId establishment() {
    return new EstablishmentId(establishment);
  }

  /** Returns the current year. */
  SchoolYear year() {
    return new SchoolYear(year);
  }
}
