package fr.folios.core.directory.aaf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.InvalidInputException;
import fr.folios.core.directory.Establishment;
import fr.folios.core.directory.Person;
import fr.folios.core.directory.Profile;
import fr.folios.core.directory.SchoolClass;
import fr.folios.core.directory.SchoolYear;
import fr.folios.core.memory.InMemoryPersistence;
import fr.folios.core.spi.DirectoryRepository;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AafImportTest {

  private static final SchoolYear YEAR = new SchoolYear(2024);
  private static final Clock DAY_ONE = Clock.fixed(Instant.parse("2024-09-02T06:00:00Z"),
      ZoneId.of("Europe/Paris"));
  private static final String[] EXPORT = {
      "FULL_FOLIOSTEST_Complet_20240902_EtabEducNat_0000.xml",
      "FULL_FOLIOSTEST_Complet_20240902_MatiereEducNat_0000.xml",
      "FULL_FOLIOSTEST_Complet_20240902_MefEducNat_0000.xml",
      "FULL_FOLIOSTEST_Complet_20240902_PersEducNat_0000.xml",
      "FULL_FOLIOSTEST_Complet_20240902_Eleve_0000.xml",
      "clean-FULL_FOLIOSTEST_Complet_20240902_PersRelEleve_0000.xml"};

  @TempDir
  Path dir;

  private final InMemoryPersistence store = InMemoryPersistence.create();
  private final DirectoryRepository directory = store.directory();

  @Test
  void importFiles_accountsForEveryRecordWhateverTheOrderGiven() throws IOException {
    List<Path> files = new ArrayList<>(copyExport());
    java.util.Collections.reverse(files);

    AafImportReport report = importAll(files);

    assertThat(report.files()).extracting(AafImportReport.FileCounts::category)
        .containsExactly("EtabEducNat", "MatiereEducNat", "MefEducNat", "PersEducNat", "Eleve",
            "PersRelEleve");
    for (AafImportReport.FileCounts file : report.files()) {
      assertThat(file.added() + file.updated() + file.unchanged() + file.leaving()
          + file.rejected() + file.skipped()).as(file.fileName()).isEqualTo(file.read());
    }
    assertThat(report.entries("EtabEducNat")).isEqualTo(2);
    assertThat(report.entries("Eleve")).isEqualTo(3);
    assertThat(report.entries("PersEducNat")).isEqualTo(2);
    assertThat(directory.countPeople(Profile.STUDENT)).isEqualTo(3);
    assertThat(directory.countPeople(Profile.EDUCATIONAL_STAFF)).isEqualTo(2);
  }

  @Test
  void importFiles_buildsClassesWithPupilsTeachersAndMainTeacher() throws IOException {
    importAll(copyExport());

    Establishment college = directory.findEstablishmentByJoinKey("90001").orElseThrow();
    SchoolClass troisA = directory.findClass(college.id(), YEAR, "3A").orElseThrow();
    Person teacher = directory.findPersonByJoinKey("9200001").orElseThrow();

    assertThat(troisA.students()).hasSize(2);
    assertThat(troisA.mainTeachers()).containsExactly(teacher.id());
    assertThat(directory.findClass(college.id(), YEAR, "4B").orElseThrow().teachers())
        .containsExactly(teacher.id());
    assertThat(directory.findClass(college.id(), YEAR, "4B").orElseThrow().mainTeachers())
        .isEmpty();
  }

  @Test
  void importFiles_flagsGuidancePsychologistsFromFunctionOri() throws IOException {
    importAll(copyExport());

    assertThat(directory.findPersonByJoinKey("9200002").orElseThrow().guidancePsychologist())
        .isTrue();
    assertThat(directory.findPersonByJoinKey("9200001").orElseThrow().guidancePsychologist())
        .isFalse();
  }

  @Test
  void importFiles_linksParentsToThePupilsTheyAreLegallyResponsibleFor() throws IOException {
    importAll(copyExport());

    Person pupil = directory.findPersonByJoinKey("9100001").orElseThrow();
    Person parent = directory.findPersonByJoinKey("9300001").orElseThrow();

    assertThat(parent.profile()).isEqualTo(Profile.PARENT);
    assertThat(parent.children()).containsExactly(pupil.id());
    assertThat(parent.establishments()).isEqualTo(pupil.establishments());
  }

  @Test
  void importFiles_twiceChangesNothingTheSecondTime() throws IOException {
    List<Path> files = copyExport();
    importAll(files);
    long classes = directory.countClasses();

    AafImportReport again = importAll(files);

    assertThat(again.changedNothing()).isTrue();
    assertThat(again.rejections()).isEmpty();
    assertThat(directory.countClasses()).isEqualTo(classes);
    assertThat(directory.countPeople(Profile.STUDENT)).isEqualTo(3);
  }

  @Test
  void importFiles_keepsAnEstablishmentWithAWrongCheckLetterAndReportsIt() throws IOException {
    Path etab = write("FULL_X_EtabEducNat_0000.xml", record("EtabEducNat", "addRequest", "77",
        attr("ENTStructureJointure", "77") + attr("ENTStructureUAI", "1004001V")
            + attr("ENTServAcAcademie", "AIX-MARSEILLE")));
    Path eleve = write("FULL_X_Eleve_0000.xml", record("Eleve", "addRequest", "1",
        attr("ENTPersonJointure", "1") + attr("sn", "Morel") + attr("givenName", "Léa")
            + attr("ENTPersonStructRattach", "77") + attr("ENTEleveClasses", "77$3B")));

    AafImportReport report = importAll(List.of(eleve, etab));

    assertThat(report.anomalies()).singleElement().satisfies(anomaly -> {
      assertThat(anomaly.kind()).isEqualTo("WRONG_UAI_CHECK_LETTER");
      assertThat(anomaly.detail()).contains("1004001V", "'F'", "kept as given");
    });
    Establishment kept = directory.findEstablishmentByJoinKey("77").orElseThrow();
    assertThat(kept.academy()).isNotNull();
    assertThat(directory.findClass(kept.id(), YEAR, "3B").orElseThrow().students()).hasSize(1);
  }

  @Test
  void importFiles_attachesStaffToTheEstablishmentsOfTheClassesTheyTeach() throws IOException {
    Path etab = write("FULL_X_EtabEducNat_0000.xml", record("EtabEducNat", "addRequest", "77",
        attr("ENTStructureJointure", "77") + attr("ENTStructureUAI", "0350057X")));
    Path staff = write("FULL_X_PersEducNat_0000.xml", record("PersEducNat", "addRequest", "5",
        attr("ENTPersonJointure", "5") + attr("sn", "Crepier")
            + attr("ENTAuxEnsClasses", "77$1S2")));

    importAll(List.of(staff, etab));

    Establishment lycee = directory.findEstablishmentByJoinKey("77").orElseThrow();
    assertThat(directory.findPersonByJoinKey("5").orElseThrow().establishments())
        .containsExactly(lycee.id());
  }

  @Test
  void importFiles_reportsReferencesToStructuresAbsentFromTheExport() throws IOException {
    Path staff = write("FULL_X_PersEducNat_0000.xml", record("PersEducNat", "addRequest", "5",
        attr("ENTPersonJointure", "5") + attr("sn", "Durand")
            + attr("ENTAuxEnsClassesPrincipal", "50477$302")));

    AafImportReport report = importAll(List.of(staff));

    assertThat(report.anomalies(("UNKNOWN_STRUCTURE"))).isEqualTo(1);
    assertThat(report.anomalies().get(0).detail()).contains("main-teacher flag 50477$302",
        "absent from the export");
    assertThat(directory.countClasses()).isZero();
  }

  @Test
  void importFiles_detachesAMainTeacherFromTheClassTheExportNoLongerGives() throws IOException {
    Path etab = write("FULL_X_EtabEducNat_0000.xml", record("EtabEducNat", "addRequest", "77",
        attr("ENTStructureJointure", "77") + attr("ENTStructureUAI", "0350057X")));
    importAll(List.of(etab, staffFile("FULL_X_PersEducNat_0000.xml", "3eB", "LATIN")));

    AafImportReport report = importAll(List.of(etab,
        staffFile("FULL_Y_PersEducNat_0000.xml", "4eA", "GREC")));

    Establishment lycee = directory.findEstablishmentByJoinKey("77").orElseThrow();
    Person teacher = directory.findPersonByJoinKey("5").orElseThrow();
    assertThat(directory.classesOf(teacher.id())).singleElement().satisfies(c -> {
      assertThat(c.code()).isEqualTo("4eA");
      assertThat(c.mainTeachers()).containsExactly(teacher.id());
    });
    assertThat(directory.findClass(lycee.id(), YEAR, "3eB").orElseThrow().hasMember(
        teacher.id())).isFalse();
    assertThat(directory.groupsOf(teacher.id())).extracting(g -> g.code())
        .containsExactly("GREC");
    assertThat(report.files().get(1).updated()).isEqualTo(1);
  }

  @Test
  void importFiles_dropsTheMainTeacherFlagNoLongerGivenOnlyWhenTheRecordGivesOne()
      throws IOException {
    Path etab = write("FULL_X_EtabEducNat_0000.xml", record("EtabEducNat", "addRequest", "77",
        attr("ENTStructureJointure", "77") + attr("ENTStructureUAI", "0350057X")));
    importAll(List.of(etab, staffFile("FULL_X_PersEducNat_0000.xml", "3eB", "LATIN")));
    Path silent = write("FULL_Y_PersEducNat_0000.xml", record("PersEducNat", "addRequest", "5",
        attr("ENTPersonJointure", "5") + attr("sn", "Durand")
            + attr("ENTAuxEnsClasses", "77$3eB") + attr("ENTAuxEnsClasses", "77$4eA")
            + attr("ENTAuxEnsClassesPrincipal", "")));
    Path other = write("FULL_Z_PersEducNat_0000.xml", record("PersEducNat", "addRequest", "5",
        attr("ENTPersonJointure", "5") + attr("sn", "Durand")
            + attr("ENTAuxEnsClasses", "77$3eB") + attr("ENTAuxEnsClassesPrincipal", "77$4eA")));

    importAll(List.of(etab, silent));
    Person teacher = directory.findPersonByJoinKey("5").orElseThrow();
    List<SchoolClass> kept = directory.classesOf(teacher.id());
    importAll(List.of(etab, other));

    assertThat(kept).filteredOn(c -> c.code().equals("3eB")).singleElement()
        .satisfies(c -> assertThat(c.mainTeachers()).containsExactly(teacher.id()));
    assertThat(directory.classesOf(teacher.id())).extracting(c -> c.code() + " "
        + c.mainTeachers().contains(teacher.id())).containsExactly("3eB false", "4eA true");
  }

  @Test
  void importFiles_movesAPupilWhoChangesClassAndLeavesOtherYearsAlone() throws IOException {
    Path etab = write("FULL_X_EtabEducNat_0000.xml", record("EtabEducNat", "addRequest", "77",
        attr("ENTStructureJointure", "77") + attr("ENTStructureUAI", "0350057X")));
    new AafImport(store).importFiles(List.of(etab, pupilFile("FULL_W_Eleve_0000.xml", "5eC")),
        new SchoolYear(2023), (step, done, total) -> { });
    importAll(List.of(etab, pupilFile("FULL_X_Eleve_0000.xml", "4eA")));

    AafImportReport report = importAll(List.of(etab, pupilFile("FULL_Y_Eleve_0000.xml", "4eB")));

    Person pupil = directory.findPersonByJoinKey("1").orElseThrow();
    assertThat(directory.classesOf(pupil.id())).extracting(SchoolClass::displayName)
        .containsExactly("5eC (2023-2024)", "4eB (2024-2025)");
    assertThat(report.files().get(1).updated()).isEqualTo(1);
  }

  @Test
  void importFiles_twiceWithChangedFunctionsIsUnchangedTheSecondTime() throws IOException {
    Path etab = write("FULL_X_EtabEducNat_0000.xml", record("EtabEducNat", "addRequest", "77",
        attr("ENTStructureJointure", "77") + attr("ENTStructureUAI", "0350057X")));
    importAll(List.of(etab, staffFile("FULL_X_PersEducNat_0000.xml", "3eB", "LATIN")));
    Path moved = staffFile("FULL_Y_PersEducNat_0000.xml", "4eA", "GREC");
    importAll(List.of(etab, moved));

    AafImportReport again = importAll(List.of(etab, moved));

    assertThat(again.changedNothing()).isTrue();
    assertThat(again.files().get(1).unchanged()).isEqualTo(1);
  }

  @Test
  void importFiles_marksAPersonsDeleteRequestAsLeavingWithoutDeletingThem() throws IOException {
    Path first = write("FULL_X_Eleve_0000.xml", record("Eleve", "addRequest", "1",
        attr("ENTPersonJointure", "1") + attr("sn", "Morel")));
    new AafImport(store, DAY_ONE).importFiles(List.of(first), YEAR, (step, done, total) -> { });
    Path delta = write("DELTA_X_Eleve_0000.xml", record("Eleve", "deleteRequest", "1",
        attr("ENTPersonJointure", "1")) + record("Eleve", "addRequest", "2",
        attr("ENTPersonJointure", "2") + attr("sn", "Petit")));

    AafImportReport report = new AafImport(store, DAY_ONE).importFiles(List.of(delta), YEAR,
        (step, done, total) -> { });
    AafImportReport again = new AafImport(store, DAY_ONE).importFiles(List.of(delta), YEAR,
        (step, done, total) -> { });

    assertThat(report.files().get(0).leaving()).isEqualTo(1);
    assertThat(report.files().get(0).added()).isEqualTo(1);
    assertThat(report.leaving("Eleve")).isEqualTo(1);
    assertThat(report.rejections()).isEmpty();
    assertThat(directory.findPersonByJoinKey("1").orElseThrow().leavingSince())
        .isEqualTo(LocalDate.of(2024, 9, 2));
    assertThat(again.changedNothing()).isTrue();
    assertThat(again.files().get(0).unchanged()).isEqualTo(2);
  }

  @Test
  void importFiles_refusesDeleteRequestsOfStructuresAndOfUnknownPeople() throws IOException {
    Path etab = write("DELTA_X_EtabEducNat_0000.xml", record("EtabEducNat", "deleteRequest",
        "77", attr("ENTStructureJointure", "77")));
    Path eleve = write("DELTA_X_Eleve_0000.xml", record("Eleve", "deleteRequest", "1",
        attr("ENTPersonJointure", "1")));

    AafImportReport report = importAll(List.of(eleve, etab));

    assertThat(report.rejections()).extracting(AafImportReport.Issue::detail).satisfiesExactly(
        structure -> assertThat(structure).contains("structure 77", "never deleted by a feed"),
        person -> assertThat(person).contains("join key 1", "knows no one"));
    assertThat(report.files()).allSatisfy(f -> assertThat(f.rejected()).isEqualTo(1));
    assertThat(directory.countPeople(Profile.STUDENT)).isZero();
  }

  @Test
  void importFiles_fullExportMarksThePeopleItNoLongerListsAsLeaving() throws IOException {
    List<Path> files = copyExport();
    importAll(files);
    Path fewer = write("FULL_Y_Eleve_0000.xml", record("Eleve", "addRequest", "9100001",
        attr("ENTPersonJointure", "9100001") + attr("sn", "Morel")));

    AafImportReport report = new AafImport(store, DAY_ONE).importFiles(List.of(fewer), YEAR,
        AafImport.Mode.FULL, (step, done, total) -> { });

    assertThat(report.leavers()).hasSize(2).allSatisfy(leaver -> {
      assertThat(leaver.category()).isEqualTo("Eleve");
      assertThat(leaver.since()).isEqualTo(LocalDate.of(2024, 9, 2));
      assertThat(directory.findPersonByJoinKey(leaver.joinKey()).orElseThrow().leaving())
          .isTrue();
    });
    assertThat(report.leaving("Eleve")).isEqualTo(2);
    assertThat(report.leaving("PersEducNat")).isZero();
    assertThat(directory.findPersonByJoinKey("9100001").orElseThrow().leaving()).isFalse();
    assertThat(directory.findPersonByJoinKey("9200001").orElseThrow().leaving()).isFalse();
  }

  @Test
  void importFiles_fullExportTwiceChangesNothingAndAReturningPersonIsNoLongerLeaving()
      throws IOException {
    List<Path> files = copyExport();
    AafImport importer = new AafImport(store, DAY_ONE);
    importer.importFiles(files, YEAR, AafImport.Mode.FULL, (step, done, total) -> { });
    Path fewer = write("FULL_Y_Eleve_0000.xml", record("Eleve", "addRequest", "9100001",
        attr("ENTPersonJointure", "9100001") + attr("sn", "Morel")));
    importer.importFiles(List.of(fewer), YEAR, AafImport.Mode.FULL, (step, done, total) -> { });

    AafImportReport twice = importer.importFiles(List.of(fewer), YEAR, AafImport.Mode.FULL,
        (step, done, total) -> { });
    AafImportReport back = importer.importFiles(files, YEAR, AafImport.Mode.FULL,
        (step, done, total) -> { });

    assertThat(twice.changedNothing()).isTrue();
    assertThat(back.leavers()).isEmpty();
    assertThat(back.files()).filteredOn(f -> f.category().equals("Eleve")).singleElement()
        .satisfies(f -> assertThat(f.updated()).as("2 back, 1 listed again in full")
            .isEqualTo(3));
    assertThat(directory.people(Profile.STUDENT)).noneMatch(Person::leaving);
  }

  @Test
  void purgeLeavers_removesOnlyThoseWhoseGracePeriodIsOver() throws IOException {
    List<Path> files = copyExport();
    importAll(files);
    Path fewer = write("FULL_Y_Eleve_0000.xml", record("Eleve", "addRequest", "9100001",
        attr("ENTPersonJointure", "9100001") + attr("sn", "Morel")));
    new AafImport(store, DAY_ONE).importFiles(List.of(fewer), YEAR, AafImport.Mode.FULL,
        (step, done, total) -> { });
    String leaver = directory.people(Profile.STUDENT).stream().filter(Person::leaving)
        .map(Person::joinKey).findFirst().orElseThrow();
    Person before = directory.findPersonByJoinKey(leaver).orElseThrow();
    Duration grace = Duration.ofDays(30);

    int early = new AafImport(store, daysAfterDayOne(29)).purgeLeavers(grace);
    int late = new AafImport(store, daysAfterDayOne(31)).purgeLeavers(grace);
    int again = new AafImport(store, daysAfterDayOne(32)).purgeLeavers(grace);

    assertThat(early).isZero();
    assertThat(late).isEqualTo(2);
    assertThat(again).isZero();
    Person after = directory.findPersonByJoinKey(leaver).orElseThrow();
    assertThat(after.establishments()).isEmpty();
    assertThat(after.leavingSince()).isEqualTo(before.leavingSince());
    assertThat(directory.classesOf(after.id())).isEmpty();
    assertThat(directory.groupsOf(after.id())).isEmpty();
    assertThat(directory.findPersonByJoinKey("9200001").orElseThrow().establishments())
        .isNotEmpty();
  }

  @Test
  void importFiles_appliesAPartialModificationToWhatIsStored() throws IOException {
    Path etab = write("FULL_X_EtabEducNat_0000.xml", record("EtabEducNat", "addRequest", "77",
        attr("ENTStructureJointure", "77") + attr("ENTStructureUAI", "0350057X")));
    importAll(List.of(etab, staffFile("FULL_X_PersEducNat_0000.xml", "3eB", "LATIN")));
    Path delta = write("DELTA_X_PersEducNat_0000.xml", modification("PersEducNat", "5",
        change("sn", "replace", "Dupont") + change("ENTAuxEnsClasses", "add", "77$4eA")
            + change("ENTAuxEnsClassesPrincipal", "delete", "77$3eB")
            + change("ENTAuxEnsGroupes", "delete", "")));

    AafImportReport report = importAll(List.of(delta));
    AafImportReport again = importAll(List.of(delta));

    Person teacher = directory.findPersonByJoinKey("5").orElseThrow();
    assertThat(teacher.lastName()).isEqualTo("Dupont");
    assertThat(teacher.establishments()).hasSize(1);
    assertThat(directory.classesOf(teacher.id())).extracting(SchoolClass::code)
        .containsExactly("3eB", "4eA");
    assertThat(directory.classesOf(teacher.id())).allSatisfy(c -> {
      assertThat(c.teachers()).contains(teacher.id());
      assertThat(c.mainTeachers()).isEmpty();
    });
    assertThat(directory.groupsOf(teacher.id())).isEmpty();
    assertThat(report.files().get(0).updated()).isEqualTo(1);
    assertThat(report.rejections()).isEmpty();
    assertThat(again.changedNothing()).isTrue();
  }

  @Test
  void importFiles_refusesPartialModificationsOfStructuresAndOfUnknownPeople()
      throws IOException {
    Path etab = write("DELTA_X_EtabEducNat_0000.xml", modification("EtabEducNat", "77",
        change("ENTStructureNomCourant", "replace", "Lycée")));
    Path eleve = write("DELTA_X_Eleve_0000.xml", modification("Eleve", "1",
        change("sn", "replace", "Morel")));

    AafImportReport report = importAll(List.of(eleve, etab));

    assertThat(report.rejections()).extracting(AafImportReport.Issue::detail).satisfiesExactly(
        structure -> assertThat(structure).contains("partial modifications of structures"),
        person -> assertThat(person).contains("join key 1", "knows no one"));
    assertThat(directory.countPeople(Profile.STUDENT)).isZero();
  }

  @Test
  void purgeLeavers_refusesANegativeGracePeriod() {
    assertThatThrownBy(() -> new AafImport(store).purgeLeavers(Duration.ofDays(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PT-24H");
  }

  @Test
  void importFiles_stoppedByAMalformedFileReportsWhatItAppliedAndWhatItDidNotRead()
      throws IOException {
    Path etab = write("FULL_X_EtabEducNat_0000.xml", record("EtabEducNat", "addRequest", "77",
        attr("ENTStructureJointure", "77") + attr("ENTStructureUAI", "0350057X")));
    Path eleve = write("FULL_X_Eleve_0000.xml", record("Eleve", "addRequest", "1",
        attr("ENTPersonJointure", "1") + attr("sn", "Un"))
        + record("Eleve", "addRequest", "2", attr("ENTPersonJointure", "2") + attr("sn", "Deux"))
        + "<addRequest><oops></addRequest>");
    Path parents = write("FULL_X_PersRelEleve_0000.xml", record("PersRelEleve", "addRequest",
        "9", attr("ENTPersonJointure", "9") + attr("sn", "Parent")));

    assertThatThrownBy(() -> importAll(List.of(parents, eleve, etab)))
        .isInstanceOfSatisfying(AafImportException.class, stopped -> {
          assertThat(stopped.report().entries("Eleve")).isEqualTo(2);
          assertThat(stopped.report().entries("EtabEducNat")).isEqualTo(1);
          assertThat(stopped.getMessage()).contains("stopped at 'FULL_X_Eleve_0000.xml'",
              "3 records before it were applied", "[FULL_X_PersRelEleve_0000.xml]",
              "import the export again");
        });
    assertThat(directory.findPersonByJoinKey("2")).isPresent();
    assertThat(directory.findPersonByJoinKey("9")).isEmpty();
  }

  @Test
  void importFiles_withAMissingFileImportsNothing() throws IOException {
    Path etab = write("FULL_X_EtabEducNat_0000.xml", record("EtabEducNat", "addRequest", "77",
        attr("ENTStructureJointure", "77") + attr("ENTStructureUAI", "0350057X")));

    assertThatThrownBy(() -> importAll(List.of(etab, dir.resolve("FULL_X_Eleve_0000.xml"))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("is not a readable file; nothing was imported");
    assertThat(directory.establishments()).isEmpty();
  }

  @Test
  void importFiles_refusesTheSecondRecordOfAJoinKey() throws IOException {
    Path eleve = write("FULL_X_Eleve_0000.xml", record("Eleve", "addRequest", "1",
        attr("ENTPersonJointure", "P1") + attr("sn", "First"))
        + record("Eleve", "addRequest", "1", attr("ENTPersonJointure", "P1")
        + attr("sn", "SecondWithSameKey")));

    AafImportReport report = importAll(List.of(eleve));

    assertThat(report.rejections()).singleElement().satisfies(rejection -> {
      assertThat(rejection.position()).isEqualTo(2);
      assertThat(rejection.detail()).contains("person P1 was already given by record 1");
    });
    assertThat(directory.findPersonByJoinKey("P1").orElseThrow().lastName()).isEqualTo("First");
  }

  @Test
  void importFiles_refusesARecordThatWouldChangeAPersonsProfile() throws IOException {
    Path staff = write("FULL_X_PersEducNat_0000.xml", record("PersEducNat", "addRequest", "T1",
        attr("ENTPersonJointure", "T1") + attr("sn", "Prof")));
    Path eleve = write("FULL_X_Eleve_0000.xml", record("Eleve", "addRequest", "T1",
        attr("ENTPersonJointure", "T1") + attr("sn", "Eleve")));
    importAll(List.of(staff));

    AafImportReport report = importAll(List.of(eleve));

    assertThat(report.rejections()).singleElement().satisfies(rejection ->
        assertThat(rejection.detail()).contains("profile 'équipe éducative'",
            "profile 'élève' cannot take it over"));
    assertThat(directory.findPersonByJoinKey("T1").orElseThrow().profile())
        .isEqualTo(Profile.EDUCATIONAL_STAFF);
  }

  @Test
  void importFiles_refusesASecondStructureWithTheSameUai() throws IOException {
    Path etab = write("FULL_X_EtabEducNat_0000.xml", record("EtabEducNat", "addRequest", "77",
        attr("ENTStructureJointure", "77") + attr("ENTStructureUAI", "0350057X"))
        + record("EtabEducNat", "addRequest", "78", attr("ENTStructureJointure", "78")
        + attr("ENTStructureUAI", "0350057X")));

    AafImportReport report = importAll(List.of(etab));

    assertThat(report.rejections()).singleElement().satisfies(rejection ->
        assertThat(rejection.detail()).contains("UAI 0350057X already belongs to structure 77"));
    assertThat(directory.findEstablishmentByJoinKey("77")).isPresent();
  }

  @Test
  void importFiles_ignoresBlankClassCodesAndSaysSo() throws IOException {
    Path etab = write("FULL_X_EtabEducNat_0000.xml", record("EtabEducNat", "addRequest", "77",
        attr("ENTStructureJointure", "77") + attr("ENTStructureUAI", "0350057X")));
    Path eleve = write("FULL_X_Eleve_0000.xml", record("Eleve", "addRequest", "1",
        attr("ENTPersonJointure", "1") + attr("sn", "Un") + attr("ENTEleveClasses", "77$   ")));

    AafImportReport report = importAll(List.of(etab, eleve));

    assertThat(report.anomalies("MALFORMED_VALUE")).isEqualTo(1);
    assertThat(directory.countClasses()).isZero();
  }

  @Test
  void importFiles_refusesAFileWhoseNameNamesNoCategory() throws IOException {
    Path odd = write("export.xml", "");

    assertThatThrownBy(() -> importAll(List.of(odd)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("'export.xml' names no AAF category");
  }

  @Test
  void importFiles_reportsProgress() throws IOException {
    List<String> steps = new ArrayList<>();

    new AafImport(store).importFiles(copyExport(), YEAR,
        (step, done, total) -> steps.add(step + " " + done + "/" + total));

    assertThat(steps).first().asString().startsWith("file FULL_FOLIOSTEST");
    assertThat(steps).last().isEqualTo("done 6/6");
  }

  @Test
  void importFiles_linksARelativeDescribedInALaterDeltaToThePupilsNamingThem()
      throws IOException {
    Path eleve = write("FULL_X_Eleve_0000.xml", record("Eleve", "addRequest", "1",
        attr("ENTPersonJointure", "1") + attr("sn", "Morel")
        + attr("ENTEleveAutoriteParentale", "R1")));
    Path parent = write("DELTA_X_PersRelEleve_0000.xml", record("PersRelEleve", "addRequest",
        "R1", attr("ENTPersonJointure", "R1") + attr("sn", "Morel")));
    AafImportReport first = importAll(List.of(eleve));

    AafImportReport later = importAll(List.of(parent));

    assertThat(first.anomalies("UNKNOWN_RELATIVE")).isEqualTo(1);
    assertThat(later.anomalies("PARENT_WITHOUT_PUPIL")).isZero();
    assertThat(directory.findPersonByJoinKey("R1").orElseThrow().children())
        .containsExactly(directory.findPersonByJoinKey("1").orElseThrow().id());
  }

  @Test
  void importFiles_linksAStoredRelativeTheExportDoesNotDescribeToANewPupil()
      throws IOException {
    Path first = write("FULL_X_Eleve_0000.xml", record("Eleve", "addRequest", "1",
        attr("ENTPersonJointure", "1") + attr("sn", "Morel")
        + attr("ENTEleveAutoriteParentale", "R1")));
    Path parent = write("FULL_X_PersRelEleve_0000.xml", record("PersRelEleve", "addRequest",
        "R1", attr("ENTPersonJointure", "R1") + attr("sn", "Morel")));
    importAll(List.of(first, parent));
    Path sibling = write("DELTA_Y_Eleve_0000.xml", record("Eleve", "addRequest", "2",
        attr("ENTPersonJointure", "2") + attr("sn", "Morel")
        + attr("ENTEleveAutoriteParentale", "R1")));

    AafImportReport later = importAll(List.of(sibling));

    assertThat(later.anomalies("UNKNOWN_RELATIVE")).isZero();
    assertThat(directory.findPersonByJoinKey("R1").orElseThrow().children())
        .containsExactlyInAnyOrder(directory.findPersonByJoinKey("1").orElseThrow().id(),
            directory.findPersonByJoinKey("2").orElseThrow().id());
  }

  @Test
  void importFiles_forgetsAPendingLinkOnceTheRelativeIsLinked() throws IOException {
    Path eleve = write("FULL_X_Eleve_0000.xml", record("Eleve", "addRequest", "1",
        attr("ENTPersonJointure", "1") + attr("sn", "Morel")
        + attr("ENTEleveAutoriteParentale", "R1")));
    importAll(List.of(eleve));
    assertThat(directory.pendingChildren(List.of("R1"))).containsOnlyKeys("R1");

    importAll(List.of(write("DELTA_X_PersRelEleve_0000.xml", record("PersRelEleve",
        "addRequest", "R1", attr("ENTPersonJointure", "R1") + attr("sn", "Morel")))));

    assertThat(directory.pendingChildren(List.of("R1"))).isEmpty();
  }

  private AafImportReport importAll(List<Path> files) throws IOException {
    return new AafImport(store).importFiles(files, YEAR, (step, done, total) -> { });
  }

  private static Clock daysAfterDayOne(int days) {
    return Clock.offset(DAY_ONE, Duration.ofDays(days));
  }

  private Path staffFile(String name, String mainClass, String group) throws IOException {
    return write(name, record("PersEducNat", "addRequest", "5", attr("ENTPersonJointure", "5")
        + attr("sn", "Durand") + attr("ENTAuxEnsClasses", "77$" + mainClass)
        + attr("ENTAuxEnsClassesPrincipal", "77$" + mainClass)
        + attr("ENTAuxEnsGroupes", "77$" + group)));
  }

  private Path pupilFile(String name, String classe) throws IOException {
    return write(name, record("Eleve", "addRequest", "1", attr("ENTPersonJointure", "1")
        + attr("sn", "Morel") + attr("ENTEleveClasses", "77$" + classe)));
  }

  private List<Path> copyExport() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String name : EXPORT) {
      try (InputStream in = getClass().getResourceAsStream("/aaf/" + name)) {
        Path file = dir.resolve(name);
        Files.copy(in, file);
        files.add(file);
      }
    }
    return files;
  }

  private Path write(String name, String records) throws IOException {
    return Files.writeString(dir.resolve(name), records.isEmpty() ? ""
        : "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ficAlimMENESR>\n" + records
            + "</ficAlimMENESR>\n", StandardCharsets.UTF_8);
  }

  private static String record(String category, String operation, String id, String attrs) {
    String kind = category.startsWith("Etab") ? "categorieStructure" : "categoriePersonne";
    return "<" + operation + "><operationalAttributes>" + attr(kind, category)
        + "</operationalAttributes><identifier><id>" + id + "</id></identifier><attributes>"
        + attrs + "</attributes></" + operation + ">\n";
  }

  private static String modification(String category, String id, String changes) {
    String kind = category.startsWith("Etab") ? "categorieStructure" : "categoriePersonne";
    return "<modifyRequest><operationalAttributes>" + attr(kind, category)
        + "</operationalAttributes><identifier><id>" + id + "</id></identifier><modifications>"
        + changes + "</modifications></modifyRequest>\n";
  }

  private static String change(String name, String operation, String value) {
    return "<modification name=\"" + name + "\" operation=\"" + operation + "\">"
        + (value.isEmpty() ? "" : "<value>" + value + "</value>") + "</modification>";
  }

  private static String attr(String name, String value) {
    return "<attr name=\"" + name + "\"><value>" + value + "</value></attr>";
  }
}
