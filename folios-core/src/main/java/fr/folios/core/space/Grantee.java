package fr.folios.core.space;

import fr.folios.core.directory.ClassId;
import fr.folios.core.directory.GroupId;
import fr.folios.core.directory.PersonId;
import java.util.Objects;

/**
 * Who a share is granted to: one person, a class or a group (its space: every member reads).
 *
 * @param kind a person, a class or a group
 * @param id the person's, the class's or the group's identifier
 */
public record Grantee(Kind kind, String id) {

  /** The kinds of grantee. */
  public enum Kind {
    /** One person. */
    PERSON,
    /** Every member of a class, through its class space. */
    CLASS,
    /** Every member of a group, through its group space. */
    GROUP
  }

  /** Checks the parts. */
  public Grantee {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
  }

  /**
   * Returns the grantee for one person.
   *
   * @param person the person
   * @return the grantee
   */
  public static Grantee person(PersonId person) {
    return new Grantee(Kind.PERSON, person.value());
  }

  /**
   * Returns the grantee for a class's space.
   *
   * @param schoolClass the class
   * @return the grantee
   */
  public static Grantee classSpace(ClassId schoolClass) {
    return new Grantee(Kind.CLASS, schoolClass.value());
  }

  /**
   * Returns the grantee for a group's space.
   *
   * @param group the group
   * @return the grantee
   */
  public static Grantee groupSpace(GroupId group) {
    return new Grantee(Kind.GROUP, group.value());
  }
}
