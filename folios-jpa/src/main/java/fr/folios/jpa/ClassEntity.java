package fr.folios.jpa;

import fr.folios.core.directory.ClassId;
import fr.folios.core.directory.PersonId;
import fr.folios.core.directory.SchoolClass;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;

/** Stores a {@link SchoolClass}, with its pupils, teachers and main teachers. */
@Entity(name = "SchoolClass")
@Table(name = "school_class")
class ClassEntity extends YearStructureEntity implements Row<SchoolClass> {

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
    assignStructure(schoolClass.id().value(), schoolClass.establishment(), schoolClass.year(),
        schoolClass.code());
    Members.replace(students, Members.values(schoolClass.students(), PersonId::value));
    Members.replace(teachers, Members.values(schoolClass.teachers(), PersonId::value));
    Members.replace(mainTeachers, Members.values(schoolClass.mainTeachers(), PersonId::value));
  }

  @Override
  public SchoolClass toRecord() {
    return new SchoolClass(new ClassId(id()), establishment(), year(), code(),
        Members.ids(students, PersonId::new),
        Members.ids(teachers, PersonId::new), Members.ids(mainTeachers, PersonId::new));
  }
}
