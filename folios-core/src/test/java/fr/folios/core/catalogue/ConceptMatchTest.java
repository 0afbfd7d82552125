package fr.folios.core.catalogue;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConceptMatchTest {

  @Test
  void new_refusesABlankPartNamingIt() {
    assertThatThrownBy(() -> new ConceptMatch(Facet.LEVEL, "6e", "scolomfr-voc-022", " ",
        ConceptMatch.Kind.EXACT, "read by hand"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a concept match's scolomfrConcept must not be blank");
  }
}
