package fr.folios.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FoliosVocabulariesTest {

  @Test
  void load_givesOneVocabularyPerFacetInFacetOrder() {
    assertThat(FoliosVocabularies.load().keySet()).containsExactly(Facet.values());
  }

  @Test
  void load_isCachedAndImmutable() {
    Map<Facet, Vocabulary> all = FoliosVocabularies.load();

    assertThat(FoliosVocabularies.load()).isSameAs(all);
    assertThatThrownBy(() -> all.remove(Facet.ZONE))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void load_namesEachVocabularyAfterItsFacet() {
    FoliosVocabularies.load().forEach((facet, vocabulary) -> assertThat(vocabulary.id())
        .isEqualTo("folios-" + facet.key().replace('_', '-')));
  }

  @Test
  void load_givesUniqueVocabularyIdsAndNonBlankTitles() {
    assertThat(FoliosVocabularies.load().values()).extracting(Vocabulary::id)
        .doesNotHaveDuplicates();
    assertThat(FoliosVocabularies.load().values()).extracting(Vocabulary::title)
        .allSatisfy(title -> assertThat(title).isNotBlank());
  }

  @Test
  void load_givesLowerCaseSlugsAndFrenchLabels() {
    FoliosVocabularies.load().values().stream().flatMap(v -> v.concepts().stream())
        .forEach(concept -> {
          assertThat(concept.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
          assertThat(concept.prefLabel()).isNotBlank().isEqualTo(concept.prefLabel().strip());
          assertThat(concept.altLabels()).allSatisfy(label -> assertThat(label).isNotBlank());
          assertThat(concept.deprecated()).isFalse();
        });
  }

  static Stream<Arguments> counts() {
    return Stream.of(Arguments.of(Facet.PATHWAY, 4), Arguments.of(Facet.LEVEL, 19),
        Arguments.of(Facet.ESTABLISHMENT_TYPE, 4), Arguments.of(Facet.ZONE, 31),
        Arguments.of(Facet.DISCIPLINE, 14), Arguments.of(Facet.COMPETENCE, 5),
        Arguments.of(Facet.DOCUMENT_TYPE, 3), Arguments.of(Facet.THEME, 12));
  }

  @ParameterizedTest
  @MethodSource("counts")
  void of_givesTheNumberOfValuesTheDeckLists(Facet facet, int count) {
    assertThat(FoliosVocabularies.of(facet).size()).isEqualTo(count);
  }

  @Test
  void of_givesTheFixedIdsInOrder() {
    assertThat(ids(Facet.PATHWAY)).containsExactly("avenir", "peac", "citoyen", "sante");
    assertThat(ids(Facet.LEVEL)).containsExactly("6e", "5e", "4e", "3e", "3e-prepa-pro",
        "2nde", "1re", "terminale", "college", "lycee", "cap-1", "cap-2", "cite-scolaire",
        "etablissement", "bts-1", "bts-2", "cpge-1", "cpge-2", "mlds");
    assertThat(ids(Facet.ESTABLISHMENT_TYPE)).containsExactly("college", "erea", "lp", "legt");
    assertThat(ids(Facet.DISCIPLINE)).containsExactly("francais", "emc", "mathematiques",
        "arts", "langues", "eps", "histoire-geographie", "droit-economie", "sciences",
        "technologie", "lettres", "philosophie", "ses", "documentation");
    assertThat(ids(Facet.COMPETENCE))
        .containsExactly("socle-1", "socle-2", "socle-3", "socle-4", "socle-5");
    assertThat(ids(Facet.DOCUMENT_TYPE))
        .containsExactly("activite-classe", "document-information", "support-methodologique");
    assertThat(ids(Facet.THEME)).containsExactly("parcours-formation",
        "monde-economique-professionnel", "construire-orientation",
        "accompagnement-personnalise", "auto-evaluation", "egalite-filles-garcons",
        "interdisciplinarite", "education-medias", "enseignement-exploration",
        "engagement-initiative", "avec-parents", "valeurs-republique");
  }

  @Test
  void of_zone_holdsNationalAndTheThirtyAcademies() {
    assertThat(ids(Facet.ZONE)).hasSize(31).startsWith("national").contains("aix-marseille",
        "besancon", "clermont-ferrand", "la-reunion", "nancy-metz", "normandie",
        "orleans-tours", "versailles");
    assertThat(FoliosVocabularies.of(Facet.ZONE).label("lyon")).isEqualTo("Académie de Lyon");
    assertThat(FoliosVocabularies.of(Facet.ZONE).label("orleans-tours"))
        .isEqualTo("Académie d'Orléans-Tours");
  }

  @Test
  void of_givesTheDecksFrenchLabels() {
    assertThat(FoliosVocabularies.of(Facet.PATHWAY).label("avenir")).isEqualTo("Parcours Avenir");
    assertThat(FoliosVocabularies.of(Facet.LEVEL).label("3e-prepa-pro"))
        .isEqualTo("3e prépa-pro");
    assertThat(FoliosVocabularies.of(Facet.LEVEL).label("terminale")).isEqualTo("Terminale");
    assertThat(FoliosVocabularies.of(Facet.DISCIPLINE).label("emc"))
        .isEqualTo("Éducation morale et civique");
    assertThat(FoliosVocabularies.of(Facet.DOCUMENT_TYPE).label("activite-classe"))
        .isEqualTo("Activité de classe");
    assertThat(FoliosVocabularies.of(Facet.THEME).label("egalite-filles-garcons"))
        .isEqualTo("Égalité filles-garçons");
    assertThat(FoliosVocabularies.of(Facet.COMPETENCE).label("socle-1"))
        .isEqualTo("Les langages pour penser et communiquer");
  }

  private static List<String> ids(Facet facet) {
    return FoliosVocabularies.of(facet).concepts().stream().map(Concept::id).toList();
  }
}
