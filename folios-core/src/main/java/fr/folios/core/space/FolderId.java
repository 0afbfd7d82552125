package fr.folios.core.space;

import fr.folios.core.internal.Ids;

/**
 * Identifies a folder.
 *
 * @param value 1 to 64 ASCII letters, digits, '-', '_', '.' or ':'
 */
public record FolderId(String value) {

  /**
   * Checks the identifier's form.
   *
   * @throws fr.folios.core.InvalidInputException if the form is wrong
   */
  public FolderId {
    Ids.check(value, "folder");
  }

  /** {@return a new random identifier} */
  public static FolderId random() {
    return new FolderId(Ids.newId());
  }

  @Override
  public String toString() {
    return value;
  }
}
