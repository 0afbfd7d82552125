package fr.folios.core;

import static fr.folios.core.School.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.directory.ClassId;
import fr.folios.core.directory.Group;
import fr.folios.core.directory.GroupProposal;
import fr.folios.core.directory.GroupRequest;
import fr.folios.core.directory.Person;
import fr.folios.core.directory.Profile;
import fr.folios.core.directory.SchoolClass;
import fr.folios.core.directory.SchoolYear;
import fr.folios.core.directory.StructureDeletion;
import fr.folios.core.space.Document;
import fr.folios.core.space.Folder;
import fr.folios.core.space.Grantee;
import fr.folios.core.space.Share;
import fr.folios.core.space.SharedItem;
import fr.folios.core.space.Space;
import fr.folios.core.space.SpaceKind;
import fr.folios.core.spi.ForwardingPersistence;
import fr.folios.core.spi.NewsRepository;
import fr.folios.core.spi.Persistence;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deleting a class or a group: what goes with it, who may do it, that it is all or nothing, and
 * that a class or group of the same name created afterwards inherits nothing.
 */
class DirectoryDeletionTest {

  private static final List<String> EXPORT = List.of(
      "FULL_FOLIOSTEST_Complet_20240902_EtabEducNat_0000.xml",
      "FULL_FOLIOSTEST_Complet_20240902_PersEducNat_0000.xml",
      "FULL_FOLIOSTEST_Complet_20240902_Eleve_0000.xml");

  @TempDir
  Path dir;

  private final School school = new School();
  private final Directory directory = school.folios.directory();
  private final Spaces spaces = school.folios.spaces();
  private final Person admin = directory.registerPerson(Profile.ESTABLISHMENT_ADMIN, "Luc",
      "Lefebvre", null, Set.of(school.college.id()));

  @Test
  void deleteClass_thenReimportingIt_givesANewClassThatInheritsNothing() throws IOException {
    directory.importAaf(export(), new SchoolYear(2024), ProgressListener.NONE);
    Person pupil = directory.findByJoinKey("9100001").orElseThrow();
    Person teacher = directory.findByJoinKey("9200001").orElseThrow();
    SchoolClass troisA = directory.classes(as(pupil)).get(0);
    Person itsAdmin = directory.registerPerson(Profile.ESTABLISHMENT_ADMIN, "Marie", "Roy",
        null, Set.of(troisA.establishment()));
    Space oldSpace = spaces.classSpace(as(teacher), troisA.id());
    Document lesson = spaces.createDocument(as(teacher), oldSpace.id(), null, "cours.txt", "x");
    Document sheet = spaces.createDocument(as(teacher), spaces.personalSpace(as(teacher)).id(),
        null, "fiche.txt", "y");
    spaces.shareWithClass(as(teacher), sheet.id(), troisA.id(), null);
    school.folios.news().publish(as(teacher), troisA.id(), "Sortie", "Lundi au musée");
    assertThat(spaces.sharedWithMe(as(pupil))).containsExactly(sheet);

    directory.deleteClass(as(itsAdmin), troisA.id());
    directory.importAaf(export(), new SchoolYear(2024), ProgressListener.NONE);

    SchoolClass again = directory.classes(as(pupil)).get(0);
    assertThat(again.code()).isEqualTo("3A");
    assertThat(again.id()).isNotEqualTo(troisA.id());
    assertThat(again.hasMember(pupil.id())).isTrue();
    Space newSpace = spaces.classSpace(as(teacher), again.id());
    assertThat(newSpace.id()).isNotEqualTo(oldSpace.id());
    assertThat(spaces.documents(as(pupil), newSpace.id(), null)).isEmpty();
    assertThat(spaces.canRead(as(pupil), sheet.id())).isFalse();
    assertThat(spaces.sharedWithMe(as(pupil))).isEmpty();
    assertThat(spaces.grants(as(teacher), SharedItem.document(sheet.id()))).isEmpty();
    assertThat(school.folios.news().news(as(pupil), again.id())).isEmpty();
    assertThatThrownBy(() -> spaces.canRead(as(pupil), lesson.id()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void deleteClass_removesItsSpaceWithFoldersTrashVersionsAndTheSharesOnThem() {
    Space space = classSpace();
    Folder folder = spaces.createFolder(as(school.teacher), space.id(), null, "Projets");
    Document inFolder = spaces.createDocument(as(school.teacher), space.id(), folder.id(),
        "plan.txt", "plan");
    Document trashed = spaces.createDocument(as(school.teacher), space.id(), null, "old.txt",
        "old");
    spaces.trashDocument(as(school.teacher), trashed.id());
    spaces.replaceContent(as(school.teacher), inFolder.id(), bytes("plan, v2"));
    Share onFolder = spaces.share(as(school.teacher), SharedItem.folder(folder.id()),
        Grantee.person(school.otherPupil.id()), fr.folios.core.space.Permission.READ, null);
    assertThat(spaces.canRead(as(school.otherPupil), inFolder.id())).isTrue();

    StructureDeletion deleted = directory.deleteClass(as(admin), school.classe.id());

    assertThat(deleted).isEqualTo(new StructureDeletion("class 3B (2025-2026)", 3, 0, 2, 1, 0,
        0));
    assertThat(school.store.spaces().findSpace(space.id())).isEmpty();
    assertThat(school.store.spaces().findSpaceByOwner(SpaceKind.CLASS,
        school.classe.id().value())).isEmpty();
    for (Document gone : List.of(inFolder, trashed)) {
      assertThat(school.store.spaces().findDocument(gone.id())).isEmpty();
      assertThat(school.store.versions().versions(gone.id())).isEmpty();
    }
    assertThat(school.store.spaces().findFolder(folder.id())).isEmpty();
    assertThat(school.store.shares().findShare(onFolder.id())).isEmpty();
    assertThat(spaces.sharedWithMe(as(school.otherPupil))).isEmpty();
  }

  @Test
  void deleteClass_leavesBytesToTheOrphanCollectionWhichKeepsThoseACopyUses()
      throws IOException, InterruptedException {
    Space space = classSpace();
    Document kept = spaces.createDocument(as(school.teacher), space.id(), null, "a.txt", "aaa");
    Document alone = spaces.createDocument(as(school.teacher), space.id(), null, "b.txt", "bb");
    Document copy = spaces.copy(as(school.teacher), kept.id(),
        spaces.personalSpace(as(school.teacher)).id(), null);

    directory.deleteClass(school.classe.id());
    Thread.sleep(5);
    int removed = Folios.builder().persistence(school.store).blobs(school.blobs).build()
        .spaces().collectOrphanBlobs(Duration.ZERO, ProgressListener.NONE);

    assertThat(removed).isEqualTo(1);
    assertThat(school.blobs.exists(alone.blob())).isFalse();
    try (InputStream in = spaces.open(as(school.teacher), copy.id())) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("aaa");
    }
  }

  @Test
  void deleteClass_revokesTheSharesGrantedToItWithTheirReshares() {
    Document sheet = personalDocument("fiche.txt");
    Share toClass = spaces.shareWithClass(as(school.teacher), sheet.id(), school.classe.id(),
        null);
    Share onward = spaces.reshare(as(school.colleague), toClass.id(), school.otherPupil.id(),
        null);
    assertThat(spaces.canRead(as(school.otherPupil), sheet.id())).isTrue();

    StructureDeletion deleted = directory.deleteClass(as(admin), school.classe.id());

    assertThat(deleted.revokedShares()).isEqualTo(2);
    assertThat(school.store.shares().findShare(toClass.id())).isEmpty();
    assertThat(school.store.shares().findShare(onward.id())).isEmpty();
    for (Person former : List.of(school.pupil, school.colleague, school.otherPupil)) {
      assertThat(spaces.canRead(as(former), sheet.id())).as(former.lastName()).isFalse();
      assertThat(spaces.sharedWithMe(as(former))).as(former.lastName()).isEmpty();
    }
    assertThat(spaces.canRead(as(school.teacher), sheet.id())).isTrue();
  }

  @Test
  void deleteClass_leavesOtherClassesAndSpacesAsTheyWere() {
    SchoolClass other = SchoolClass.create(school.college.id(), school.classe.year(), "4A")
        .with(Set.of(school.otherPupil.id()), Set.of(school.teacher.id()), Set.of());
    school.store.directory().saveClass(other);
    Document sheet = personalDocument("fiche.txt");
    Share toOther = spaces.shareWithClass(as(school.teacher), sheet.id(), other.id(), null);
    spaces.createDocument(as(school.teacher), classSpace().id(), null, "a.txt", "aaaa");
    Space personal = spaces.personalSpace(as(school.teacher));

    directory.deleteClass(school.classe.id());

    assertThat(spaces.personalSpace(as(school.teacher)).usage()).isEqualTo(personal.usage());
    assertThat(school.store.shares().findShare(toOther.id())).isPresent();
    assertThat(spaces.canRead(as(school.otherPupil), sheet.id())).isTrue();
    assertThat(directory.findClass(other.id())).contains(other);
    assertThat(directory.classes(as(school.pupil))).isEmpty();
  }

  @Test
  void deleteClass_removesItsNewsAndMembersPlaces() {
    school.folios.news().publish(as(school.teacher), school.classe.id(), "Sortie", "Lundi");

    StructureDeletion deleted = directory.deleteClass(school.classe.id());

    assertThat(deleted.news()).isEqualTo(1);
    assertThat(school.store.news().news(school.classe.id())).isEmpty();
    assertThat(directory.findClass(school.classe.id())).isEmpty();
    assertThat(directory.classes(as(school.teacher))).isEmpty();
    assertThat(directory.canSee(as(school.pupil), school.colleague.id())).isFalse();
  }

  @Test
  void deleteClass_worksOnAnArchivedClass() {
    Document doc = spaces.createDocument(as(school.teacher), classSpace().id(), null, "a.txt",
        "x");
    directory.startSchoolYear(school.college.id(), new SchoolYear(2026));

    directory.deleteClass(as(admin), school.classe.id());

    assertThat(directory.archivedClasses(school.college.id())).isEmpty();
    assertThat(school.store.spaces().findDocument(doc.id())).isEmpty();
  }

  @Test
  void deleteClass_isRefusedToATeacherNamingTheClassTheEstablishmentAndWhomToAsk() {
    assertThatThrownBy(() -> directory.deleteClass(as(school.teacher), school.classe.id()))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("Léa Morel has the profile 'équipe éducative'; only an establishment"
            + " administrator may delete class 3B (2025-2026): ask the administrator of"
            + " Collège Anne de Bretagne (0350057X)");
    assertThat(directory.findClass(school.classe.id())).isPresent();
  }

  @Test
  void deleteClass_isRefusedToTheAdministratorOfAnotherEstablishment() {
    Person otherAdmin = directory.registerPerson(Profile.ESTABLISHMENT_ADMIN, "Paul", "Loin",
        null, Set.of(school.elsewhere.id()));
    Document doc = spaces.createDocument(as(school.teacher), classSpace().id(), null, "a.txt",
        "x");

    assertThatThrownBy(() -> directory.deleteClass(as(otherAdmin), school.classe.id()))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("Paul Loin administers other establishments than Collège Anne de Bretagne"
            + " (0350057X): only its own administrator may delete class 3B (2025-2026)"
            + " there");
    assertThat(spaces.canRead(as(school.pupil), doc.id())).isTrue();
  }

  @Test
  void deleteClass_ofAClassAlreadyDeletedIsNotFound() {
    directory.deleteClass(school.classe.id());

    assertThatThrownBy(() -> directory.deleteClass(as(admin), school.classe.id()))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("class " + school.classe.id() + " does not exist");
    assertThatThrownBy(() -> directory.deleteClass(new ClassId("nope")))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void deleteClass_thatFailsHalfwayLeavesEverythingAsItWas() {
    FailingNews store = new FailingNews(school.store);
    Folios folios = Folios.builder().persistence(store).blobs(school.blobs)
        .clock(school.clock).build();
    Space space = classSpace();
    Document inSpace = spaces.createDocument(as(school.teacher), space.id(), null, "a.txt",
        "x");
    Document sheet = personalDocument("fiche.txt");
    Share toClass = spaces.shareWithClass(as(school.teacher), sheet.id(), school.classe.id(),
        null);

    assertThatThrownBy(() -> folios.directory().deleteClass(as(admin), school.classe.id()))
        .isInstanceOf(IllegalStateException.class);

    assertThat(directory.findClass(school.classe.id())).contains(school.classe);
    assertThat(school.store.shares().findShare(toClass.id())).isPresent();
    assertThat(spaces.canRead(as(school.pupil), inSpace.id())).isTrue();
    assertThat(spaces.canRead(as(school.pupil), sheet.id())).isTrue();
    assertThat(spaces.space(as(school.teacher), space.id()).usage().documents()).isEqualTo(1);
  }

  @Test
  void deleteGroup_removesItsSpaceSharesMembersAndInvitations_andANewOneInheritsNothing() {
    Group group = approvedGroup();
    Person partner = directory.registerPerson(Profile.EXTERNAL_PARTNER, "Nadia", "Bernard",
        null, Set.of());
    directory.invitePartner(as(admin), group.id(), partner.id(), School.NOW.plus(
        Duration.ofDays(30)));
    school.store.directory().saveGroup(group.with(Set.of(school.otherPupil.id()), Set.of()));
    Document sheet = personalDocument("fiche.txt");
    spaces.shareWithGroup(as(school.teacher), sheet.id(), group.id(), null);
    Space space = spaces.groupSpace(as(school.teacher), group.id());
    Document inSpace = spaces.createDocument(as(school.teacher), space.id(), null, "a.txt",
        "x");
    assertThat(spaces.canRead(as(partner), sheet.id())).isTrue();

    StructureDeletion deleted = directory.deleteGroup(as(admin), group.id());

    assertThat(deleted).isEqualTo(new StructureDeletion("group ECO (2025-2026)", 2, 1, 1, 0, 0,
        1));
    assertThat(school.store.directory().invitationsOf(partner.id())).isEmpty();
    assertThat(school.store.spaces().findDocument(inSpace.id())).isEmpty();
    Group again = approvedGroup();
    assertThat(again.id()).isNotEqualTo(group.id());
    assertThat(spaces.groupSpace(as(school.teacher), again.id()).id())
        .isNotEqualTo(space.id());
    for (Person former : List.of(partner, school.otherPupil)) {
      assertThat(spaces.canRead(as(former), sheet.id())).as(former.lastName()).isFalse();
      assertThat(spaces.sharedWithMe(as(former))).as(former.lastName()).isEmpty();
    }
    assertThat(directory.groups(as(school.otherPupil))).isEmpty();
  }

  @Test
  void deleteGroup_isRefusedToItsStaffAndToAPupil() {
    Group group = approvedGroup();

    for (Person refused : List.of(school.teacher, school.pupil)) {
      assertThatThrownBy(() -> directory.deleteGroup(as(refused), group.id()))
          .isInstanceOf(AccessDeniedException.class)
          .hasMessageContaining("only an establishment administrator may delete group 'ECO'"
              + " (2025-2026): ask the administrator of Collège Anne de Bretagne (0350057X)");
    }
    assertThat(directory.groups(as(school.teacher))).containsExactly(group);
  }

  private Space classSpace() {
    return spaces.classSpace(as(school.teacher), school.classe.id());
  }

  private Document personalDocument(String name) {
    return spaces.createDocument(as(school.teacher),
        spaces.personalSpace(as(school.teacher)).id(), null, name, "contenu");
  }

  private Group approvedGroup() {
    GroupRequest request = directory.requestGroup(as(school.teacher), new GroupProposal(
        school.college.id(), "ECO", "Éco-délégués", "Projet de l'année"));
    return directory.approveGroupRequest(as(admin), request.id());
  }

  private List<Path> export() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String name : EXPORT) {
      try (InputStream in = getClass().getResourceAsStream("/aaf/" + name)) {
        Path file = dir.resolve(name);
        Files.deleteIfExists(file);
        Files.copy(in, file);
        files.add(file);
      }
    }
    return files;
  }

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  /** A store whose news repository fails to delete, the last step of deleting a class. */
  private static final class FailingNews extends ForwardingPersistence {

    FailingNews(Persistence delegate) {
      super(delegate);
    }

    @Override
    public NewsRepository news() {
      NewsRepository news = delegate().news();
      return new NewsRepository() {
        @Override
        public void saveNews(fr.folios.core.news.NewsItem item) {
          news.saveNews(item);
        }

        @Override
        public List<fr.folios.core.news.NewsItem> news(ClassId schoolClass) {
          return news.news(schoolClass);
        }

        @Override
        public int deleteNews(ClassId schoolClass) {
          throw new IllegalStateException("the news store is down");
        }
      };
    }
  }
}
