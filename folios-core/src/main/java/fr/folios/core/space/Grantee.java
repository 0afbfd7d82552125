package fr.folios.core.space;

import fr.folios.core.directory.ClassId;
import fr.folios.core.directory.PersonId;
import java.util.Objects;

/**
 * Who a share is granted to: one person, or a class (its space: every member reads).
 *
 * @param kind a person or a class
 * @param id the person's or the class's identifier
 */
public record Grantee(Kind kind, String id) {

  /** The kinds of grantee. */
  public enum Kind {
    /** One person. */
    PERSON,
    /** Every member of a class, through its class space. */
    CLASS
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
}
