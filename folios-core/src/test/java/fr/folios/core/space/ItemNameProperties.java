package fr.folios.core.space;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The rules of names hold for any text.
 *
 * <p>The oracle here restates each rule of {@link ItemName}'s Javadoc on its own, with its own
 * tables, and never asks {@code ItemName}.
 */
class ItemNameProperties {

  private static final int JOINER = 0x200D;

  /** Unicode's Extended_Pictographic property (emoji-data.txt), in hexadecimal. */
  static final BitSet PICTOGRAPHS = codePoints("A9 AE 203C 2049 2122 2139 2194-2199 21A9-21AA"
      + " 231A-231B 2328 2388 23CF 23E9-23F3 23F8-23FA 24C2 25AA-25AB 25B6 25C0 25FB-25FE"
      + " 2600-2605 2607-2612 2614-2685 2690-2705 2708-2712 2714 2716 271D 2721 2728 2733-2734"
      + " 2744 2747 274C 274E 2753-2755 2757 2763-2767 2795-2797 27A1 27B0 27BF 2934-2935"
      + " 2B05-2B07 2B1B-2B1C 2B50 2B55 3030 303D 3297 3299 1F000-1F0FF 1F10D-1F10F 1F12F"
      + " 1F16C-1F171 1F17E-1F17F 1F18E 1F191-1F19A 1F1AD-1F1E5 1F201-1F20F 1F21A 1F22F"
      + " 1F232-1F23A 1F23C-1F23F 1F249-1F3FA 1F400-1F53D 1F546-1F64F 1F680-1F6FF 1F774-1F77F"
      + " 1F7D5-1F7FF 1F80C-1F80F 1F848-1F84F 1F85A-1F85F 1F888-1F88F 1F8AE-1F8FF 1F90C-1F93A"
      + " 1F93C-1F945 1F947-1FAFF 1FC00-1FFFD");

  /** Characters that draw nothing though Unicode calls them letters or symbols. */
  private static final BitSet BLANK_FILLERS = codePoints("115F 1160 2800 3164 FFA0");

  /** Default-ignorable code points that an older JDK calls unassigned, hence visible. */
  private static final BitSet RESERVED_IGNORABLES =
      codePoints("180F 2065 FFF0-FFF8 E0000-E0FFF");

  /** Spellings that Unicode's compatibility caseless match holds equal, one list per sound. */
  private static final List<List<String>> CASELESS_TWINS = List.of(
      List.of("a", "A", "\uFF41", "\uFF21"),
      List.of("ss", "SS", "Ss", "\u00DF", "\u1E9E"),
      List.of("fi", "FI", "Fi", "\uFB01"),
      List.of("ffi", "FFI", "\uFB03"),
      List.of("st", "ST", "\uFB05", "\uFB06"),
      List.of("\u00E9", "\u00C9", "e\u0301", "E\u0301"),
      List.of("k", "K", "\u212A"),
      List.of("\u03C9", "\u03A9", "\u2126"),
      List.of("\u03C3", "\u03A3", "\u03C2"),
      List.of("\u01C6", "\u01C5", "\u01C4", "d\u017E", "D\u017D"),
      List.of("\u00B5", "\u03BC", "\u039C"),
      List.of("1", "\uFF11", "\u00B9"),
      List.of("\u0153", "\u0152"),
      List.of("\u0130", "i\u0307", "I\u0307"),
      List.of("\u2764\uFE0F", "\u2764"),
      List.of(text(0x1F468, JOINER, 0x1F469, JOINER, 0x1F467), text(0x1F468, 0x1F469, 0x1F467)),
      List.of("-"),
      List.of("_"),
      List.of("."));

  @Property(tries = 2000)
  @Label("any text is either a valid NFC name or refused with a reason")
  void anyTextIsAcceptedOnlyWhenEveryRuleHolds(@ForAll("texts") String text) {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);

    if (obeysEveryRule(nfc)) {
      ItemName name = ItemName.of(text);
      assertThat(name.value()).isEqualTo(nfc);
      assertThat(ItemName.of(name.value())).isEqualTo(name);
    } else {
      assertThatThrownBy(() -> ItemName.of(text))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageStartingWith("name '")
          .hasMessageContaining("' is invalid: ");
    }
  }

  @Example
  void everyCodePointIsJudgedAsTheRulesSay_aloneBetweenLettersAndAfterAJoiner() {
    List<String> misjudged = new ArrayList<>();

    codePointsToTry().forEach(c -> {
      for (String text : List.of(text(c), text('a', c, 'b'), text(0x1F600, JOINER, c))) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        if (obeysEveryRule(nfc) != isAccepted(text)) {
          misjudged.add(escaped(text));
        }
      }
    });

    assertThat(misjudged).isEmpty();
  }

  @Property(tries = 500)
  @Label("a refused name is quoted in the message without any invisible character")
  void messagesShowNoInvisibleCharacter(@ForAll("texts") String text) {
    Assume.that(!obeysEveryRule(Normalizer.normalize(text, Normalizer.Form.NFC)));

    assertThatThrownBy(() -> ItemName.of(text))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(e.getMessage().codePoints().filter(c -> !isSafeToPrint(c))
            .mapToObj(c -> String.format(Locale.ROOT, "U+%04X", c))).isEmpty());
  }

  @Property
  @Label("composed and decomposed forms, in any case, are the same name")
  void decomposedAndCaseVariantsHaveTheSameKey(@ForAll("frenchWords") String word) {
    ItemName composed = ItemName.of(word);
    ItemName decomposed = ItemName.of(Normalizer.normalize(word, Normalizer.Form.NFD));
    ItemName shouted = ItemName.of(word.toUpperCase(Locale.ROOT));

    assertThat(decomposed).isEqualTo(composed);
    assertThat(shouted.key()).isEqualTo(composed.key());
  }

  @Property
  @Label("names equal under the compatibility caseless match have equal keys")
  void caselessEqualNamesHaveEqualKeys(@ForAll("caselessTwins") List<String> twins) {
    ItemName first = ItemName.of(twins.get(0));
    ItemName second = ItemName.of(twins.get(1));

    assertThat(first.key()).isEqualTo(second.key());
  }

  @Property
  @Label("names whose letters differ other than by case have different keys")
  void keysDifferWhenLettersDiffer(@ForAll("asciiTwins") List<String> twins) {
    String first = twins.get(0);
    String second = twins.get(1);

    boolean sameKey = ItemName.of(first).key().equals(ItemName.of(second).key());

    assertThat(sameKey).isEqualTo(first.equalsIgnoreCase(second));
  }

  @Property
  @Label("a 4-byte character round-trips exactly")
  void emojiRoundTrip(@ForAll("emoji") String emoji) {
    ItemName name = ItemName.of("Mon stage " + emoji + ".pdf");

    assertThat(name.value()).isEqualTo("Mon stage " + emoji + ".pdf");
    assertThat(name.value().getBytes(StandardCharsets.UTF_8)).hasSize(
        "Mon stage .pdf".length() + 4);
  }

  @Property
  @Label("an emoji sequence joined by U+200D round-trips exactly")
  void emojiSequenceRoundTrip(@ForAll("emojiSequences") String sequence) {
    ItemName name = ItemName.of("Photo " + sequence);

    assertThat(name.value()).isEqualTo("Photo " + sequence);
    assertThat(ItemName.of(name.value())).isEqualTo(name);
  }

  @Example
  void nameOfExactly255BytesIsAcceptedAnd256Refused() {
    assertThat(ItemName.of("é".repeat(127) + "a").value()).hasSize(128);
    assertThatThrownBy(() -> ItemName.of("é".repeat(128)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("256 UTF-8 bytes; the limit is 255");
  }

  @Example
  void suffixGoesBeforeTheExtension() {
    assertThat(ItemName.of("cv.pdf").withSuffix(1).value()).isEqualTo("cv (1).pdf");
    assertThat(ItemName.of("notes").withSuffix(2).value()).isEqualTo("notes (2)");
  }

  @Property(tries = 1000)
  @Label("any valid name can be numbered, and the numbered name is valid and fits")
  void everyValidNameCanBeNumbered(@ForAll("namesToNumber") String text,
      @ForAll @IntRange(min = 1, max = 100_000) int n) {
    ItemName numbered = ItemName.of(text).withSuffix(n);

    assertThat(numbered.value().getBytes(StandardCharsets.UTF_8).length)
        .isLessThanOrEqualTo(ItemName.MAX_BYTES);
    assertThat(numbered.value()).contains(" (" + n + ")");
    assertThat(numbered.key()).isNotEqualTo(ItemName.of(text).key());
  }

  @Provide
  Arbitrary<String> namesToNumber() {
    Arbitrary<String> extension = Arbitraries.of("", ".pdf", ".odt", ".tar.gz", "."
        + "e".repeat(200));
    Arbitrary<String> base = Arbitraries.oneOf(frenchWords(),
        Arbitraries.strings().withChars("aé😀 ").ofMinLength(1).ofMaxLength(130),
        emojiSequences().list().ofMinSize(1).ofMaxSize(14).map(l -> String.join("", l)),
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(200).ofMaxLength(255));
    return Combinators.combine(base, extension).as((b, e) -> b + e)
        .filter(name -> obeysEveryRule(Normalizer.normalize(name, Normalizer.Form.NFC)));
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(300),
        Arbitraries.strings().withChars("aéE\u0301 ./\\\t\u0000\u200B\u200D😀").ofMaxLength(20),
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(250).ofMaxLength(260),
        Arbitraries.strings().withChars("\uFDFA\u3300\uFB03a\u00E9").ofMinLength(40)
            .ofMaxLength(90),
        Arbitraries.of(trickyPieces()).list().ofMaxSize(12).map(pieces -> String.join("", pieces)),
        Arbitraries.integers().between(0, Character.MAX_CODE_POINT).list().ofMaxSize(12)
            .map(codePoints -> text(codePoints.stream().mapToInt(Integer::intValue).toArray())));
  }

  @Provide
  Arbitrary<String> frenchWords() {
    return Arbitraries.strings().withChars("abcdeéèêëàâîïôöùûüçœæ").ofMinLength(1)
        .ofMaxLength(30);
  }

  @Provide
  Arbitrary<List<String>> caselessTwins() {
    Arbitrary<List<String>> part = Arbitraries.of(CASELESS_TWINS)
        .flatMap(spellings -> Arbitraries.of(spellings).list().ofSize(2));
    Arbitrary<List<String>> name = Arbitraries.of(CASELESS_TWINS.subList(0, 16))
        .flatMap(spellings -> Arbitraries.of(spellings).list().ofSize(2));
    return Combinators.combine(name, part.list().ofMaxSize(10)).as((first, rest) -> {
      List<List<String>> parts = new ArrayList<>(rest);
      parts.add(0, first);
      return List.of(join(parts, 0), join(parts, 1));
    });
  }

  @Provide
  Arbitrary<List<String>> asciiTwins() {
    Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'c').withCharRange('A', 'C')
        .ofMinLength(1).ofMaxLength(6);
    Arbitrary<List<String>> caseVariants = word.map(w -> List.of(w, w.toUpperCase(Locale.ROOT)));
    return Arbitraries.oneOf(word.list().ofSize(2), caseVariants);
  }

  @Provide
  Arbitrary<String> emoji() {
    return Arbitraries.integers().between(0x1F300, 0x1F64F).map(Character::toString);
  }

  @Provide
  Arbitrary<String> emojiSequences() {
    Arbitrary<String> pictograph = Arbitraries.of(0x1F468, 0x1F469, 0x1F467, 0x1F3F3, 0x1F308,
        0x2764, 0x1F525, 0x2640, 0x2642, 0x26A7, 0x2620, 0x1F9D1, 0x1F91D, 0x1F4BB)
        .map(Character::toString);
    Arbitrary<String> modifier = Arbitraries.of("", "\uFE0F", text(0x1F3FB), text(0x1F3FF));
    Arbitrary<String> element = Combinators.combine(pictograph, modifier).as(String::concat);
    return element.list().ofMinSize(2).ofMaxSize(4)
        .map(elements -> String.join(text(JOINER), elements));
  }

  /** Tells whether a text in NFC obeys every rule of the Javadoc of {@link ItemName}. */
  private static boolean obeysEveryRule(String nfc) {
    if (nfc.isEmpty() || !isWellFormed(nfc)) {
      return false;
    }
    int[] codePoints = nfc.codePoints().toArray();

    return utf8Length(codePoints) <= ItemName.MAX_BYTES
        && !nfc.equals(".") && !nfc.equals("..")
        && IntStream.of(codePoints).allMatch(ItemNameProperties::isAllowed)
        && joinsOnlyEmoji(codePoints)
        && IntStream.of(codePoints).anyMatch(ItemNameProperties::isVisible)
        && !isBlank(codePoints[0]) && !isBlank(codePoints[codePoints.length - 1])
        && keyBytes(nfc) <= ItemName.MAX_KEY_BYTES;
  }

  /**
   * The UTF-8 length of a name's key, following the recipe {@link ItemName#key} documents but
   * for the removal of default-ignorable characters, which only shortens a key: the texts whose
   * keys come near the limit (the expanding ones of {@link #texts}) hold none.
   */
  private static int keyBytes(String nfc) {
    String folded = Normalizer.normalize(nfc, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
        .toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    String key = Normalizer.normalize(folded, Normalizer.Form.NFKC);
    return key.getBytes(StandardCharsets.UTF_8).length;
  }

  private static boolean isWellFormed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char unit = text.charAt(i);
      boolean pairStarts = Character.isHighSurrogate(unit) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1));
      if (pairStarts) {
        i++;
      } else if (Character.isSurrogate(unit)) {
        return false;
      }
    }
    return true;
  }

  private static int utf8Length(int[] codePoints) {
    return IntStream.of(codePoints).map(c -> c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4)
        .sum();
  }

  private static boolean isAllowed(int c) {
    int type = Character.getType(c);
    boolean nonCharacter = c >= 0xFDD0 && c <= 0xFDEF || c % 0x10000 >= 0xFFFE;
    return c != '/' && c != '\\' && !nonCharacter && type != Character.CONTROL
        && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR
        && (type != Character.FORMAT || c == JOINER);
  }

  private static boolean joinsOnlyEmoji(int[] codePoints) {
    for (int i = 0; i < codePoints.length; i++) {
      if (codePoints[i] != JOINER) {
        continue;
      }
      int before = i - 1;
      if (before >= 0 && (codePoints[before] == 0xFE0F
          || codePoints[before] >= 0x1F3FB && codePoints[before] <= 0x1F3FF)) {
        before--;
      }
      boolean joined = before >= 0 && PICTOGRAPHS.get(codePoints[before])
          && i + 1 < codePoints.length && PICTOGRAPHS.get(codePoints[i + 1]);
      if (!joined) {
        return false;
      }
    }
    return true;
  }

  /** A letter, a digit, punctuation, a symbol, or a code point this JDK cannot tell about. */
  private static boolean isVisible(int c) {
    boolean drawn = switch (Character.getType(c)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
          Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL, Character.PRIVATE_USE,
          Character.UNASSIGNED -> true;
      default -> false;
    };
    return drawn && !BLANK_FILLERS.get(c) && !RESERVED_IGNORABLES.get(c);
  }

  private static boolean isBlank(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || BLANK_FILLERS.get(c);
  }

  /** Tells whether a message may hold a code point as is: it draws and says what it is. */
  private static boolean isSafeToPrint(int c) {
    int type = Character.getType(c);
    boolean unknown = type == Character.PRIVATE_USE || type == Character.UNASSIGNED
        || c >= 0xFDD0 && c <= 0xFDEF || c % 0x10000 >= 0xFFFE;
    boolean mark = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
    boolean ignorable = c == 0x034F || c == 0x17B4 || c == 0x17B5 || c >= 0x180B && c <= 0x180F
        || c >= 0xFE00 && c <= 0xFE0F || c >= 0xE0100 && c <= 0xE01EF;
    return c == ' ' || !unknown && (isVisible(c) || mark && !ignorable);
  }

  private static boolean isAccepted(String text) {
    try {
      ItemName.of(text);
      return true;
    } catch (InvalidInputException refused) {
      return false;
    }
  }

  /**
   * Every code point of planes 0 and 1, and the edges of the others: these hold ideographs,
   * private use or nothing, except tags and variation selectors at the start of plane 14.
   */
  private static IntStream codePointsToTry() {
    IntStream varied = IntStream.rangeClosed(0, 0x1FFFF);
    IntStream edges = IntStream.rangeClosed(2, 16).flatMap(plane -> IntStream.concat(
        planeRange(plane, 0).limit(0x200), planeRange(plane, 0xFF00)));
    return IntStream.concat(varied, edges);
  }

  private static IntStream planeRange(int plane, int from) {
    return IntStream.rangeClosed(plane * 0x10000 + from, plane * 0x10000 + 0xFFFF);
  }

  private static List<String> trickyPieces() {
    return List.of("a", "é", "E\u0301", "\u0301", " ", ".", "/", "\\", "\t", "\u0000", "\u200B",
        "\u200D", "\u202E", "\u2066", "\u2028", "\u2029", "\u00A0", "\u3000", "\u3164", "\u115F",
        "\u2800", "\uFE0F", "\uFFFE", "\uFFFF", "\uFDD0", "\uD800", "\uDC00", "\u00DF",
        "\u1E9E", "\uFB01", "\uFF21", text(0x1F600), text(0x1F468), text(0x1F3FD), "\u2640",
        text(0x10FFFF), text(0x1FFFE), text(0xE0041), text(0xF0000), "\u0378");
  }

  private static String join(List<List<String>> parts, int which) {
    return parts.stream().map(spellings -> spellings.get(which)).collect(Collectors.joining());
  }

  private static String text(int... codePoints) {
    StringBuilder out = new StringBuilder();
    for (int c : codePoints) {
      out.appendCodePoint(c);
    }
    return out.toString();
  }

  private static String escaped(String text) {
    return text.chars().mapToObj(c -> String.format(Locale.ROOT, "\\u%04X", c))
        .collect(Collectors.joining());
  }

  private static BitSet codePoints(String ranges) {
    BitSet set = new BitSet();
    for (String range : ranges.split(" ")) {
      String[] ends = range.split("-");
      int first = Integer.parseInt(ends[0], 16);
      int last = Integer.parseInt(ends[ends.length - 1], 16);
      set.set(first, last + 1);
    }
    return set;
  }
}
