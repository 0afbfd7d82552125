package fr.folios.core.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.InvalidInputException;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;

/** The UAI check letter rule, for every UAI. */
class UaiProperties {

  private static final String LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";

  @Property
  @Label("the letter the digits call for is accepted, every other letter refused")
  void onlyTheComputedLetterIsAccepted(@ForAll @IntRange(min = 0, max = 9_999_999) int number,
      @ForAll @CharRange(from = 'A', to = 'Z') char letter) {
    String digits = String.format("%07d", number);
    char expected = LETTERS.charAt(number % 23);

    if (letter == expected) {
      assertThat(Uai.parse(digits + letter).value()).isEqualTo(digits + letter);
    } else {
      assertThatThrownBy(() -> Uai.parse(digits + letter))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("its digits give '" + expected + "'");
      assertThat(Uai.ofUnchecked(digits + letter).hasValidCheckLetter()).isFalse();
    }
  }

  @Property
  @Label("lower case and surrounding spaces are tolerated")
  void lowerCaseIsNormalised(@ForAll @IntRange(min = 0, max = 9_999_999) int number) {
    String digits = String.format("%07d", number);
    String uai = digits + LETTERS.charAt(number % 23);

    assertThat(Uai.parse("  " + uai.toLowerCase() + " ").value()).isEqualTo(uai);
  }

  @Example
  void realUaisFromTheNationalDirectoryAreValid() {
    assertThat(Uai.parse("0350057X").hasValidCheckLetter()).isTrue();
    assertThat(Uai.parse("0350967L").value()).isEqualTo("0350967L");
    assertThat(Uai.ofUnchecked("1004001V").hasValidCheckLetter()).isFalse();
  }

  @Example
  void malformedUaiIsRefusedWithAnExample() {
    assertThatThrownBy(() -> Uai.ofUnchecked("035001A"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("seven digits and a check letter");
  }
}
