package fr.folios.core.internal;

import fr.folios.core.InvalidInputException;
import java.util.Objects;
import java.util.UUID;

/**
 * Creates and checks the string form of identifiers. Not part of the API.
 */
public final class Ids {

  /** The longest identifier accepted. */
  public static final int MAX_LENGTH = 64;

  private Ids() {
  }

  /** Returns a new random identifier. */
  public static String newId() {
    return UUID.randomUUID().toString();
  }

  /**
   * Checks an identifier's form.
   *
   * @param value the identifier
   * @param kind what it identifies, for the message
   * @return the value
   * @throws InvalidInputException if it is blank, too long, or holds a character other than
   *     letters, digits, '-', '_', '.' and ':'
   */
  public static String check(String value, String kind) {
    Objects.requireNonNull(value, kind + " id");
    if (value.isEmpty() || value.length() > MAX_LENGTH
        || !value.chars().allMatch(Ids::allowed)) {
      String shown = value.length() > MAX_LENGTH ? value.substring(0, MAX_LENGTH) + "…" : value;
      throw new InvalidInputException(kind + " id '" + shown.replaceAll("\\p{Cntrl}", "?")
          + "' is invalid: use 1 to "
          + MAX_LENGTH + " letters, digits, '-', '_', '.' or ':'");
    }
    return value;
  }

  private static boolean allowed(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '-' || c == '_' || c == '.' || c == ':';
  }
}
