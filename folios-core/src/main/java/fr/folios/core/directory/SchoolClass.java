package fr.folios.core.directory;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A class (classe) of one establishment for one school year.
 *
 * <p>A class is identified by its establishment, its school year and its code, never by its
 * name alone.
 *
 * @param id its identifier in Folios
 * @param establishment the establishment it belongs to
 * @param year its school year
 * @param code its code in the directory, e.g. {@code 3B} or {@code 1S2}
 * @param students its pupils
 * @param teachers the staff who teach it
 * @param mainTeachers the teachers who are its professeur principal; each is also a teacher
 */
public record SchoolClass(
    ClassId id,
    EstablishmentId establishment,
    SchoolYear year,
    String code,
    Set<PersonId> students,
    Set<PersonId> teachers,
    Set<PersonId> mainTeachers) {

  /** Checks and copies the parts; a main teacher is added to the teachers. */
  public SchoolClass {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(establishment, "establishment");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(code, "code");
    Set<PersonId> allTeachers = new HashSet<>(teachers);
    allTeachers.addAll(mainTeachers);
    students = Set.copyOf(students);
    teachers = Set.copyOf(allTeachers);
    mainTeachers = Set.copyOf(mainTeachers);
  }

  /**
   * Creates an empty class.
   *
   * @param establishment its establishment
   * @param year its school year
   * @param code its code
   * @return the class, with a new identifier
   */
  public static SchoolClass create(EstablishmentId establishment, SchoolYear year, String code) {
    return new SchoolClass(ClassId.random(), establishment, year, code, Set.of(), Set.of(),
        Set.of());
  }

  /**
   * Tells whether a person belongs to the class, as a pupil or a teacher.
   *
   * @param person the person
   * @return {@code true} if they belong to it
   */
  public boolean hasMember(PersonId person) {
    return students.contains(person) || teachers.contains(person);
  }

  /**
   * Returns a copy with more pupils, teachers and main teachers.
   *
   * @param newStudents pupils to add
   * @param newTeachers teachers to add
   * @param newMainTeachers main teachers to add
   * @return the updated class
   */
  public SchoolClass with(
      Set<PersonId> newStudents, Set<PersonId> newTeachers, Set<PersonId> newMainTeachers) {
    return new SchoolClass(id, establishment, year, code, union(students, newStudents),
        union(teachers, newTeachers), union(mainTeachers, newMainTeachers));
  }

  /**
   * Returns a copy without a person, as pupil, teacher or main teacher.
   *
   * @param person the person to remove; absent is fine
   * @return the updated class, equal to this one if they did not belong to it
   */
  public SchoolClass without(PersonId person) {
    return new SchoolClass(id, establishment, year, code, minus(students, person),
        minus(teachers, person), minus(mainTeachers, person));
  }

  /**
   * Returns a copy where a person is no longer main teacher but still teaches the class.
   *
   * @param person the main teacher to demote; absent is fine
   * @return the updated class, equal to this one if they were not its main teacher
   */
  public SchoolClass withoutMainTeacher(PersonId person) {
    return new SchoolClass(id, establishment, year, code, students, teachers,
        minus(mainTeachers, person));
  }

  /** {@return {@code code} and year, e.g. "1S2 (2012-2013)", for messages} */
  public String displayName() {
    return code + " (" + year + ")";
  }

  static Set<PersonId> minus(Set<PersonId> all, PersonId removed) {
    Set<PersonId> rest = new HashSet<>(all);
    rest.remove(removed);
    return rest;
  }

  static Set<PersonId> union(Set<PersonId> a, Set<PersonId> b) {
    Set<PersonId> all = new HashSet<>(a);
    all.addAll(b);
    return all;
  }
}
