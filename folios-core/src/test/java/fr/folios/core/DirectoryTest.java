package fr.folios.core;

import static fr.folios.core.School.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.directory.FirstConnection;
import fr.folios.core.directory.Group;
import fr.folios.core.directory.Person;
import fr.folios.core.directory.Profile;
import fr.folios.core.directory.SchoolClass;
import fr.folios.core.directory.SchoolYear;
import fr.folios.core.directory.aaf.AafImport;
import fr.folios.core.directory.aaf.AafImportReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryTest {

  private final School school = new School();
  private final Directory directory = school.folios.directory();

  @TempDir
  Path dir;

  @Test
  void importAaf_fullExportMarksTheAbsentLeavingAndPurgeLeaversRemovesThem()
      throws IOException {
    SchoolYear year = new SchoolYear(2025);
    Path etab = Files.writeString(dir.resolve("DELTA_A_EtabEducNat_0000.xml"),
        "<ficAlimMENESR><addRequest><operationalAttributes><attr name=\"categorieStructure\">"
        + "<value>EtabEducNat</value></attr></operationalAttributes><identifier><id>77</id>"
        + "</identifier><attributes><attr name=\"ENTStructureUAI\"><value>0999999X</value>"
        + "</attr></attributes></addRequest></ficAlimMENESR>");
    directory.importAaf(List.of(etab, pupils("DELTA_A_Eleve_0000.xml", "1")), year,
        (step, done, total) -> { });

    AafImportReport full = directory.importAaf(List.of(pupils("FULL_B_Eleve_0000.xml", "2")),
        year, AafImport.Mode.FULL, (step, done, total) -> { });
    int purged = directory.purgeLeavers(Duration.ZERO);

    assertThat(full.leavers()).extracting(AafImportReport.Leaver::joinKey).containsExactly("1");
    assertThat(purged).isEqualTo(1);
    assertThatThrownBy(() -> directory.purgeLeavers(Duration.ofDays(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void completeFirstConnection_setsEmailPsyFlagAndExactlyTheMainTeacherClassesGiven() {
    Person updated = directory.completeFirstConnection(as(school.colleague),
        new FirstConnection("durand@example.org", true, Set.of(school.classe.id())));

    assertThat(updated.email()).isEqualTo("durand@example.org");
    assertThat(updated.guidancePsychologist()).isTrue();
    SchoolClass classe = school.store.directory().findClass(school.classe.id()).orElseThrow();
    assertThat(classe.mainTeachers()).containsExactlyInAnyOrder(school.teacher.id(),
        school.colleague.id());

    directory.completeFirstConnection(as(school.teacher),
        new FirstConnection(null, false, Set.of()));
    assertThat(school.store.directory().findClass(school.classe.id()).orElseThrow()
        .mainTeachers()).containsExactly(school.colleague.id());
  }

  @Test
  void completeFirstConnection_forAClassNotTaughtIsRefusedAndChangesNothing() {
    SchoolClass other = SchoolClass.create(school.college.id(), school.classe.year(), "4A");
    school.store.directory().saveClass(other);

    assertThatThrownBy(() -> directory.completeFirstConnection(as(school.colleague),
        new FirstConnection("x@example.org", false, Set.of(other.id()))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("a main teacher is chosen among one's own classes");
    assertThat(directory.me(as(school.colleague)).email()).isNull();
  }

  @Test
  void completeFirstConnection_byAPupilIsRefused() {
    assertThatThrownBy(() -> directory.completeFirstConnection(as(school.pupil),
        new FirstConnection(null, false, Set.of())))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("for the educational staff");
  }

  @Test
  void firstConnection_malformedEmailIsRefused() {
    assertThatThrownBy(() -> new FirstConnection("not an address", false, Set.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("name@domain.tld");
  }

  @Test
  void classes_ofTheActorAreListed() {
    assertThat(directory.classes(as(school.pupil))).containsExactly(school.classe);
    assertThat(directory.classes(as(school.otherPupil))).isEmpty();
  }

  private Path pupils(String name, String joinKey) throws IOException {
    return Files.writeString(dir.resolve(name), "<ficAlimMENESR><addRequest>"
        + "<operationalAttributes><attr name=\"categoriePersonne\"><value>Eleve</value></attr>"
        + "</operationalAttributes><identifier><id>" + joinKey + "</id></identifier><attributes>"
        + "<attr name=\"sn\"><value>Morel</value></attr><attr name=\"ENTPersonStructRattach\">"
        + "<value>77</value></attr></attributes></addRequest>"
        + "</ficAlimMENESR>");
  }

  @Test
  void groups_ofAnEstablishmentAndAYearAreListedByCode() {
    SchoolYear year = new SchoolYear(2025);
    school.store.directory().saveGroup(Group.create(school.college.id(), year, "LATIN"));
    school.store.directory().saveGroup(Group.create(school.college.id(), year, "ECO"));
    school.store.directory().saveGroup(Group.create(school.college.id(),
        new SchoolYear(2024), "OLD"));
    school.store.directory().saveGroup(Group.create(school.elsewhere.id(), year, "AUTRE"));

    assertThat(directory.groups(school.college.id(), year)).extracting(Group::code)
        .containsExactly("ECO", "LATIN");
  }

  @Test
  void importAaf_tellsProgressAtTheEndOfEachFile() throws IOException {
    List<String> told = new java.util.ArrayList<>();

    directory.importAaf(List.of(pupils("DELTA_A_Eleve_0000.xml", "1")), new SchoolYear(2025),
        (step, done, total) -> told.add(step + " " + done + "/" + total));

    assertThat(told).contains("DELTA_A_Eleve_0000.xml 1/1");
  }

  @Test
  void registerPerson_addsAnAdminOrAPartnerTheFeedDoesNotDescribe() {
    Person admin = directory.registerPerson(Profile.ESTABLISHMENT_ADMIN, " Anne ", "Gestion",
        "anne@example.org", Set.of(school.college.id()));
    Person partner = directory.registerPerson(Profile.EXTERNAL_PARTNER, "Paul", "Musée",
        null, Set.of());

    assertThat(directory.find(admin.id())).contains(admin);
    assertThat(admin.firstName()).isEqualTo("Anne");
    assertThat(admin.attachedTo(school.college.id())).isTrue();
    assertThat(directory.find(partner.id())).contains(partner);
    assertThat(directory.canSee(as(partner), school.teacher.id())).isFalse();
  }

  @Test
  void registerPerson_refusesFeedProfilesBadNamesAddressesAndUnknownEstablishments() {
    assertThatThrownBy(() -> directory.registerPerson(Profile.STUDENT, "Léa", "Morel", null,
        Set.of())).isInstanceOf(InvalidInputException.class).hasMessageContaining("importAaf");
    assertThatThrownBy(() -> directory.registerPerson(Profile.EXTERNAL_PARTNER, "  ", "X",
        null, Set.of())).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("first name");
    assertThatThrownBy(() -> directory.registerPerson(Profile.EXTERNAL_PARTNER, "A",
        "B\u0000", null, Set.of())).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> directory.registerPerson(Profile.EXTERNAL_PARTNER, "A",
        "x".repeat(256), null, Set.of())).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("255");
    assertThatThrownBy(() -> directory.registerPerson(Profile.EXTERNAL_PARTNER, "A", "B",
        "not-an-address", Set.of())).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("name@domain.tld");
    assertThatThrownBy(() -> directory.registerPerson(Profile.ESTABLISHMENT_ADMIN, "A", "B",
        null, Set.of(fr.folios.core.directory.EstablishmentId.random())))
        .isInstanceOf(NotFoundException.class);
    assertThat(directory.count(Profile.EXTERNAL_PARTNER)).isZero();
  }
}
