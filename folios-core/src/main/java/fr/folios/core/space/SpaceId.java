package fr.folios.core.space;

import fr.folios.core.internal.Ids;

/**
 * Identifies a space.
 *
 * @param value 1 to 64 ASCII letters, digits, '-', '_', '.' or ':'
 */
public record SpaceId(String value) {

  /**
   * Checks the identifier's form.
   *
   * @throws fr.folios.core.InvalidInputException if the form is wrong
   */
  public SpaceId {
    Ids.check(value, "space");
  }

  /** {@return a new random identifier} */
  public static SpaceId random() {
    return new SpaceId(Ids.newId());
  }

  @Override
  public String toString() {
    return value;
  }
}
