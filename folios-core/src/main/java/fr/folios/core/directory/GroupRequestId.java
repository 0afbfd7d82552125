package fr.folios.core.directory;

import fr.folios.core.internal.Ids;

/**
 * Identifies a working-group request.
 *
 * @param value 1 to 64 ASCII letters, digits, '-', '_', '.' or ':'
 */
public record GroupRequestId(String value) {

  /**
   * Checks the identifier's form.
   *
   * @throws fr.folios.core.InvalidInputException if the form is wrong
   */
  public GroupRequestId {
    Ids.check(value, "group request");
  }

  /** {@return a new random identifier} */
  public static GroupRequestId random() {
    return new GroupRequestId(Ids.newId());
  }

  @Override
  public String toString() {
    return value;
  }
}
