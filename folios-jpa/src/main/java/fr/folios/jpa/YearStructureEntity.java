package fr.folios.jpa;

import fr.folios.core.directory.EstablishmentId;
import fr.folios.core.directory.SchoolYear;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * The columns a class and a group share: both belong to one establishment for one school year
 * and are named by a code.
 */
@MappedSuperclass
abstract class YearStructureEntity {

  @Id
  @Column(name = "id", length = 64)
  private String id = "";

  @Column(name = "establishment_id", length = 64, nullable = false)
  private String establishment = "";

  @Column(name = "school_year", nullable = false)
  private int year;

  @Column(name = "code", length = 100, nullable = false)
  private String code = "";

  final void assignStructure(String newId, EstablishmentId newEstablishment,
      SchoolYear newYear, String newCode) {
    id = newId;
    establishment = newEstablishment.value();
    year = newYear.startYear();
    code = newCode;
  }

  final String id() {
    return id;
  }

  final EstablishmentId establishment() {
    return new EstablishmentId(establishment);
  }

  final SchoolYear year() {
    return new SchoolYear(year);
  }

  final String code() {
    return code;
  }
}
