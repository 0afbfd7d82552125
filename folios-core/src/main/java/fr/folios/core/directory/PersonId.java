package fr.folios.core.directory;

import fr.folios.core.internal.Ids;

/**
 * Identifies a person.
 *
 * @param value 1 to 64 ASCII letters, digits, '-', '_', '.' or ':'
 */
public record PersonId(String value) {

  /**
   * Checks the identifier's form.
   *
   * @throws fr.folios.core.InvalidInputException if the form is wrong
   */
  public PersonId {
    Ids.check(value, "person");
  }

  /** {@return a new random identifier} */
  public static PersonId random() {
    return new PersonId(Ids.newId());
  }

  @Override
  public String toString() {
    return value;
  }
}
