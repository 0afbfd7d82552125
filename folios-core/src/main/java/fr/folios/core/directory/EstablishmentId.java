package fr.folios.core.directory;

import fr.folios.core.internal.Ids;

/**
 * Identifies an establishment.
 *
 * @param value 1 to 64 ASCII letters, digits, '-', '_', '.' or ':'
 */
public record EstablishmentId(String value) {

  /**
   * Checks the identifier's form.
   *
   * @throws fr.folios.core.InvalidInputException if the form is wrong
   */
  public EstablishmentId {
    Ids.check(value, "establishment");
  }

  /** {@return a new random identifier} */
  public static EstablishmentId random() {
    return new EstablishmentId(Ids.newId());
  }

  @Override
  public String toString() {
    return value;
  }
}
