package fr.folios.core;

import static fr.folios.core.School.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.directory.Actor;
import fr.folios.core.directory.Establishment;
import fr.folios.core.directory.EstablishmentId;
import fr.folios.core.directory.Group;
import fr.folios.core.directory.Person;
import fr.folios.core.directory.PersonId;
import fr.folios.core.directory.Profile;
import fr.folios.core.directory.SchoolClass;
import fr.folios.core.directory.SchoolYear;
import fr.folios.core.directory.SchoolYearStart;
import fr.folios.core.space.Document;
import fr.folios.core.space.Space;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Directory#startSchoolYear}: the rentrée, archived classes, carried-over spaces. */
class DirectoryRentreeTest {

  private static final SchoolYear YEAR = new SchoolYear(2025);
  private static final SchoolYear NEXT = new SchoolYear(2026);

  private final School school = new School();
  private final Directory directory = school.folios.directory();
  private final Spaces spaces = school.folios.spaces();

  @TempDir
  Path dir;

  @Test
  void startSchoolYear_recordsTheCurrentYearAndArchivesEarlierClassesAndGroups() {
    Group group = Group.create(school.college.id(), YEAR, "LATIN");
    school.store.directory().saveGroup(group);

    SchoolYearStart first = directory.startSchoolYear(school.college.id(), YEAR);
    SchoolYearStart next = directory.startSchoolYear(school.college.id(), NEXT);

    assertThat(first).isEqualTo(new SchoolYearStart(school.college.id(), null, YEAR, 0, 0));
    assertThat(next).isEqualTo(new SchoolYearStart(school.college.id(), YEAR, NEXT, 1, 1));
    assertThat(directory.currentYear(school.college.id())).contains(NEXT);
    assertThat(directory.currentYear(school.elsewhere.id())).isEmpty();
    assertThat(directory.archivedClasses(school.college.id())).containsExactly(school.classe);
    assertThat(directory.archivedGroups(school.college.id())).containsExactly(group);
    assertThat(directory.archivedClasses(school.elsewhere.id())).isEmpty();
  }

  @Test
  void startSchoolYear_refusesAYearNotAfterTheCurrentOne() {
    directory.startSchoolYear(school.college.id(), YEAR);

    for (SchoolYear year : List.of(YEAR, new SchoolYear(2024))) {
      assertThatThrownBy(() -> directory.startSchoolYear(school.college.id(), year))
          .isInstanceOf(ConflictException.class)
          .hasMessageContaining("school year " + year + " cannot start in Collège Anne de"
              + " Bretagne (0350057X), whose current year is already 2025-2026")
          .hasMessageContaining("start a later year, e.g. 2026-2027");
    }
    assertThat(directory.currentYear(school.college.id())).contains(YEAR);
  }

  @Test
  void startSchoolYear_byTheAdministratorOfTheEstablishmentOnly() {
    Person admin = saved(person(Profile.ESTABLISHMENT_ADMIN, school.college));
    Person otherAdmin = saved(person(Profile.ESTABLISHMENT_ADMIN, school.elsewhere));

    assertThatThrownBy(() -> directory.startSchoolYear(as(otherAdmin), school.college.id(),
        NEXT)).isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("administers other establishments than Collège Anne de Bretagne");
    assertThatThrownBy(() -> directory.startSchoolYear(as(school.teacher), school.college.id(),
        NEXT)).isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("'équipe éducative'; only an establishment administrator");
    assertThat(directory.startSchoolYear(as(admin), school.college.id(), NEXT).year())
        .isEqualTo(NEXT);
  }

  @Test
  void startSchoolYear_ofAnUnknownEstablishmentIsNotFound() {
    assertThatThrownBy(() -> directory.startSchoolYear(EstablishmentId.random(), NEXT))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void archivedClassSpace_refusesEveryChangeNamingTheClassItsYearAndTheCurrentYear() {
    Space space = spaces.classSpace(as(school.teacher), school.classe.id());
    Document kept = spaces.createDocument(as(school.teacher), space.id(), null, "cours.txt",
        "x");
    Document mine = spaces.createDocument(as(school.teacher),
        spaces.personalSpace(as(school.teacher)).id(), null, "fiche.txt", "y");
    directory.startSchoolYear(school.college.id(), NEXT);
    Actor teacher = as(school.teacher);

    List<Runnable> changes = List.of(
        () -> spaces.upload(teacher, space.id(), null, "a.pdf", bytes()),
        () -> spaces.createDocument(teacher, space.id(), null, "b.txt", "x"),
        () -> spaces.createFolder(teacher, space.id(), null, "Dossier"),
        () -> spaces.copy(teacher, mine.id(), space.id(), null),
        () -> spaces.deleteDocument(teacher, kept.id()),
        () -> spaces.shareWithPerson(teacher, kept.id(), school.colleague.id(), null),
        () -> spaces.shareWithClass(teacher, mine.id(), school.classe.id(), null));
    for (Runnable change : changes) {
      assertThatThrownBy(change::run).isInstanceOf(ConflictException.class)
          .hasMessageContaining("class 3B (2025-2026) is archived")
          .hasMessageContaining("current school year of its establishment is 2026-2027")
          .hasMessageContaining("work in a class of 2026-2027");
    }
    assertThat(spaces.documents(teacher, space.id(), null)).containsExactly(kept);
  }

  @Test
  void archivedClassSpace_staysReadableByItsFormerMembers() throws IOException {
    Space space = spaces.classSpace(as(school.teacher), school.classe.id());
    Document doc = spaces.createDocument(as(school.teacher), space.id(), null, "cours.txt",
        "bonjour");
    directory.startSchoolYear(school.college.id(), NEXT);

    assertThat(spaces.canRead(as(school.pupil), doc.id())).isTrue();
    assertThat(spaces.documents(as(school.pupil), space.id(), null)).containsExactly(doc);
    try (InputStream in = spaces.open(as(school.pupil), doc.id())) {
      assertThat(in.readAllBytes()).asString().isEqualTo("bonjour");
    }
    assertThat(spaces.canRead(as(school.otherPupil), doc.id())).isFalse();
    assertThat(spaces.readers(as(school.teacher), doc.id())).extracting(Person::lastName)
        .contains("Martin");
  }

  @Test
  void archivedClass_noLongerMakesItsMembersSeeEachOther() {
    assertThat(directory.canSee(as(school.pupil), school.teacher.id())).isTrue();

    directory.startSchoolYear(school.college.id(), NEXT);

    assertThat(directory.canSee(as(school.pupil), school.teacher.id())).isFalse();
    assertThat(directory.canSee(as(school.parent), school.teacher.id())).isFalse();
    assertThat(directory.canSee(as(school.teacher), school.pupil.id())).isTrue();
  }

  @Test
  void aClassOfTheCurrentYearStaysWritable() {
    SchoolClass current = SchoolClass.create(school.college.id(), NEXT, "4B")
        .with(Set.of(school.pupil.id()), Set.of(school.teacher.id()), Set.of());
    school.store.directory().saveClass(current);
    directory.startSchoolYear(school.college.id(), NEXT);

    Space space = spaces.classSpace(as(school.teacher), current.id());
    Document doc = spaces.createDocument(as(school.teacher), space.id(), null, "a.txt", "x");

    assertThat(spaces.canRead(as(school.pupil), doc.id())).isTrue();
    assertThat(directory.canSee(as(school.pupil), school.teacher.id())).isTrue();
  }

  @Test
  void personalSpace_carriesOverTheRentreeAndAChangeOfEstablishment() {
    Space before = spaces.personalSpace(as(school.pupil));
    Document doc = spaces.createDocument(as(school.pupil), before.id(), null, "parcours.txt",
        "mon parcours avenir");
    Person moved = new Person(school.pupil.id(), null, Profile.STUDENT, "Léa", "Martin", null,
        Set.of(school.elsewhere.id()), false, Set.of(), null);
    school.store.directory().saveClass(school.classe.without(school.pupil.id()));
    school.store.directory().savePerson(moved);
    directory.startSchoolYear(school.college.id(), NEXT);
    directory.startSchoolYear(school.elsewhere.id(), NEXT);

    Space after = spaces.personalSpace(as(school.pupil));
    Document added = spaces.createDocument(as(school.pupil), after.id(), null, "2026.txt", "x");

    assertThat(after.id()).isEqualTo(before.id());
    assertThat(spaces.documents(as(school.pupil), after.id(), null))
        .containsExactly(added, doc);
    assertThat(spaces.canRead(as(school.pupil), doc.id())).isTrue();
  }

  @Test
  void pupilDetachedFromAClassByTheImport_noLongerReadsThroughIt() throws IOException {
    SchoolYear year = new SchoolYear(2024);
    directory.importAaf(export("FULL_FOLIOSTEST_Complet_20240902_EtabEducNat_0000.xml",
        "FULL_FOLIOSTEST_Complet_20240902_PersEducNat_0000.xml",
        "FULL_FOLIOSTEST_Complet_20240902_Eleve_0000.xml"), year, ProgressListener.NONE);
    Person pupil = directory.findByJoinKey("9100001").orElseThrow();
    Person teacher = directory.findByJoinKey("9200001").orElseThrow();
    SchoolClass troisA = directory.classes(as(pupil)).get(0);
    Space space = spaces.classSpace(as(teacher), troisA.id());
    Document inSpace = spaces.createDocument(as(teacher), space.id(), null, "cours.txt", "x");
    Document shared = spaces.createDocument(as(teacher),
        spaces.personalSpace(as(teacher)).id(), null, "fiche.txt", "x");
    spaces.shareWithClass(as(teacher), shared.id(), troisA.id(), null);
    assertThat(spaces.canRead(as(pupil), inSpace.id())).isTrue();
    assertThat(spaces.canRead(as(pupil), shared.id())).isTrue();

    directory.importAaf(export("DELTA_FOLIOSTEST_20240915_Eleve_0000.xml"), year,
        ProgressListener.NONE);

    assertThat(directory.classes(as(pupil))).extracting(SchoolClass::code).containsExactly("3B");
    assertThat(spaces.canRead(as(pupil), inSpace.id())).isFalse();
    assertThat(spaces.canRead(as(pupil), shared.id())).isFalse();
    assertThat(spaces.sharedWithMe(as(pupil))).isEmpty();
  }

  @Test
  void importAaf_refusesAnArchivedYearAndImportsNothing() throws IOException {
    directory.startSchoolYear(school.college.id(), YEAR);
    List<Path> files = export("FULL_FOLIOSTEST_Complet_20240902_EtabEducNat_0000.xml",
        "FULL_FOLIOSTEST_Complet_20240902_Eleve_0000.xml");
    long pupils = directory.count(Profile.STUDENT);

    assertThatThrownBy(() -> directory.importAaf(files, new SchoolYear(2024),
        ProgressListener.NONE)).isInstanceOf(ConflictException.class)
        .hasMessage("school year 2024-2025 is archived in Collège Anne de Bretagne (0350057X),"
            + " whose current year is 2025-2026; nothing was imported: import into 2025-2026"
            + " or later");
    assertThat(directory.count(Profile.STUDENT)).isEqualTo(pupils);
    assertThat(directory.importAaf(files, YEAR, ProgressListener.NONE).rejections()).isEmpty();
  }

  private List<Path> export(String... names) throws IOException {
    List<Path> files = new ArrayList<>();
    for (String name : names) {
      try (InputStream in = getClass().getResourceAsStream("/aaf/" + name)) {
        Path file = dir.resolve(name);
        Files.deleteIfExists(file);
        Files.copy(in, file);
        files.add(file);
      }
    }
    return files;
  }

  private Person saved(Person person) {
    school.store.directory().savePerson(person);
    return person;
  }

  private static Person person(Profile profile, Establishment establishment) {
    return new Person(PersonId.random(), null, profile, "Luc", "Admin", null,
        Set.of(establishment.id()), false, Set.of(), null);
  }

  private static InputStream bytes() {
    return new ByteArrayInputStream(new byte[] {1, 2, 3});
  }
}
