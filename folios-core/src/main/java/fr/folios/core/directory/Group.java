package fr.folios.core.directory;

import java.util.Objects;
import java.util.Set;

/**
 * A working group (groupe) of one establishment for one school year; it may span classes.
 *
 * @param id its identifier in Folios
 * @param establishment the establishment it belongs to
 * @param year its school year
 * @param code its code in the directory
 * @param students its pupils
 * @param staff the staff who work with it
 */
public record Group(
    GroupId id,
    EstablishmentId establishment,
    SchoolYear year,
    String code,
    Set<PersonId> students,
    Set<PersonId> staff) {

  /** Checks and copies the parts. */
  public Group {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(establishment, "establishment");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(code, "code");
    students = Set.copyOf(students);
    staff = Set.copyOf(staff);
  }

  /**
   * Creates an empty group.
   *
   * @param establishment its establishment
   * @param year its school year
   * @param code its code
   * @return the group, with a new identifier
   */
  public static Group create(EstablishmentId establishment, SchoolYear year, String code) {
    return new Group(GroupId.random(), establishment, year, code, Set.of(), Set.of());
  }

  /**
   * Returns a copy with more pupils and staff.
   *
   * @param newStudents pupils to add
   * @param newStaff staff to add
   * @return the updated group
   */
  public Group with(Set<PersonId> newStudents, Set<PersonId> newStaff) {
    return new Group(id, establishment, year, code, SchoolClass.union(students, newStudents),
        SchoolClass.union(staff, newStaff));
  }

  /**
   * Returns a copy without a person, as pupil or staff.
   *
   * @param person the person to remove; absent is fine
   * @return the updated group, equal to this one if they did not belong to it
   */
  public Group without(PersonId person) {
    return new Group(id, establishment, year, code, SchoolClass.minus(students, person),
        SchoolClass.minus(staff, person));
  }

  /**
   * Tells whether a person belongs to the group.
   *
   * @param person the person
   * @return {@code true} if they belong to it
   */
  public boolean hasMember(PersonId person) {
    return students.contains(person) || staff.contains(person);
  }
}
