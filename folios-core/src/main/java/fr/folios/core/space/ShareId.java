package fr.folios.core.space;

import fr.folios.core.internal.Ids;

/**
 * Identifies a share.
 *
 * @param value 1 to 64 ASCII letters, digits, '-', '_', '.' or ':'
 */
public record ShareId(String value) {

  /**
   * Checks the identifier's form.
   *
   * @throws fr.folios.core.InvalidInputException if the form is wrong
   */
  public ShareId {
    Ids.check(value, "share");
  }

  /** {@return a new random identifier} */
  public static ShareId random() {
    return new ShareId(Ids.newId());
  }

  @Override
  public String toString() {
    return value;
  }
}
