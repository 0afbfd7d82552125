package fr.folios.core.news;

import fr.folios.core.internal.Ids;

/**
 * Identifies a news item.
 *
 * @param value 1 to 64 ASCII letters, digits, '-', '_', '.' or ':'
 */
public record NewsId(String value) {

  /**
   * Checks the identifier's form.
   *
   * @throws fr.folios.core.InvalidInputException if the form is wrong
   */
  public NewsId {
    Ids.check(value, "news item");
  }

  /** {@return a new random identifier} */
  public static NewsId random() {
    return new NewsId(Ids.newId());
  }

  @Override
  public String toString() {
    return value;
  }
}
