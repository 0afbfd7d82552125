package fr.folios.core.spi;

import fr.folios.core.directory.PersonId;
import java.util.Objects;

/**
 * One person's place in a class or a group, as a row the directory import adds or removes in
 * bulk ({@link DirectoryRepository#addMembers}, {@link DirectoryRepository#removeMembers}).
 *
 * @param structure the class's or the group's identifier
 * @param person the person
 * @param role how the person belongs
 */
public record Membership(String structure, PersonId person, Role role) {

  /** How a person belongs to a class or a group; each role is stored apart. */
  public enum Role {
    /** A pupil of a class. */
    CLASS_STUDENT,
    /** A teacher of a class. */
    CLASS_TEACHER,
    /** A main teacher of a class, who is also one of its teachers. */
    CLASS_MAIN_TEACHER,
    /** A pupil of a group. */
    GROUP_STUDENT,
    /** A staff member of a group. */
    GROUP_STAFF
  }

  /** Checks the parts. */
  public Membership {
    Objects.requireNonNull(structure, "structure");
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(role, "role");
  }
}
