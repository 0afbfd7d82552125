package fr.folios.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class VocabularyTest {

  private static final Vocabulary LEVELS = Vocabulary.of("folios-level", "Niveaux", List.of(
      Concept.of("college", "Collège"),
      new Concept("6e", "6e", List.of("sixième"), "college", false),
      new Concept("5e", "5e", List.of(), "college", false),
      Concept.of("lycee", "Lycée")));

  @Test
  void narrower_listsTheConceptsWhoseBroaderItIsInOrder() {
    assertThat(LEVELS.narrower("college")).extracting(Concept::id).containsExactly("6e", "5e");
    assertThat(LEVELS.narrower("lycee")).isEmpty();
    assertThat(LEVELS.narrower("unknown")).isEmpty();
  }

  @Test
  void succeeding_keepsAConceptThePreviousVersionHadMarkedDeprecated() {
    Vocabulary next = Vocabulary.of("folios-level", "Niveaux 2026", List.of(
        Concept.of("college", "Collège"), new Concept("5e", "5e", List.of(), "college", false),
        Concept.of("lycee", "Lycée")));

    Vocabulary saved = next.succeeding(LEVELS, Set.of());

    assertThat(saved.title()).isEqualTo("Niveaux 2026");
    assertThat(saved.concepts()).extracting(Concept::id)
        .containsExactly("college", "5e", "lycee", "6e");
    assertThat(saved.find("6e").orElseThrow())
        .isEqualTo(new Concept("6e", "6e", List.of("sixième"), "college", true));
    assertThat(saved.label("6e")).isEqualTo("6e");
    assertThat(saved.narrower("college")).extracting(Concept::id).containsExactly("5e", "6e");
  }

  @Test
  void succeeding_keepsAValueInUseThatNeitherVersionHoldsLabelledByItsId() {
    Vocabulary saved = LEVELS.succeeding(null, Set.of("6e", "troisieme-dp6"));

    assertThat(saved.find("troisieme-dp6").orElseThrow())
        .isEqualTo(new Concept("troisieme-dp6", "troisieme-dp6", List.of(), null, true));
    assertThat(saved.size()).isEqualTo(LEVELS.size() + 1);
  }

  @Test
  void succeeding_returnsTheSameVersionWhenNothingIsRetired() {
    assertThat(LEVELS.succeeding(LEVELS, Set.of("6e", "lycee"))).isSameAs(LEVELS);
  }

  @Property
  void succeeding_neverLosesAPreviousConceptNorAValueInUse(
      @ForAll @Size(max = 8) Set<@AlphaChars @StringLength(min = 1, max = 3) String> before,
      @ForAll @Size(max = 8) Set<@AlphaChars @StringLength(min = 1, max = 3) String> after,
      @ForAll @Size(max = 8) Set<@AlphaChars @StringLength(min = 1, max = 3) String> inUse) {
    Vocabulary previous = vocabulary(before);
    Vocabulary next = vocabulary(after);

    Vocabulary saved = next.succeeding(previous, inUse);

    Set<String> expected = new HashSet<>(before);
    expected.addAll(after);
    expected.addAll(inUse);
    assertThat(saved.concepts()).extracting(Concept::id)
        .containsExactlyInAnyOrderElementsOf(expected);
    for (Concept concept : saved.concepts()) {
      assertThat(concept.deprecated()).as(concept.id()).isEqualTo(!after.contains(concept.id()));
    }
  }

  private static Vocabulary vocabulary(Set<String> ids) {
    return Vocabulary.of("v", "V", ids.stream().sorted().map(id -> Concept.of(id, id)).toList());
  }
}
