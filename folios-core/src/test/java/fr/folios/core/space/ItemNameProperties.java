package fr.folios.core.space;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The rules of names hold for any text. */
class ItemNameProperties {

  @Property(tries = 2000)
  @Label("any text is either a valid NFC name or refused with a reason")
  void anyTextIsAcceptedOnlyWhenEveryRuleHolds(@ForAll("texts") String text) {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    boolean valid = !nfc.isEmpty()
        && nfc.getBytes(StandardCharsets.UTF_8).length <= ItemName.MAX_BYTES
        && !nfc.equals(".") && !nfc.equals("..")
        && nfc.strip().equals(nfc) && !Character.isSpaceChar(nfc.codePointAt(0))
        && !Character.isSpaceChar(nfc.codePointBefore(nfc.length()))
        && nfc.codePoints().noneMatch(c -> c == '/' || c == '\\' || Character.isISOControl(c)
            || (Character.getType(c) == Character.FORMAT && c != 0x200D));

    if (valid) {
      ItemName name = ItemName.of(text);
      assertThat(name.value()).isEqualTo(nfc);
      assertThat(ItemName.of(name.value())).isEqualTo(name);
    } else {
      assertThatThrownBy(() -> ItemName.of(text))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageStartingWith("name '");
    }
  }

  @Property
  @Label("composed and decomposed forms, in any case, are the same name")
  void decomposedAndCaseVariantsHaveTheSameKey(@ForAll("frenchWords") String word) {
    ItemName composed = ItemName.of(word);
    ItemName decomposed = ItemName.of(Normalizer.normalize(word, Normalizer.Form.NFD));
    ItemName shouted = ItemName.of(word.toUpperCase(java.util.Locale.ROOT));

    assertThat(decomposed).isEqualTo(composed);
    assertThat(shouted.key()).isEqualTo(composed.key());
  }

  @Property
  @Label("a 4-byte character round-trips exactly")
  void emojiRoundTrip(@ForAll("emoji") String emoji) {
    ItemName name = ItemName.of("Mon stage " + emoji + ".pdf");

    assertThat(name.value()).isEqualTo("Mon stage " + emoji + ".pdf");
    assertThat(name.value().getBytes(StandardCharsets.UTF_8)).hasSize(
        "Mon stage .pdf".length() + 4);
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

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(300),
        Arbitraries.strings().withChars("aéE\u0301 ./\\\t\u0000\u200B\u200D😀").ofMaxLength(20),
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(250).ofMaxLength(260));
  }

  @Provide
  Arbitrary<String> frenchWords() {
    return Arbitraries.strings().withChars("abcdeéèêëàâîïôöùûüçœæ").ofMinLength(1)
        .ofMaxLength(30);
  }

  @Provide
  Arbitrary<String> emoji() {
    return Arbitraries.integers().between(0x1F300, 0x1F64F).map(Character::toString);
  }
}
