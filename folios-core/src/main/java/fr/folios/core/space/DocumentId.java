package fr.folios.core.space;

import fr.folios.core.internal.Ids;

/**
 * Identifies a document.
 *
 * @param value 1 to 64 ASCII letters, digits, '-', '_', '.' or ':'
 */
public record DocumentId(String value) {

  /**
   * Checks the identifier's form.
   *
   * @throws fr.folios.core.InvalidInputException if the form is wrong
   */
  public DocumentId {
    Ids.check(value, "document");
  }

  /** {@return a new random identifier} */
  public static DocumentId random() {
    return new DocumentId(Ids.newId());
  }

  @Override
  public String toString() {
    return value;
  }
}
