package fr.folios.core.directory;

import fr.folios.core.internal.Ids;

/**
 * Identifies a working group of one school year.
 *
 * @param value 1 to 64 ASCII letters, digits, '-', '_', '.' or ':'
 */
public record GroupId(String value) {

  /**
   * Checks the identifier's form.
   *
   * @throws fr.folios.core.InvalidInputException if the form is wrong
   */
  public GroupId {
    Ids.check(value, "group");
  }

  /** {@return a new random identifier} */
  public static GroupId random() {
    return new GroupId(Ids.newId());
  }

  @Override
  public String toString() {
    return value;
  }
}
