package fr.folios.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScolomfrMatchesTest {

  @Test
  void all_linksOnlyValuesOfTheProjectsOwnLists() {
    assertThat(ScolomfrMatches.all()).isNotEmpty().allSatisfy(match -> assertThat(
        FoliosVocabularies.of(match.facet()).find(match.foliosConcept()))
        .as(match.toString()).isPresent());
  }

  @Test
  void all_namesAScolomfrConceptOfTheVocabularyAndASourceForEachLink() {
    assertThat(ScolomfrMatches.all()).filteredOn(match -> !isBcn(match)).allSatisfy(match -> {
      assertThat(match.scolomfrConcept()).startsWith(
          "http://data.education.fr/voc/scolomfr/concept/" + match.scolomfrVocabulary() + "-");
      assertThat(match.source()).startsWith("ScoLOMFR v3.1 scolomfrSkos_n_n-1_");
    });
  }

  @Test
  void all_linksOnlyDisciplinesToBcnSubjectsNamingTheirCodeAndLabel() {
    assertThat(ScolomfrMatches.all()).filteredOn(ScolomfrMatchesTest::isBcn).isNotEmpty()
        .allSatisfy(match -> {
          assertThat(match.facet()).isEqualTo(Facet.DISCIPLINE);
          assertThat(match.scolomfrConcept()).matches(
              "http://data\\.education\\.fr/voc/scolomfr/concept/scolomfr-BCN_MATIERE-num-\\d{3}");
          assertThat(match.source()).matches("ScoLOMFR v3\\.2\\.0 BCN-ScoLOMFR/scolomfr_bcn\\.xml,"
              + " code 'BCN_MATIERE:\\d{4}', label '[^']+'.*");
        });
    assertThat(ScolomfrMatches.all()).filteredOn(match -> match.facet() == Facet.DISCIPLINE)
        .allMatch(ScolomfrMatchesTest::isBcn);
  }

  @Test
  void all_holdsEachLinkOnce() {
    Set<String> seen = new HashSet<>();

    assertThat(ScolomfrMatches.all()).allSatisfy(match -> assertThat(
        seen.add(match.facet() + " " + match.foliosConcept() + " " + match.scolomfrConcept()))
        .as(match.toString()).isTrue());
  }

  @Test
  void of_givesExactLinksFirstAndNothingForAValueWithoutCounterpart() {
    assertThat(ScolomfrMatches.of(Facet.LEVEL, "6e")).singleElement()
        .extracting(ConceptMatch::scolomfrConcept, ConceptMatch::kind)
        .containsExactly("http://data.education.fr/voc/scolomfr/concept/scolomfr-voc-022-num-018",
            ConceptMatch.Kind.EXACT);
    assertThat(ScolomfrMatches.of(Facet.LEVEL, "terminale")).hasSize(2)
        .allMatch(match -> match.kind() == ConceptMatch.Kind.CLOSE);
    assertThat(ScolomfrMatches.of(Facet.COMPETENCE, "socle-3")).singleElement()
        .extracting(ConceptMatch::scolomfrVocabulary).isEqualTo("scolomfr-voc-016");
    assertThat(ScolomfrMatches.of(Facet.LEVEL, "mlds")).isEmpty();
  }

  @Test
  void of_linksDisciplinesToBcnSubjectsOnlyWhereTheBcnHasOne() {
    assertThat(ScolomfrMatches.of(Facet.DISCIPLINE, "francais")).singleElement()
        .extracting(ConceptMatch::scolomfrConcept, ConceptMatch::kind).containsExactly(
            "http://data.education.fr/voc/scolomfr/concept/scolomfr-BCN_MATIERE-num-008",
            ConceptMatch.Kind.EXACT);
    assertThat(ScolomfrMatches.of(Facet.DISCIPLINE, "sciences")).hasSize(3)
        .allMatch(match -> match.kind() == ConceptMatch.Kind.CLOSE);
    assertThat(List.of("droit-economie", "lettres", "philosophie", "ses", "documentation"))
        .allSatisfy(discipline -> assertThat(ScolomfrMatches.of(Facet.DISCIPLINE, discipline))
            .as(discipline).isEmpty());
  }

  private static boolean isBcn(ConceptMatch match) {
    return match.scolomfrVocabulary().equals("scolomfr-bcn-matiere");
  }
}
