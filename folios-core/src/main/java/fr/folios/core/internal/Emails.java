package fr.folios.core.internal;

import fr.folios.core.InvalidInputException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks e-mail addresses given to Folios: of the form name@domain.tld, without blanks or
 * control characters, 320 characters at most.
 */
public final class Emails {

  private static final int MAX_LENGTH = 320;
  private static final Pattern EMAIL = Pattern.compile(
      "[^@\\s\\p{Cntrl}]{1,64}@[^@\\s\\p{Cntrl}]{1,255}\\.[^@\\s\\p{Cntrl}]+");

  private Emails() {
  }

  /**
   * Checks an address.
   *
   * @param email the address, or null for none
   * @throws InvalidInputException if it is longer than 320 characters or not of the form
   *     name@domain.tld
   */
  public static void check(@Nullable String email) {
    if (email != null && (email.length() > MAX_LENGTH || !EMAIL.matcher(email).matches())) {
      throw new InvalidInputException("e-mail address '" + email + "' is not of the form"
          + " name@domain.tld: correct it or leave it empty");
    }
  }
}
