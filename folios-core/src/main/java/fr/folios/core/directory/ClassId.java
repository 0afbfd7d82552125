package fr.folios.core.directory;

import fr.folios.core.internal.Ids;

/**
 * Identifies a class of one school year.
 *
 * @param value 1 to 64 ASCII letters, digits, '-', '_', '.' or ':'
 */
public record ClassId(String value) {

  /**
   * Checks the identifier's form.
   *
   * @throws fr.folios.core.InvalidInputException if the form is wrong
   */
  public ClassId {
    Ids.check(value, "class");
  }

  /** {@return a new random identifier} */
  public static ClassId random() {
    return new ClassId(Ids.newId());
  }

  @Override
  public String toString() {
    return value;
  }
}
