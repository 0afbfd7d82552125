package fr.folios.core.directory;

import fr.folios.core.InvalidInputException;
import java.util.Objects;

/**
 * What a staff member asks for when they ask for a new working group: where, its code and name,
 * and why.
 *
 * @param establishment the establishment the group would belong to, one of the staff member's
 * @param code the group's code, 1 to {@value #MAX_CODE_LENGTH} characters, e.g. {@code ECO-DEL}
 * @param name the group's name, 1 to {@value #MAX_NAME_LENGTH} characters
 * @param reason why the group is needed, 1 to {@value #MAX_REASON_LENGTH} characters
 */
public record GroupProposal(EstablishmentId establishment, String code, String name,
    String reason) {

  /** The longest code, in characters, as the directory stores codes. */
  public static final int MAX_CODE_LENGTH = 100;

  /** The longest name, in characters. */
  public static final int MAX_NAME_LENGTH = 200;

  /** The longest reason, in characters; also the longest reason for refusing a request. */
  public static final int MAX_REASON_LENGTH = 2000;

  /**
   * Checks the parts; the code, name and reason are stripped of surrounding blanks.
   *
   * @throws InvalidInputException if the code, name or reason is blank or too long, or holds a
   *     control character (the reason may hold line breaks and tabs)
   */
  public GroupProposal {
    Objects.requireNonNull(establishment, "establishment");
    code = line("code", code, MAX_CODE_LENGTH);
    name = line("name", name, MAX_NAME_LENGTH);
    reason = text("reason", reason, MAX_REASON_LENGTH);
  }

  /** Checks a one-line text as {@link #text} does, and refuses any control character in it. */
  private static String line(String part, String value, int limit) {
    String stripped = text(part, value, limit);
    refuseControls(part, stripped, "");
    return stripped;
  }

  /** Refuses the control characters of a text but those allowed, naming the first one found. */
  private static void refuseControls(String part, String value, String allowed) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) && allowed.indexOf(c) < 0) {
        throw new InvalidInputException("the working group's " + part + " holds the control"
            + " character U+" + String.format(java.util.Locale.ROOT, "%04X", (int) c)
            + " at index " + i + ": remove it" + (allowed.isEmpty() ? ", on one line"
            : "; only line breaks and tabs are allowed"));
      }
    }
  }

  /**
   * Strips a text and checks it is neither blank nor too long, and holds no control character
   * but line breaks and tabs.
   *
   * @param part what the text is, for the message, e.g. "reason"
   * @param value the text
   * @param limit the longest text allowed, in characters
   * @return the stripped text
   * @throws InvalidInputException if it is blank, longer than the limit, or holds another
   *     control character
   */
  static String text(String part, String value, int limit) {
    Objects.requireNonNull(value, part);
    String stripped = value.strip();
    if (stripped.isEmpty()) {
      throw new InvalidInputException("the working group's " + part + " is blank: give one");
    }
    if (stripped.length() > limit) {
      throw new InvalidInputException("the working group's " + part + " holds "
          + stripped.length() + " characters; the limit is " + limit + ": shorten it");
    }
    refuseControls(part, stripped, "\n\r\t");
    return stripped;
  }
}
