package fr.folios.core.catalogue;

import fr.folios.core.InvalidInputException;
import java.util.Objects;

/**
 * The stable identifier of a catalogue resource, e.g. {@code onisep:FOR.1234}.
 *
 * @param value 1 to 200 characters, no white space
 */
public record ResourceId(String value) {

  /** The longest identifier accepted. */
  public static final int MAX_LENGTH = 200;

  /**
   * Checks the identifier.
   *
   * @throws InvalidInputException if it is blank, too long or holds white space
   */
  public ResourceId {
    Objects.requireNonNull(value, "value");
    if (value.isEmpty() || value.length() > MAX_LENGTH || value.chars().anyMatch(
        Character::isWhitespace)) {
      throw new InvalidInputException("resource id '" + value + "' is invalid: use 1 to "
          + MAX_LENGTH + " characters without white space, such as 'onisep:FOR.1234'");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
