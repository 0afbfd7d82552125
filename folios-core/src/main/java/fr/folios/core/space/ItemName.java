package fr.folios.core.space;

import fr.folios.core.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The name of a folder or a document.
 *
 * <p>{@link #of} normalises a name to Unicode NFC, so that "é" typed as one character or as "e"
 * and a combining accent is the same name; the constructor refuses a name not in NFC. A name:
 *
 * <ul>
 *   <li>holds 1 to 255 UTF-8 bytes of well-formed Unicode: no half of a surrogate pair alone;
 *   <li>holds no slash, no backslash, no control character, no format character (such as the
 *       bidi override U+202E or the zero width space U+200B), no line or paragraph separator
 *       (U+2028, U+2029) and no noncharacter (U+FDD0 to U+FDEF, and the last two code points of
 *       every plane, such as U+FFFE and U+FFFF);
 *   <li>holds the zero width joiner U+200D only inside an emoji sequence: between two emoji
 *       (Unicode's Extended_Pictographic characters), the first of which may carry the variation
 *       selector U+FE0F or a skin tone U+1F3FB to U+1F3FF, as in the family "man, joiner, woman,
 *       joiner, girl" or the rainbow flag "white flag, U+FE0F, joiner, rainbow";
 *   <li>holds at least one visible character: white space, format characters, combining marks
 *       alone, default-ignorable characters and blank fillers (U+115F, U+1160, U+3164, U+FFA0,
 *       U+2800) do not count;
 *   <li>neither starts nor ends with white space or a blank filler;
 *   <li>is neither {@code "."} nor {@code ".."}.
 * </ul>
 *
 * <p>Two names clash in a folder when their {@link #key()}s are equal: see there for the rule.
 * Character properties come from the running JDK's Unicode tables, so a character assigned by a
 * newer Unicode version counts as a visible, uncased character on an older JDK.
 *
 * @param value the name, in NFC
 */
public record ItemName(String value) {

  /** The most UTF-8 bytes a name may hold. */
  public static final int MAX_BYTES = 255;

  /**
   * The most UTF-8 bytes a name's {@link #key()} may hold, four times {@link #MAX_BYTES}: only
   * a name made of compatibility characters that expand when compared, such as U+FDFA (one
   * character whose key is 18), can pass it.
   */
  public static final int MAX_KEY_BYTES = 4 * MAX_BYTES;

  private static final int SHOWN_CODE_POINTS = 80;

  private static final int JOINER = 0x200D;

  private static final int EMOJI_PRESENTATION = 0xFE0F;

  private static final int[] BLANK_FILLERS = {0x115F, 0x1160, 0x2800, 0x3164, 0xFFA0};

  private static final int INVISIBLE_TYPES = 1 << Character.CONTROL | 1 << Character.FORMAT
      | 1 << Character.SURROGATE | 1 << Character.NON_SPACING_MARK
      | 1 << Character.ENCLOSING_MARK | 1 << Character.COMBINING_SPACING_MARK
      | 1 << Character.SPACE_SEPARATOR | 1 << Character.LINE_SEPARATOR
      | 1 << Character.PARAGRAPH_SEPARATOR;

  /** Unicode's Default_Ignorable_Code_Point, as pairs of first and last code point. */
  private static final int[] DEFAULT_IGNORABLES = {
      0x00AD, 0x00AD, 0x034F, 0x034F, 0x061C, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5,
      0x180B, 0x180F, 0x200B, 0x200F, 0x202A, 0x202E, 0x2060, 0x206F, 0x3164, 0x3164,
      0xFE00, 0xFE0F, 0xFEFF, 0xFEFF, 0xFFA0, 0xFFA0, 0xFFF0, 0xFFF8, 0x1BCA0, 0x1BCA3,
      0x1D173, 0x1D17A, 0xE0000, 0xE0FFF};

  /** Unicode's Extended_Pictographic (emoji and the code points kept for them), as pairs. */
  private static final int[] PICTOGRAPHS = {
      0x00A9, 0x00A9, 0x00AE, 0x00AE, 0x203C, 0x203C, 0x2049, 0x2049, 0x2122, 0x2122,
      0x2139, 0x2139, 0x2194, 0x2199, 0x21A9, 0x21AA, 0x231A, 0x231B, 0x2328, 0x2328,
      0x2388, 0x2388, 0x23CF, 0x23CF, 0x23E9, 0x23F3, 0x23F8, 0x23FA, 0x24C2, 0x24C2,
      0x25AA, 0x25AB, 0x25B6, 0x25B6, 0x25C0, 0x25C0, 0x25FB, 0x25FE, 0x2600, 0x2605,
      0x2607, 0x2612, 0x2614, 0x2685, 0x2690, 0x2705, 0x2708, 0x2712, 0x2714, 0x2714,
      0x2716, 0x2716, 0x271D, 0x271D, 0x2721, 0x2721, 0x2728, 0x2728, 0x2733, 0x2734,
      0x2744, 0x2744, 0x2747, 0x2747, 0x274C, 0x274C, 0x274E, 0x274E, 0x2753, 0x2755,
      0x2757, 0x2757, 0x2763, 0x2767, 0x2795, 0x2797, 0x27A1, 0x27A1, 0x27B0, 0x27B0,
      0x27BF, 0x27BF, 0x2934, 0x2935, 0x2B05, 0x2B07, 0x2B1B, 0x2B1C, 0x2B50, 0x2B50,
      0x2B55, 0x2B55, 0x3030, 0x3030, 0x303D, 0x303D, 0x3297, 0x3297, 0x3299, 0x3299,
      0x1F000, 0x1F0FF, 0x1F10D, 0x1F10F, 0x1F12F, 0x1F12F, 0x1F16C, 0x1F171,
      0x1F17E, 0x1F17F, 0x1F18E, 0x1F18E, 0x1F191, 0x1F19A, 0x1F1AD, 0x1F1E5,
      0x1F201, 0x1F20F, 0x1F21A, 0x1F21A, 0x1F22F, 0x1F22F, 0x1F232, 0x1F23A,
      0x1F23C, 0x1F23F, 0x1F249, 0x1F3FA, 0x1F400, 0x1F53D, 0x1F546, 0x1F64F,
      0x1F680, 0x1F6FF, 0x1F774, 0x1F77F, 0x1F7D5, 0x1F7FF, 0x1F80C, 0x1F80F,
      0x1F848, 0x1F84F, 0x1F85A, 0x1F85F, 0x1F888, 0x1F88F, 0x1F8AE, 0x1F8FF,
      0x1F90C, 0x1F93A, 0x1F93C, 0x1F945, 0x1F947, 0x1FAFF, 0x1FC00, 0x1FFFD};

  /**
   * Checks the name; it must already be in NFC (use {@link #of} to normalise).
   *
   * @throws NullPointerException if {@code value} is null
   * @throws InvalidInputException if a rule is broken; the message names the rule
   */
  public ItemName {
    Objects.requireNonNull(value, "value");
    checkRules(value);
  }

  /**
   * Normalises a name to NFC and checks it.
   *
   * @param text the name as given
   * @return the name
   * @throws NullPointerException if {@code text} is null
   * @throws InvalidInputException if a rule is broken; the message names the rule
   */
  public static ItemName of(String text) {
    Objects.requireNonNull(text, "name");
    return new ItemName(Normalizer.normalize(text, Normalizer.Form.NFC));
  }

  /**
   * Returns the key two names are compared by in one folder: they clash when their keys are
   * equal.
   *
   * <p>The key is the name put in NFKC (so the fullwidth "Ａ" is "A" and the ligature "ﬁ" is
   * "fi"), case folded as the lower case of the upper case of the lower case (so "ß", "ẞ", "SS"
   * and "ss" are all "ss", and "Σ", "σ" and "ς" are one letter), stripped of default-ignorable
   * characters (so emoji written with or without the variation selector U+FE0F or the joiner
   * U+200D clash), then put in NFKC again. This is Unicode's compatibility caseless match,
   * slightly stricter: the dotless "ı" also clashes with "i". The key is not itself a name and
   * may be longer: up to 6 characters per UTF-8 byte of the name (U+FDFA is 3 bytes, 18
   * characters). It follows the running JDK's Unicode tables, so the key of a character that a
   * newer Unicode version adds may differ from one JDK to the next.
   *
   * @return the key, never empty
   */
  public String key() {
    return keyOf(value);
  }

  private static String keyOf(String value) {
    String compatible = Normalizer.normalize(value, Normalizer.Form.NFKC);
    String folded = compatible.toLowerCase(Locale.ROOT).toUpperCase(Locale.ROOT)
        .toLowerCase(Locale.ROOT);

    StringBuilder seen = new StringBuilder(folded.length());
    folded.codePoints().filter(c -> !isDefaultIgnorable(c)).forEach(seen::appendCodePoint);
    return Normalizer.normalize(seen, Normalizer.Form.NFKC);
  }

  /**
   * Returns the name with " (n)" before its extension, e.g. "cv (1).pdf", to avoid a clash. If
   * the numbered name would pass {@link #MAX_BYTES}, the part before the extension is shortened
   * by whole characters until it fits (a joiner left at the cut goes too), so that a name of
   * any length can be numbered; an extension too long to keep is shortened as part of the name.
   *
   * @param n the number to add, at least 1
   * @return the new name
   * @throws IllegalArgumentException if {@code n} is less than 1
   */
  public ItemName withSuffix(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("suffix number " + n + " is less than 1: number the"
          + " copies of '" + printable(value) + "' from 1");
    }
    String suffix = " (" + n + ")";
    int dot = value.lastIndexOf('.');
    String base = dot <= 0 ? value : value.substring(0, dot);
    String extension = dot <= 0 ? "" : value.substring(dot);

    int room = MAX_BYTES - utf8Length(suffix) - utf8Length(extension);
    if (room < 1) {
      base = value;
      extension = "";
      room = MAX_BYTES - utf8Length(suffix);
    }
    return of(fitted(base, room) + suffix + extension);
  }

  /** Cuts a text to at most some UTF-8 bytes at a character boundary, without a joiner last. */
  private static String fitted(String text, int maxBytes) {
    int end = text.length();
    while (end > 0 && utf8Length(text.substring(0, end)) > maxBytes) {
      end = text.offsetByCodePoints(end, -1);
    }
    while (end > 0 && text.charAt(end - 1) == JOINER) {
      end--;
    }
    return text.substring(0, end);
  }

  private static int utf8Length(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  private static void checkRules(String value) {
    if (value.isEmpty()) {
      throw invalid(value, "it is empty: give a name of 1 to " + MAX_BYTES + " bytes");
    }
    checkWellFormed(value);
    if (!Normalizer.isNormalized(value, Normalizer.Form.NFC)) {
      throw invalid(value, "it is not in Unicode NFC: create it with ItemName.of, which"
          + " normalises it");
    }
    checkLength(value);

    if (value.equals(".") || value.equals("..")) {
      throw invalid(value, "'.' and '..' are reserved: choose another name");
    }
    value.codePoints().forEach(c -> checkCharacter(value, c));
    checkJoiners(value);
    checkVisible(value);
    checkKeyLength(value);
  }

  /** Refuses a name whose key would not fit where stores keep keys; ASCII keys never grow. */
  private static void checkKeyLength(String value) {
    if (value.chars().allMatch(c -> c < 0x80)) {
      return;
    }
    int bytes = keyOf(value).getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MAX_KEY_BYTES) {
      throw invalid(value, "names are compared by a key in which its compatibility characters"
          + " (such as U+FDFA) expand to " + bytes + " UTF-8 bytes; the limit is "
          + MAX_KEY_BYTES + ": write those characters out in plain letters, or shorten it");
    }
  }

  private static void checkWellFormed(String value) {
    OptionalInt half = value.codePoints()
        .filter(c -> Character.getType(c) == Character.SURROGATE).findFirst();
    if (half.isPresent()) {
      throw invalid(value, "it holds " + codePoint(half.getAsInt()) + ", half of a surrogate"
          + " pair without its other half: send the name as well-formed Unicode text");
    }
  }

  private static void checkLength(String value) {
    int bytes = value.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MAX_BYTES) {
      throw invalid(value, "it holds " + bytes + " UTF-8 bytes; the limit is " + MAX_BYTES
          + ": shorten it");
    }
  }

  private static void checkCharacter(String value, int c) {
    if (c == '/' || c == '\\') {
      throw invalid(value, "it holds '" + Character.toString(c)
          + "', which separates folders: use another character");
    }
    int type = Character.getType(c);
    if (type == Character.CONTROL || type == Character.FORMAT && c != JOINER) {
      throw invalid(value, "it holds the " + (type == Character.CONTROL ? "control" : "format")
          + " character " + codePoint(c) + ", which is not seen: remove it");
    }
    if (type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
      throw invalid(value, "it holds the line or paragraph separator " + codePoint(c)
          + ": keep the name on one line");
    }
    if (isNonCharacter(c)) {
      throw invalid(value, "it holds " + codePoint(c) + ", which Unicode keeps out of text:"
          + " remove it");
    }
  }

  private static void checkJoiners(String value) {
    for (int at = value.indexOf(JOINER); at >= 0; at = value.indexOf(JOINER, at + 1)) {
      if (!followsEmoji(value, at) || !precedesEmoji(value, at + 1)) {
        throw invalid(value, "it holds the zero width joiner U+200D outside an emoji sequence,"
            + " where it cannot be seen: remove it");
      }
    }
  }

  private static void checkVisible(String value) {
    if (value.codePoints().noneMatch(ItemName::isVisible)) {
      throw invalid(value, "it has no visible character: add a letter, a digit or a symbol");
    }
    if (isBlank(value.codePointAt(0)) || isBlank(value.codePointBefore(value.length()))) {
      throw invalid(value, "it starts or ends with white space or a blank character:"
          + " remove it");
    }
  }

  private static boolean followsEmoji(String value, int index) {
    if (index == 0) {
      return false;
    }
    int before = value.codePointBefore(index);
    if (before != EMOJI_PRESENTATION && !isSkinTone(before)) {
      return isPictograph(before);
    }
    int start = index - Character.charCount(before);
    return start > 0 && isPictograph(value.codePointBefore(start));
  }

  private static boolean precedesEmoji(String value, int index) {
    return index < value.length() && isPictograph(value.codePointAt(index));
  }

  private static boolean isSkinTone(int c) {
    return c >= 0x1F3FB && c <= 0x1F3FF;
  }

  private static boolean isPictograph(int c) {
    return inRanges(PICTOGRAPHS, c);
  }

  private static boolean isDefaultIgnorable(int c) {
    return inRanges(DEFAULT_IGNORABLES, c);
  }

  private static boolean inRanges(int[] ranges, int c) {
    for (int i = 0; i < ranges.length && ranges[i] <= c; i += 2) {
      if (c <= ranges[i + 1]) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNonCharacter(int c) {
    return c >= 0xFDD0 && c <= 0xFDEF || (c & 0xFFFE) == 0xFFFE;
  }

  private static boolean isBlankFiller(int c) {
    for (int filler : BLANK_FILLERS) {
      if (c == filler) {
        return true;
      }
    }
    return false;
  }

  private static boolean isBlank(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || isBlankFiller(c);
  }

  private static boolean isVisible(int c) {
    return (INVISIBLE_TYPES & 1 << Character.getType(c)) == 0 && !Character.isWhitespace(c)
        && !isBlankFiller(c) && !isDefaultIgnorable(c);
  }

  private static boolean isMark(int c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  private static boolean isShownAsIs(int c) {
    int type = Character.getType(c);
    boolean known = type != Character.UNASSIGNED && type != Character.PRIVATE_USE
        && !isNonCharacter(c);
    return c == ' ' || known && (isVisible(c) || isMark(c) && !isDefaultIgnorable(c));
  }

  private static String codePoint(int c) {
    return String.format(Locale.ROOT, "U+%04X", c);
  }

  private static InvalidInputException invalid(String value, String why) {
    return new InvalidInputException("name '" + printable(value) + "' is invalid: " + why);
  }

  /** Returns the first code points of a name, each invisible or unknown one as Java escapes. */
  private static String printable(String value) {
    StringBuilder out = new StringBuilder();
    value.codePoints().limit(SHOWN_CODE_POINTS).forEach(c -> {
      boolean markOnQuote = out.length() == 0 && isMark(c);
      if (isShownAsIs(c) && !markOnQuote) {
        out.appendCodePoint(c);
      } else {
        for (char unit : Character.toChars(c)) {
          out.append(String.format(Locale.ROOT, "\\u%04X", (int) unit));
        }
      }
    });
    boolean cut = value.codePointCount(0, value.length()) > SHOWN_CODE_POINTS;
    return cut ? out + "…" : out.toString();
  }

  @Override
  public String toString() {
    return value;
  }
}
