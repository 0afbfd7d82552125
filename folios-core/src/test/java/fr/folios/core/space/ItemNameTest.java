package fr.folios.core.space;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.InvalidInputException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One regression example per name a hostile-input review found wrongly accepted. */
class ItemNameTest {

  private static final int JOINER = 0x200D;

  private static final String FAMILY = text(0x1F468, JOINER, 0x1F469, JOINER, 0x1F467);

  private static final String RAINBOW_FLAG = text(0x1F3F3, 0xFE0F, JOINER, 0x1F308);

  @ParameterizedTest
  @ValueSource(strings = {"a\uD800b", "\uD800", "\uDFFF", "z\uDBFF"})
  void of_refusesLoneSurrogateThatUtf8WritesAsAQuestionMark(String text) {
    assertThatThrownBy(() -> ItemName.of(text))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("half of a surrogate pair without its other half");
  }

  @Test
  void of_refusesBothLoneSurrogatesThatUtf8MergesIntoOneName() {
    assertThat("a\uD800".getBytes(StandardCharsets.UTF_8))
        .isEqualTo("a\uDC00".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> ItemName.of("a\uD800")).isInstanceOf(InvalidInputException.class)
        .hasMessage("name 'a\\uD800' is invalid: it holds U+D800, half of a surrogate pair"
            + " without its other half: send the name as well-formed Unicode text");
    assertThatThrownBy(() -> ItemName.of("a\uDC00")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("U+DC00");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u3164", "\u3164\u3164", "\u2800", "\u115F", "\u1160", "\uFFA0",
      "\u0301", "\u0301\u0302", "\uFE0F", "\u034F", " ", "\u00A0"})
  void of_refusesNameWithNoVisibleCharacter(String text) {
    assertThatThrownBy(() -> ItemName.of(text))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageEndingWith("it has no visible character: add a letter, a digit or a symbol");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u200D", "\u200D\u200D", "a\u200Db", "a\u200D", "\u200Da",
      "\uD83D\uDE00\u200Da", "a\u200D\uD83D\uDE00", "\uD83D\uDE00\u200D\u200D\uD83D\uDE00",
      "\uD83D\uDE00\uFE0F\uFE0F\u200D\uD83D\uDE00", "\u2764\u200D", "1\u200D\u20E3"})
  void of_refusesJoinerOutsideEmojiThatMakesTwoNamesLookTheSame(String text) {
    assertThatThrownBy(() -> ItemName.of(text))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("zero width joiner U+200D outside an emoji sequence");
  }

  @Test
  void of_keepsJoinerInsideEmojiSequencesExactly() {
    List<String> sequences = List.of(FAMILY, RAINBOW_FLAG,
        text(0x1F468, 0x1F3FD, JOINER, 0x1F4BB),
        text(0x2764, 0xFE0F, JOINER, 0x1F525),
        text(0x1F3F3, 0xFE0F, JOINER, 0x26A7, 0xFE0F),
        text(0x1F9D1, 0x1F3FB, JOINER, 0x2764, 0xFE0F, JOINER, 0x1F48B, JOINER, 0x1F9D1,
            0x1F3FC));

    for (String sequence : sequences) {
      String text = "Vacances " + sequence + ".jpg";
      ItemName name = ItemName.of(text);

      assertThat(name.value()).isEqualTo(text);
      assertThat(name.value().getBytes(StandardCharsets.UTF_8))
          .isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\u2028b", "a\u2029b", "\u2028"})
  void of_refusesLineAndParagraphSeparators(String text) {
    assertThatThrownBy(() -> ItemName.of(text))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("line or paragraph separator U+202");
  }

  @ParameterizedTest
  @ValueSource(ints = {0xFFFE, 0xFFFF, 0xFDD0, 0xFDE5, 0xFDEF, 0x1FFFE, 0x1FFFF, 0x10FFFE,
      0x10FFFF})
  void of_refusesNoncharacters(int nonCharacter) {
    assertThatThrownBy(() -> ItemName.of(text('a', nonCharacter, 'b')))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(String.format(Locale.ROOT, "U+%04X, which Unicode keeps out of text",
            nonCharacter));
  }

  @Test
  void of_acceptsTheNeighboursOfNoncharacters() {
    assertThat(ItemName.of("a\uFDCF\uFDF0\uFFFD").value()).isEqualTo("a\uFDCF\uFDF0\uFFFD");
  }

  @Test
  void of_refusesNameWhoseKeyExpandsPastTheLimitThatStoresKeep() {
    String expanding = "\uFDFA".repeat(85);

    assertThatThrownBy(() -> ItemName.of(expanding))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("expand to 2805 UTF-8 bytes; the limit is 1020")
        .hasMessageContaining("write those characters out in plain letters");
    assertThat(ItemName.of("\uFDFA".repeat(30)).key()).hasSizeLessThanOrEqualTo(1020);
  }

  @Test
  void key_capitalSharpSClashesWithSsLikeSmallSharpS() {
    String key = ItemName.of("strasse").key();

    assertThat(ItemName.of("Straße").key()).isEqualTo(key);
    assertThat(ItemName.of("STRA\u1E9EE").key()).isEqualTo(key);
    assertThat(ItemName.of("STRASSE").key()).isEqualTo(key);
  }

  @Test
  void key_compatibilityFormsClashWithPlainForms() {
    assertThat(ItemName.of("\uFF21").key()).isEqualTo(ItemName.of("A").key());
    assertThat(ItemName.of("\uFB01chier").key()).isEqualTo(ItemName.of("fichier").key());
    assertThat(ItemName.of("\uFF26\uFF29\uFF23\uFF28\uFF29\uFF25\uFF32").key())
        .isEqualTo(ItemName.of("Fichier").key());
    assertThat(ItemName.of("2\u338F").key()).isEqualTo(ItemName.of("2KG").key());
  }

  @Test
  void key_emojiWithOrWithoutItsJoinersAndSelectorsClash() {
    assertThat(ItemName.of(FAMILY).key())
        .isEqualTo(ItemName.of(text(0x1F468, 0x1F469, 0x1F467)).key());
    assertThat(ItemName.of(RAINBOW_FLAG).key())
        .isEqualTo(ItemName.of(text(0x1F3F3, 0x1F308)).key());
  }

  @Test
  void key_keepsDifferentNamesApart() {
    assertThat(ItemName.of("cv.pdf").key()).isNotEqualTo(ItemName.of("cv.pdg").key());
    assertThat(ItemName.of("r\u00E9sum\u00E9").key()).isNotEqualTo(ItemName.of("resume").key());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -5, Integer.MIN_VALUE})
  void withSuffix_refusesNumbersBelowOne(int n) {
    ItemName name = ItemName.of("cv.pdf");

    assertThatThrownBy(() -> name.withSuffix(n))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("suffix number " + n + " is less than 1");
  }

  @Test
  void withSuffix_shortensTheNameBeforeItsExtensionSoThatTheNumberedNameFits() {
    ItemName name = ItemName.of("a".repeat(251) + ".pdf");

    ItemName numbered = name.withSuffix(1);

    assertThat(numbered.value()).isEqualTo("a".repeat(247) + " (1).pdf");
    assertThat(numbered.value().getBytes(StandardCharsets.UTF_8)).hasSize(255);
  }

  @Test
  void withSuffix_cutsWholeCharactersAndNoJoinerWhenItShortens() {
    String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
    ItemName name = ItemName.of("é".repeat(98) + family.repeat(3) + ".odt");

    ItemName numbered = name.withSuffix(12);

    assertThat(numbered.value()).endsWith(" (12).odt").startsWith("é".repeat(98))
        .doesNotContain("\u200D (");
    assertThat(numbered.value().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
  }

  @Test
  void withSuffix_shortensANameWhoseExtensionLeavesNoRoom() {
    ItemName name = ItemName.of("x." + "b".repeat(252));

    ItemName numbered = name.withSuffix(3);

    assertThat(numbered.value()).isEqualTo("x." + "b".repeat(249) + " (3)");
  }

  @ParameterizedTest
  @ValueSource(ints = {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
      0x200E, 0x200F, 0x061C, 0x200B, 0xFEFF, 0x00AD, 0x0009, 0x001B})
  void of_escapesBidiAndFormatCharactersInTheMessage(int hidden) {
    String text = text('f', 'a', 'c', 't', 'u', 'r', 'e', hidden, 'f', 'd', 'p', '.', 'e', 'x',
        'e');

    assertThatThrownBy(() -> ItemName.of(text))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(
            String.format(Locale.ROOT, "name 'facture\\u%04Xfdp.exe' is invalid: ", hidden))
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(Character.toString(hidden)));
  }

  @Test
  void of_capsTheNameInTheMessageAt80CodePoints() {
    String text = "\uD83D\uDE00".repeat(100);

    assertThatThrownBy(() -> ItemName.of(text))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("name '" + "\uD83D\uDE00".repeat(80) + "…' is invalid: ");
  }

  @Test
  void new_refusesNameNotInNfc() {
    assertThatThrownBy(() -> new ItemName("e\u0301t\u00E9"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageEndingWith("is invalid: it is not in Unicode NFC: create it with ItemName.of,"
            + " which normalises it");
  }

  @Test
  @EnabledForJreRange(min = JRE.JAVA_21)
  void joinerRule_knowsTheEmojiOfTheJdk() throws Throwable {
    MethodHandle pictographic = MethodHandles.publicLookup().findStatic(Character.class,
        "isExtendedPictographic", MethodType.methodType(boolean.class, int.class));
    List<String> misjudged = new ArrayList<>();

    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      boolean emoji = (boolean) pictographic.invokeExact(c);
      if (emoji != ItemNameProperties.PICTOGRAPHS.get(c) || emoji != joinsAfterAnEmoji(c)) {
        misjudged.add(String.format(Locale.ROOT, "U+%04X", c));
      }
    }

    assertThat(misjudged).isEmpty();
  }

  /** Tells whether ItemName accepts a joiner before c; the JDK's emoji lie in planes 0 and 1. */
  private static boolean joinsAfterAnEmoji(int c) {
    if (c > 0x1FFFF) {
      return false;
    }
    try {
      ItemName.of(text(0x1F600, JOINER, c));
      return true;
    } catch (InvalidInputException refused) {
      return false;
    }
  }

  private static String text(int... codePoints) {
    StringBuilder out = new StringBuilder();
    for (int c : codePoints) {
      out.appendCodePoint(c);
    }
    return out.toString();
  }
}
