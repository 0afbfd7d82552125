package fr.folios.examples;

import static org.assertj.core.api.Assertions.assertThat;

import fr.folios.core.directory.Person;
import fr.folios.core.directory.PersonId;
import fr.folios.core.directory.aaf.AafImportReport;
import fr.folios.examples.catalogue.CatalogueSources;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Runs the training day twice on the real data carried in the project. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainingDayTest {

  private TrainingDay.Outcome first;
  private TrainingDay.Outcome second;
  private String firstReport;
  private String secondReport;
  private String thirdReport;

  @BeforeAll
  void runThreeTimes(@TempDir Path dataDir) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    first = TrainingDay.run(dataDir, CatalogueSources.dataDirectory(),
        new PrintStream(out, true, StandardCharsets.UTF_8));
    firstReport = out.toString(StandardCharsets.UTF_8);
    out.reset();
    second = TrainingDay.run(dataDir, CatalogueSources.dataDirectory(),
        new PrintStream(out, true, StandardCharsets.UTF_8));
    secondReport = out.toString(StandardCharsets.UTF_8);
    deleteTree(dataDir.resolve("index"));
    thirdReport = runMain("--data-dir", dataDir.toString(),
        "--input", CatalogueSources.dataDirectory().toString());
  }

  private static String runMain(String... args) throws IOException {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      TrainingDay.main(args);
    } finally {
      System.setOut(original);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void directoryImport_readsEveryRecordOfTheRealExport() {
    AafImportReport report = first.directory();

    assertThat(report.entries("EtabEducNat")).isEqualTo(10);
    assertThat(report.entries("Eleve")).isEqualTo(642);
    assertThat(report.entries("PersEducNat")).isEqualTo(701);
    assertThat(report.entries("PersRelEleve")).isEqualTo(1_811);
    assertThat(report.rejections()).isEmpty();
    assertThat(firstReport).contains("FULL_ENTTSSERVICES_Complet_20130117_Eleve_0001.xml",
        "now known: 642 pupils, 701 staff, 1811 parents, 10 establishments");
  }

  @Test
  void directoryImport_keepsTheSixStructuresWithAWrongCheckLetterAndSaysSo() {
    assertThat(first.directory().anomalies("WRONG_UAI_CHECK_LETTER")).isEqualTo(6);
    assertThat(firstReport).contains("WRONG_UAI_CHECK_LETTER", "x6");
  }

  @Test
  void catalogue_holdsTheOnisepAndMathaleaResources() {
    assertThat(first.catalogueSize()).isEqualTo(14_253);
    assertThat(firstReport).contains("catalogue holds 14253 resources (14253 new), index holds"
        + " 14253");
  }

  @Test
  void exercises_leaveTwoDocumentsAndOneFolderInThePersonalSpace() {
    Exercises done = first.exercises();

    assertThat(done.folder().name().value()).isEqualTo(TrainingDay.FOLDER);
    assertThat(done.copied().origin()).startsWith("catalogue:onisep:");
    assertThat(done.instructions().name().value()).isEqualTo(TrainingDay.INSTRUCTIONS);
    assertThat(firstReport).contains("a) folder", "b) catalogue resource", "c) document",
        "d) 'Consignes — fiche métier.txt' sent to", "d) shared into the space of class",
        "e) news").doesNotContain("reused");
    assertThat(firstReport).contains("documents             2 of          300",
        "folders               1 of          100");
  }

  @Test
  void readers_areTheTeacherTheColleagueAndEveryMemberOfTheClass() {
    Set<PersonId> expected = new HashSet<>(first.roles().schoolClass().students());
    expected.addAll(first.roles().schoolClass().teachers());
    expected.add(first.roles().colleague().id());

    assertThat(first.readers()).extracting(Person::id)
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(firstReport).contains(first.readers().size() + " readers");
  }

  @Test
  void search_findsProbabilityExercisesOfThe3e() {
    assertThat(first.search().total()).isPositive();
    assertThat(first.search().hits()).allSatisfy(hit ->
        assertThat(hit.id().value()).startsWith("mathalea:"));
  }

  @Test
  void secondRun_reusesTheDataDirectoryAndDuplicatesNothing() {
    assertThat(second.directory().changedNothing()).isTrue();
    assertThat(second.catalogueSize()).isEqualTo(first.catalogueSize());
    assertThat(second.roles().teacher().id()).isEqualTo(first.roles().teacher().id());
    assertThat(second.exercises().instructions().id())
        .isEqualTo(first.exercises().instructions().id());
    assertThat(second.exercises().copied().id()).isEqualTo(first.exercises().copied().id());
    assertThat(second.exercises().toColleague()).isEqualTo(first.exercises().toColleague());
    assertThat(second.exercises().toClass()).isEqualTo(first.exercises().toClass());
    assertThat(second.exercises().news()).isEqualTo(first.exercises().news());
    assertThat(secondReport).contains("catalogue holds 14253 resources (0 new)")
        .contains("documents             2 of          300")
        .doesNotContain("— done");
    assertThat(secondReport.split("already there, reused", -1)).hasSize(7);
  }

  @Test
  void main_reusesTheDataDirectoryAndRebuildsALostIndex() {
    assertThat(thirdReport)
        .contains("the index did not match the database: rebuilt it from the database")
        .contains("catalogue holds 14253 resources (0 new), index holds 14253")
        .contains("30 readers");
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  @Test
  void documentSearch_findsTheInstructionsSharedWithTheClass_forAPupilOfIt() {
    assertThat(first.foundDocuments()).extracting(d -> d.id())
        .containsExactly(first.exercises().instructions().id());
    assertThat(second.foundDocuments()).extracting(d -> d.id())
        .containsExactly(second.exercises().instructions().id());
    assertThat(firstReport).contains("9. Searching one's documents",
        "searches \"" + TrainingDay.DOCUMENT_QUERY + "\": 1 document(s)");
  }
}
