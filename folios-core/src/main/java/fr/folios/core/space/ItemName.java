package fr.folios.core.space;

import fr.folios.core.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * The name of a folder or a document.
 *
 * <p>A name is normalised to Unicode NFC when created, so that "é" typed as one character or as
 * "e" and a combining accent is the same name. It holds 1 to 255 UTF-8 bytes, no slash, no
 * backslash, no control character, no leading or trailing white space, and is neither
 * {@code "."} nor {@code ".."}. Two names clash in a folder when their {@link #key()}s are
 * equal: same text ignoring case.
 *
 * @param value the name, in NFC
 */
public record ItemName(String value) {

  /** The most UTF-8 bytes a name may hold. */
  public static final int MAX_BYTES = 255;

  /**
   * Checks the name; it must already be in NFC (use {@link #of} to normalise).
   *
   * @throws InvalidInputException if a rule is broken; the message names the rule
   */
  public ItemName {
    Objects.requireNonNull(value, "value");
    if (!Normalizer.isNormalized(value, Normalizer.Form.NFC)) {
      throw new InvalidInputException("name '" + value + "' is not in Unicode NFC:"
          + " create it with ItemName.of, which normalises it");
    }
    checkRules(value);
  }

  /**
   * Normalises a name to NFC and checks it.
   *
   * @param text the name as given
   * @return the name
   * @throws InvalidInputException if a rule is broken; the message names the rule
   */
  public static ItemName of(String text) {
    Objects.requireNonNull(text, "name");
    return new ItemName(Normalizer.normalize(text, Normalizer.Form.NFC));
  }

  /** Returns the key two names are compared by in one folder: the name ignoring case. */
  public String key() {
    return value.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the name with " (n)" before its extension, e.g. "cv (1).pdf", to avoid a clash.
   *
   * @param n the number to add, at least 1
   * @return the new name
   * @throws InvalidInputException if the new name would be too long
   */
  public ItemName withSuffix(int n) {
    int dot = value.lastIndexOf('.');
    String suffix = " (" + n + ")";
    if (dot <= 0) {
      return new ItemName(value + suffix);
    }
    return new ItemName(value.substring(0, dot) + suffix + value.substring(dot));
  }

  private static void checkRules(String value) {
    if (value.isEmpty()) {
      throw invalid(value, "it is empty: give a name of 1 to " + MAX_BYTES + " bytes");
    }
    int bytes = value.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MAX_BYTES) {
      throw invalid(value, "it holds " + bytes + " UTF-8 bytes; the limit is " + MAX_BYTES
          + ": shorten it");
    }
    if (value.equals(".") || value.equals("..")) {
      throw invalid(value, "'.' and '..' are reserved: choose another name");
    }
    if (Character.isWhitespace(value.codePointAt(0)) || Character.isSpaceChar(value.codePointAt(0))
        || endsWithSpace(value)) {
      throw invalid(value, "it starts or ends with white space: remove it");
    }
    value.codePoints().forEach(c -> {
      if (c == '/' || c == '\\') {
        throw invalid(value, "it holds '" + Character.toString(c)
            + "', which separates folders: use another character");
      }
      if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT && c != 0x200D) {
        throw invalid(value, "it holds the control character U+"
            + String.format(Locale.ROOT, "%04X", c) + ": remove it");
      }
    });
  }

  private static boolean endsWithSpace(String value) {
    int last = value.codePointBefore(value.length());
    return Character.isWhitespace(last) || Character.isSpaceChar(last);
  }

  private static InvalidInputException invalid(String value, String why) {
    return new InvalidInputException("name '" + printable(value) + "' is invalid: " + why);
  }

  private static String printable(String value) {
    StringBuilder out = new StringBuilder();
    value.codePoints().limit(80).forEach(c -> {
      if (Character.isISOControl(c)) {
        out.append(String.format(Locale.ROOT, "\\u%04X", c));
      } else {
        out.appendCodePoint(c);
      }
    });
    return value.codePointCount(0, value.length()) > 80 ? out + "…" : out.toString();
  }

  @Override
  public String toString() {
    return value;
  }
}
