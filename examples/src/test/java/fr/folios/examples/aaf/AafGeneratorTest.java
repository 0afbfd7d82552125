package fr.folios.examples.aaf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.ProgressListener;
import fr.folios.core.directory.Person;
import fr.folios.core.directory.Profile;
import fr.folios.core.directory.SchoolClass;
import fr.folios.core.directory.SchoolYear;
import fr.folios.core.directory.aaf.AafImport;
import fr.folios.core.directory.aaf.AafImportReport;
import fr.folios.core.memory.InMemoryPersistence;
import fr.folios.core.spi.DirectoryRepository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AafGeneratorTest {

  private static final AafGenerator.Scale SMALL = new AafGenerator.Scale(3, 200, 30, 1.6, 4, 70);
  private static final SchoolYear YEAR = new SchoolYear(2026);

  @TempDir
  Path dir;

  @Test
  void writeTo_givesAnExportImportedWithoutRejectionOrAnomaly() throws IOException {
    AafGenerator.Summary summary = new AafGenerator(42, SMALL).writeTo(dir);
    InMemoryPersistence store = InMemoryPersistence.create();

    AafImportReport report = importInto(store, summary);

    assertThat(report.rejections()).isEmpty();
    assertThat(report.anomalies()).isEmpty();
    assertThat(report.files().stream().mapToLong(AafImportReport.FileCounts::read).sum())
        .isEqualTo(summary.records()).isEqualTo(3 + 30 + 200 + 320);
    assertThat(report.entries("EtabEducNat")).isEqualTo(3);
    assertThat(report.entries("PersEducNat")).isEqualTo(30);
    assertThat(report.entries("Eleve")).isEqualTo(200);
    assertThat(report.entries("PersRelEleve")).isEqualTo(320);
  }

  @Test
  void writeTo_givesPeopleOfEachProfileClassesGroupsAndOnePsychologistPerEstablishment()
      throws IOException {
    InMemoryPersistence store = InMemoryPersistence.create();
    importInto(store, new AafGenerator(42, SMALL).writeTo(dir));
    DirectoryRepository directory = store.directory();

    assertThat(directory.countPeople(Profile.STUDENT)).isEqualTo(200);
    assertThat(directory.countPeople(Profile.EDUCATIONAL_STAFF)).isEqualTo(30);
    assertThat(directory.countPeople(Profile.PARENT)).isEqualTo(320);
    assertThat(directory.countClasses()).isEqualTo(3 * 4);
    assertThat(directory.countGroups()).isEqualTo(3);
    assertThat(directory.establishments()).allSatisfy(e -> {
      assertThat(e.uai().hasValidCheckLetter()).isTrue();
      assertThat(e.academy()).isNotNull();
      assertThat(staff(directory, e.id()).stream().filter(Person::guidancePsychologist))
          .hasSize(1);
    });
  }

  @Test
  void writeTo_givesEveryClassPupilsAndAMainTeacherAndEveryParentAChild() throws IOException {
    InMemoryPersistence store = InMemoryPersistence.create();
    importInto(store, new AafGenerator(42, SMALL).writeTo(dir));
    DirectoryRepository directory = store.directory();

    List<SchoolClass> classes = new ArrayList<>();
    directory.establishments().forEach(e -> classes.addAll(directory.classes(e.id(), YEAR)));

    assertThat(classes).hasSize(12).allSatisfy(c -> {
      assertThat(c.mainTeachers()).hasSize(1);
      assertThat(c.students()).isNotEmpty();
    });
    assertThat(directory.establishments()).allSatisfy(e ->
        assertThat(directory.people(e.id(), Profile.PARENT))
            .allSatisfy(parent -> assertThat(parent.children()).isNotEmpty()));
  }

  @Test
  void writeTo_givesAnExportASecondImportLeavesUnchanged() throws IOException {
    AafGenerator.Summary summary = new AafGenerator(42, SMALL).writeTo(dir);
    InMemoryPersistence store = InMemoryPersistence.create();
    importInto(store, summary);

    AafImportReport again = importInto(store, summary);

    assertThat(again.changedNothing()).isTrue();
    assertThat(again.files()).allSatisfy(f -> assertThat(f.unchanged()).isEqualTo(f.read()));
    assertThat(again.rejections()).isEmpty();
  }

  @Test
  void writeTo_givesByteIdenticalFilesForTheSameSeedAndOthersForAnother() throws IOException {
    AafGenerator.Summary first = new AafGenerator(42, SMALL).writeTo(dir.resolve("a"));
    AafGenerator.Summary same = new AafGenerator(42, SMALL).writeTo(dir.resolve("b"));
    AafGenerator.Summary other = new AafGenerator(43, SMALL).writeTo(dir.resolve("c"));

    assertThat(names(same)).isEqualTo(names(first)).isEqualTo(names(other));
    for (int i = 0; i < first.files().size(); i++) {
      assertThat(Files.mismatch(first.files().get(i), same.files().get(i))).isEqualTo(-1);
    }
    assertThat(Files.mismatch(first.files().get(0), other.files().get(0))).isNotEqualTo(-1);
  }

  @Test
  void writeTo_splitsEachCategoryInNumberedUtf8Chunks() throws IOException {
    AafGenerator.Summary summary = new AafGenerator(42, SMALL).writeTo(dir);

    assertThat(names(summary)).containsExactly(
        "FULL_FOLIOS_Complet_20260901_EtabEducNat_0000.xml",
        "FULL_FOLIOS_Complet_20260901_PersEducNat_0000.xml",
        "FULL_FOLIOS_Complet_20260901_Eleve_0000.xml",
        "FULL_FOLIOS_Complet_20260901_Eleve_0001.xml",
        "FULL_FOLIOS_Complet_20260901_Eleve_0002.xml",
        "FULL_FOLIOS_Complet_20260901_PersRelEleve_0000.xml",
        "FULL_FOLIOS_Complet_20260901_PersRelEleve_0001.xml",
        "FULL_FOLIOS_Complet_20260901_PersRelEleve_0002.xml",
        "FULL_FOLIOS_Complet_20260901_PersRelEleve_0003.xml",
        "FULL_FOLIOS_Complet_20260901_PersRelEleve_0004.xml");
    String eleve = Files.readString(summary.files().get(2), StandardCharsets.UTF_8);
    assertThat(eleve).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ficAlimMENESR>")
        .contains("<attr name=\"categoriePersonne\"><value>Eleve</value></attr>")
        .containsPattern("<attr name=\"ENTElevePersRelEleve\"><value>\\d+\\$2\\$1\\$1\\$1\\$1");
    assertThat(summary.bytes()).isEqualTo(sizes(summary));
  }

  @Test
  void writeTo_streamsAnExportFourTimesLargerThanItsHeap() throws Exception {
    // A child JVM gets 10 MB of heap and writes an export of more than 40 MB (about 45 MB):
    // the export held in memory, even as one-byte-per-character strings, would not fit, so
    // the generator can only succeed by streaming.
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-Xmx10m", "-cp", System.getProperty("java.class.path"),
        AafGenerator.class.getName(), "--out", dir.toString(), "--seed", "5",
        "--establishments", "40", "--pupils", "20000", "--staff", "2000", "--classes", "20",
        "--records-per-file", "50000")
        .redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile()).start();

    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(child.exitValue()).as(Files.readString(dir.resolve("out.txt"))).isZero();
    long bytes;
    try (Stream<Path> files = Files.list(dir)) {
      bytes = files.filter(f -> f.toString().endsWith(".xml"))
          .mapToLong(f -> f.toFile().length()).sum();
    }
    assertThat(bytes).isGreaterThan(40L << 20);
  }

  @Test
  void main_writesTheExportItsArgumentsDescribe() throws IOException {
    AafGenerator.main(new String[] {"--out", dir.toString(), "--seed", "7",
        "--establishments", "2", "--pupils", "10", "--staff", "4", "--classes", "2"});

    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString())).hasSize(4)
          .contains("FULL_FOLIOS_Complet_20260901_Eleve_0000.xml");
    }
  }

  @Test
  void main_refusesAnUnknownScale() {
    assertThatThrownBy(() -> AafGenerator.main(new String[] {"--out", dir.toString(),
        "--scale", "huge"})).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("small or academie");
  }

  @Test
  void scale_refusesFewerStaffThanEstablishments() {
    assertThatThrownBy(() -> new AafGenerator.Scale(10, 100, 9, 1.6, 4, 100))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("staff is 9; it must be between 10 and 9000000: choose a count in that"
            + " range");
  }

  @Test
  void scale_academieHoldsFourHundredThousandRelatives() {
    assertThat(AafGenerator.Scale.ACADEMIE.relatives()).isEqualTo(400_000);
  }

  @Property(tries = 25)
  void writeTo_givesAConsistentExportAtAnyScale(@ForAll @IntRange(min = 1, max = 4) int etabs,
      @ForAll @IntRange(max = 40) int pupils, @ForAll @IntRange(max = 6) int extraStaff,
      @ForAll @IntRange(max = 30) int relativesTenths, @ForAll @IntRange(min = 1, max = 5)
      int classes, @ForAll @IntRange(min = 1, max = 15) int perFile, @ForAll long seed)
      throws IOException {
    AafGenerator.Scale scale = new AafGenerator.Scale(etabs, pupils, etabs + extraStaff,
        relativesTenths / 10.0, classes, perFile);
    Path out = Files.createTempDirectory("aaf-generator");
    try {
      AafGenerator.Summary summary = new AafGenerator(seed, scale).writeTo(out);
      AafImportReport report = importInto(InMemoryPersistence.create(), summary);

      assertThat(report.rejections()).isEmpty();
      assertThat(report.anomalies()).isEmpty();
      assertThat(summary.relatives()).isEqualTo(scale.relatives());
      assertThat(report.entries("PersRelEleve")).isEqualTo(scale.relatives());
    } finally {
      delete(out);
    }
  }

  private static AafImportReport importInto(InMemoryPersistence store,
      AafGenerator.Summary summary) throws IOException {
    return new AafImport(store).importFiles(summary.files(), YEAR, ProgressListener.NONE);
  }

  private static List<Person> staff(DirectoryRepository directory,
      fr.folios.core.directory.EstablishmentId establishment) {
    return directory.people(establishment, Profile.EDUCATIONAL_STAFF);
  }

  private static List<String> names(AafGenerator.Summary summary) {
    return summary.files().stream().map(f -> f.getFileName().toString()).toList();
  }

  private static long sizes(AafGenerator.Summary summary) throws IOException {
    long bytes = 0;
    for (Path file : summary.files()) {
      bytes += Files.size(file);
    }
    return bytes;
  }

  private static void delete(Path directory) throws IOException {
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
