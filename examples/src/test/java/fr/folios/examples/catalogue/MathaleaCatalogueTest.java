package fr.folios.examples.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.InvalidInputException;
import fr.folios.core.catalogue.CatalogueResource;
import fr.folios.core.catalogue.Facet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MathaleaCatalogueTest {

  private static final String TREE = "referentiel2022.json";
  private static final String EXAMS = "referentielStatic.json";

  @Nested
  class OnTheRealFiles {

    @Test
    void read_givesOneResourcePerGeneratedExercise() {
      assertThat(RealData.mathalea().summary().count(TREE))
          .isEqualTo(new FileCount(1_227, 1_227, List.of()));
    }

    @Test
    void read_mergesTheEntriesOfOneExamExerciseIntoOneResource() {
      assertThat(RealData.mathalea().summary().count(EXAMS))
          .isEqualTo(new FileCount(3_700, 1_028, List.of()));
      assertThat(RealData.mathalea().summary().files().keySet())
          .containsExactlyElementsOf(MathaleaCatalogue.FILES);
    }

    @Test
    void read_usesOnlyFixedFacetIdsAndDistinctIds() {
      List<CatalogueResource> resources = RealData.mathalea().resources();

      assertThat(resources).flatExtracting(FixedFacetIds::unknownValues).isEmpty();
      assertThat(resources).extracting(resource -> resource.id().value())
          .doesNotHaveDuplicates()
          .allMatch(id -> id.startsWith("mathalea:"));
    }

    @Test
    void read_marksEveryResourceAsAMathematicsClassActivityUnderAgpl() {
      assertThat(RealData.mathalea().resources()).allSatisfy(resource -> {
        assertThat(resource.values(Facet.DISCIPLINE)).containsExactly("mathematiques");
        assertThat(resource.values(Facet.DOCUMENT_TYPE)).containsExactly("activite-classe");
        assertThat(resource.values(Facet.COMPETENCE)).isEmpty();
        assertThat(resource.source()).isEqualTo("MathALÉA (Coopmaths), AGPL-3.0");
        assertThat(resource.url()).isNull();
      });
    }

    @Test
    void read_mapsTreeLevelsToFixedLevels() {
      Map<String, Long> levels = levelCounts(treeResources());

      assertThat(levels).containsEntry("6e", 310L).containsEntry("5e", 180L)
          .containsEntry("4e", 155L).containsEntry("3e", 166L).containsEntry("2nde", 239L)
          .containsEntry("1re", 99L + 9L).containsEntry("terminale", 5L)
          .containsEntry("none", 51L + 9L + 4L);
    }

    @Test
    void read_mapsExamsToTheLevelTheyEnd() {
      Map<String, Long> levels = levelCounts(examResources());

      assertThat(levels).containsOnly(Map.entry("3e", 681L), Map.entry("terminale", 149L),
          Map.entry("1re", 20L), Map.entry("none", 178L));
    }

    @Test
    void read_letsASearchForPythagoreOrProbabilitesFindExercises() {
      assertThat(matching(treeResources(), "pythagore")).isEqualTo(16);
      assertThat(matching(treeResources(), "probabilit")).isEqualTo(29);
      assertThat(matching(examResources(), "pythagore")).isEqualTo(134);
      assertThat(matching(examResources(), "probabilités")).isEqualTo(149);
    }

    @Test
    void read_acceptsTheDatesTheRealFileWritesLoosely() {
      assertThat(find("mathalea:0dfad").published()).isEqualTo(LocalDate.of(2022, 3, 4));
      assertThat(find("mathalea:c75b6").published()).isEqualTo(LocalDate.of(2023, 3, 7));
    }

    @Test
    void read_describesAnExamExerciseByPaperAndThemes() {
      CatalogueResource exercise = find("mathalea:dnb_2015_12_ameriquesud_3");

      assertThat(exercise.title()).isEqualTo("DNB 2015, Amérique du sud (décembre), exercice 3");
      assertThat(exercise.summary()).contains("Diplôme national du brevet", "Probabilités");
      assertThat(exercise.published()).isEqualTo(LocalDate.of(2015, 12, 1));
      assertThat(exercise.values(Facet.LEVEL)).containsExactly("3e");
    }

    private CatalogueResource find(String id) {
      return RealData.find(RealData.mathalea(), id).orElseThrow();
    }

    private List<CatalogueResource> treeResources() {
      return RealData.mathalea().resources().subList(0, 1_227);
    }

    private List<CatalogueResource> examResources() {
      return RealData.mathalea().resources().subList(1_227, 1_227 + 1_028);
    }

    private Map<String, Long> levelCounts(List<CatalogueResource> resources) {
      Function<CatalogueResource, String> level = resource ->
          resource.values(Facet.LEVEL).stream().findFirst().orElse("none");
      return resources.stream().collect(Collectors.groupingBy(level, Collectors.counting()));
    }

    private long matching(List<CatalogueResource> resources, String word) {
      return resources.stream()
          .filter(resource -> resource.body().toLowerCase(Locale.FRENCH).contains(word))
          .count();
    }
  }

  @Nested
  class OnSmallFiles {

    private final CatalogueImport small =
        MathaleaCatalogue.read(Fixtures.resource("mathalea-small"));

    @Test
    void read_rejectsUntitledExercisesUnknownLevelsAndRepeatedUuids() {
      assertThat(small.summary().count(TREE).records()).isEqualTo(6);
      assertThat(small.summary().count(TREE).rejected()).containsExactly(
          new Rejection("entry 'PE > PEA1 > PEA11'", "exercise aaa04 has no title"),
          new Rejection("entry 'Zz > ZZ1 > ZZ10'", "level 'Zz' is unknown"),
          new Rejection("entry '2e > 2N1 > 2N10'", "its id 'mathalea:aaa01' was already "
              + "given by entry '6e > 6G1 > 6G10'"));
    }

    @Test
    void read_readsLooseDatesAndKeepsTheLaterOfTwo() {
      assertThat(find("mathalea:aaa01").published()).isEqualTo(LocalDate.of(2022, 3, 4));
      assertThat(find("mathalea:aaa02").published()).isEqualTo(LocalDate.of(2021, 11, 20));
      assertThat(find("mathalea:aaa03").published()).isNull();
    }

    @Test
    void read_summarisesByLevelThemeAndLongestMatchingSubTheme() {
      CatalogueResource exercise = find("mathalea:aaa02");

      assertThat(exercise.summary())
          .isEqualTo("Mathématiques, 4e : Théorème de Pythagore, Calculer une longueur.");
      assertThat(exercise.body()).contains("Exercice interactif").doesNotContain("trop court");
    }

    @Test
    void read_givesMentalMathsExercisesTheLevelOfTheirBranch() {
      CatalogueResource exercise = find("mathalea:aaa03");

      assertThat(exercise.values(Facet.LEVEL)).containsExactly("3e");
      assertThat(exercise.summary()).isEqualTo("Course aux nombres, 3e : Calculs.");
    }

    @Test
    void read_mergesExamEntriesAndGathersTheirThemes() {
      CatalogueResource exercise = find("mathalea:dnb_2021_06_x_1");

      assertThat(small.summary().count(EXAMS).records()).isEqualTo(6);
      assertThat(exercise.title()).isEqualTo("DNB 2021, Métropole (juin), exercice 1");
      assertThat(exercise.summary()).endsWith("Thèmes : Pythagore, Probabilités.");
      assertThat(exercise.published()).isEqualTo(LocalDate.of(2021, 6, 1));
    }

    @Test
    void read_givesCrpeExercisesNoLevelAndRejectsUnknownExams() {
      CatalogueResource exercise = find("mathalea:crpe-2019-g1-pb");

      assertThat(exercise.title()).isEqualTo("CRPE 2019, Groupement 1, Problème");
      assertThat(exercise.values(Facet.LEVEL)).isEmpty();
      assertThat(exercise.published()).isEqualTo(LocalDate.of(2019, 1, 1));
      assertThat(find("mathalea:bac_2022_05_y_2").values(Facet.LEVEL))
          .containsExactly("terminale");
      assertThat(small.summary().count(EXAMS).rejected()).containsExactly(new Rejection(
          "entry 'Olympiades > 2020 > olymp_2020_1'",
          "exercise olymp_2020_1 is of unknown exam type 'olymp'"));
    }

    private CatalogueResource find(String id) {
      return RealData.find(small, id).orElseThrow();
    }
  }

  @Nested
  class OnBrokenFiles {

    @TempDir
    Path folder;

    @Test
    void read_refusesAMissingThemeTitlesFile() throws Exception {
      Files.copy(Fixtures.resource("mathalea-small/" + TREE), folder.resolve(TREE));

      assertThatThrownBy(() -> MathaleaCatalogue.read(folder))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("levelsThemesList.json");
    }

    @Test
    void read_refusesTextThatIsNotJsonNamingTheLine() {
      broken("tree-not-json.json", TREE, "file '" + TREE + "', line 3: it is not valid JSON");
    }

    @Test
    void read_refusesABranchHoldingSomethingElseThanObjects() {
      broken("tree-scalar-in-branch.json", TREE, "file '" + TREE + "', entry '6e > 6G1 > "
          + "6G10': it holds string where a group of exercises or an exercise");
    }

    @Test
    void read_refusesADateThatDoesNotExist() {
      broken("tree-bad-date.json", TREE, "file '" + TREE + "', entry '6e > 6G1 > 6G10': date "
          + "'31/02/2022' does not exist");
    }

    @Test
    void read_refusesAUuidThatIsNotText() {
      broken("tree-uuid-number.json", TREE, "file '" + TREE + "', entry '6e > 6G1 > 6G10': "
          + "field 'uuid' holds number where text was expected");
    }

    @Test
    void read_refusesAUuidReusedForAnotherPaper() {
      broken("static-conflicting-uuid.json", EXAMS, "file '" + EXAMS + "', entry 'A par année "
          + "> 2022 > dnb_1': it shares uuid with entry 'A par thèmes > T > dnb_1' but its "
          + "'annee' is '2022' where that one says '2021'");
    }

    @Test
    void read_refusesAMonthThatIsNotFrench() {
      broken("static-bad-month.json", EXAMS, "file '" + EXAMS + "', entry 'A par année > 2021 "
          + "> dnb_1': month 'Brumaire' is not a French month name");
    }

    private void broken(String variant, String asFile, String message) {
      Path copy = Fixtures.withBroken("mathalea-small", folder, "mathalea-broken/" + variant,
          asFile);

      assertThatThrownBy(() -> MathaleaCatalogue.read(copy))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageStartingWith(message)
          .hasMessageContaining("NOTICE.md");
    }
  }
}
