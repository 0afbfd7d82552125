package fr.folios.jpa;

import fr.folios.core.directory.ClassId;
import fr.folios.core.directory.EstablishmentId;
import fr.folios.core.directory.PersonId;
import fr.folios.core.directory.SchoolClass;
import fr.folios.core.directory.SchoolYear;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;

/** Stores a {@link SchoolClass}, with its pupils, teachers and main teachers. */
@Entity(name = "SchoolClass")
@Table(name = "school_class")
class ClassEntity implements Row<SchoolClass> {

  @Id
  @Column(name = "id", length = 64)
  private String id = "";

  @Column(name = "establishment_id", length = 64, nullable = false)
  private String establishment = "";

  @Column(name = "school_year", nullable = false)
  private int year;

  @Column(name = "code", length = 100, nullable = false)
  private String code = "";

  @ElementCollection
  @CollectionTable(name = "class_student", joinColumns = @JoinColumn(name = "class_id"))
  @Column(name = "person_id", length = 64, nullable = false)
  private Set<String> students = new HashSet<>();

  @ElementCollection
  @CollectionTable(name = "class_teacher", joinColumns = @JoinColumn(name = "class_id"))
  @Column(name = "person_id", length = 64, nullable = false)
  private Set<String> teachers = new HashSet<>();

  @ElementCollection
  @CollectionTable(name = "class_main_teacher", joinColumns = @JoinColumn(name = "class_id"))
  @Column(name = "person_id", length = 64, nullable = false)
  private Set<String> mainTeachers = new HashSet<>();

  ClassEntity() {
  }

  @Override
  public void assign(SchoolClass schoolClass) {
    id = schoolClass.id().value();
    establishment = schoolClass.establishment().value();
    year = schoolClass.year().startYear();
    code = schoolClass.code();
    Members.replace(students, Members.values(schoolClass.students(), PersonId::value));
    Members.replace(teachers, Members.values(schoolClass.teachers(), PersonId::value));
    Members.replace(mainTeachers, Members.values(schoolClass.mainTeachers(), PersonId::value));
  }

  @Override
  public SchoolClass toRecord() {
    return new SchoolClass(new ClassId(id), new EstablishmentId(establishment),
        new SchoolYear(year), code, Members.ids(students, PersonId::new),
        Members.ids(teachers, PersonId::new), Members.ids(mainTeachers, PersonId::new));
  }
}
