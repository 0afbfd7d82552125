package fr.folios.core.directory;

import fr.folios.core.InvalidInputException;
import java.util.Locale;
import java.util.Objects;

/**
 * The national identifier of an establishment (unité administrative immatriculée): seven digits
 * and a check letter, e.g. {@code 0350057X}.
 *
 * <p>The check letter is {@code ABCDEFGHJKLMNPRSTUVWXYZ[n mod 23]} where {@code n} is the number
 * made of the seven digits. {@link #parse} refuses a wrong letter; {@link #ofUnchecked} keeps it,
 * for directory imports that must not drop an establishment over a typo, and
 * {@link #hasValidCheckLetter} tells which is which.
 *
 * @param value eight characters, upper case
 */
public record Uai(String value) {

  private static final String LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";

  /**
   * Checks the form (seven digits and one letter), not the check letter.
   *
   * @throws InvalidInputException if the form is wrong
   */
  public Uai {
    Objects.requireNonNull(value, "value");
    if (!hasUaiForm(value)) {
      throw new InvalidInputException("UAI '" + value + "' is malformed: expected seven digits"
          + " and a check letter, such as '0350057X'");
    }
  }

  /**
   * Parses a UAI and checks its letter.
   *
   * @param text the UAI, in any case, surrounding spaces ignored
   * @return the UAI
   * @throws InvalidInputException if the form or the check letter is wrong; the message gives
   *     the expected letter
   */
  public static Uai parse(String text) {
    Uai uai = ofUnchecked(text);
    if (!uai.hasValidCheckLetter()) {
      throw new InvalidInputException("UAI '" + uai.value + "' has check letter '"
          + uai.value.charAt(7) + "' but its digits give '" + uai.expectedCheckLetter()
          + "': check the UAI with the establishment's records");
    }
    return uai;
  }

  /**
   * Parses a UAI, checking its form but keeping a wrong check letter.
   *
   * @param text the UAI, in any case, surrounding spaces ignored
   * @return the UAI
   * @throws InvalidInputException if the form is wrong
   */
  public static Uai ofUnchecked(String text) {
    return new Uai(text.strip().toUpperCase(Locale.ROOT));
  }

  /** {@return the letter that the seven digits call for} */
  public char expectedCheckLetter() {
    return LETTERS.charAt(Integer.parseInt(value.substring(0, 7)) % LETTERS.length());
  }

  /** {@return {@code true} if the eighth character is the letter the digits call for} */
  public boolean hasValidCheckLetter() {
    return value.charAt(7) == expectedCheckLetter();
  }

  private static boolean hasUaiForm(String text) {
    if (text.length() != 8) {
      return false;
    }
    for (int i = 0; i < 7; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    char letter = text.charAt(7);
    return letter >= 'A' && letter <= 'Z';
  }

  @Override
  public String toString() {
    return value;
  }
}
