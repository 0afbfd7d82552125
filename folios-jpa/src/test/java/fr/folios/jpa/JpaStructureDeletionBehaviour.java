package fr.folios.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import fr.folios.core.Folios;
import fr.folios.core.ProgressListener;
import fr.folios.core.Spaces;
import fr.folios.core.directory.Academy;
import fr.folios.core.directory.Actor;
import fr.folios.core.directory.Establishment;
import fr.folios.core.directory.EstablishmentId;
import fr.folios.core.directory.EstablishmentType;
import fr.folios.core.directory.Group;
import fr.folios.core.directory.Person;
import fr.folios.core.directory.PersonId;
import fr.folios.core.directory.Profile;
import fr.folios.core.directory.SchoolClass;
import fr.folios.core.directory.SchoolYear;
import fr.folios.core.directory.StructureDeletion;
import fr.folios.core.directory.Uai;
import fr.folios.core.memory.InMemoryBlobStore;
import fr.folios.core.space.Document;
import fr.folios.core.space.Folder;
import fr.folios.core.space.Grantee;
import fr.folios.core.space.Permission;
import fr.folios.core.space.Share;
import fr.folios.core.space.SharedItem;
import fr.folios.core.space.Space;
import fr.folios.core.space.SpaceKind;
import fr.folios.core.spi.Persistence;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Deleting a class or a group through the use cases on each database: every row that came
 * through it goes in one transaction, in an order the foreign keys accept (re-shares before
 * their sources, versions and shares before their documents, documents before their folders,
 * inner folders first, the space last), and a class of the same code created afterwards starts
 * empty.
 */
abstract class JpaStructureDeletionBehaviour {

  private static final SchoolYear YEAR = new SchoolYear(2025);

  private final InMemoryBlobStore blobs = InMemoryBlobStore.create();
  private final Establishment college = new Establishment(EstablishmentId.random(),
      Uai.parse("0350057X"), "Collège Anne de Bretagne", EstablishmentType.COLLEGE,
      Academy.find("rennes").orElseThrow(), null);
  private final Person teacher = person(Profile.EDUCATIONAL_STAFF, "Morel");
  private final Person colleague = person(Profile.EDUCATIONAL_STAFF, "Durand");
  private final Person pupil = person(Profile.STUDENT, "Martin");
  private final Person otherPupil = person(Profile.STUDENT, "Petit");
  private final SchoolClass classe = SchoolClass.create(college.id(), YEAR, "3B")
      .with(Set.of(pupil.id()), Set.of(colleague.id()), Set.of(teacher.id()));
  private final Group group = Group.create(college.id(), YEAR, "ECO")
      .with(Set.of(otherPupil.id()), Set.of(teacher.id()));

  private Persistence store;
  private Folios folios;
  private Spaces spaces;
  private Actor admin;

  abstract Persistence newStore();

  @BeforeEach
  void open() {
    store = newStore();
    store.directory().saveEstablishment(college);
    List.of(teacher, colleague, pupil, otherPupil).forEach(store.directory()::savePerson);
    store.directory().saveClass(classe);
    store.directory().saveGroup(group);
    folios = Folios.builder().persistence(store).blobs(blobs).build();
    spaces = folios.spaces();
    admin = Actor.of(folios.directory().registerPerson(Profile.ESTABLISHMENT_ADMIN, "Luc",
        "Lefebvre", null, Set.of(college.id())).id());
  }

  @AfterEach
  void close() {
    folios.close();
  }

  @Test
  void deleteClass_removesEveryRowThatCameThroughIt_andANewClassStartsEmpty() {
    Space space = spaces.classSpace(as(teacher), classe.id());
    Folder projects = spaces.createFolder(as(teacher), space.id(), null, "Projets");
    Folder trip = spaces.createFolder(as(teacher), space.id(), projects.id(), "Sortie");
    Document plan = spaces.createDocument(as(teacher), space.id(), trip.id(), "plan.txt", "v1");
    spaces.replaceContent(as(teacher), plan.id(), bytes("v2, longer"));
    Folder old = spaces.createFolder(as(teacher), space.id(), null, "Ancien");
    spaces.createDocument(as(teacher), space.id(), old.id(), "vieux.txt", "old");
    spaces.trashFolder(as(teacher), old.id());
    Document trashed = spaces.createDocument(as(teacher), space.id(), null, "brouillon.txt",
        "draft");
    spaces.trashDocument(as(teacher), trashed.id());
    spaces.share(as(teacher), SharedItem.folder(projects.id()),
        Grantee.person(otherPupil.id()), Permission.READ, null);
    Share toColleague = spaces.shareWithPerson(as(teacher), plan.id(), colleague.id(), null);
    spaces.reshare(as(colleague), toColleague.id(), otherPupil.id(), null);
    Document sheet = spaces.createDocument(as(teacher), spaces.personalSpace(as(teacher)).id(),
        null, "fiche.txt", "sheet");
    Share toClass = spaces.shareWithClass(as(teacher), sheet.id(), classe.id(), null);
    spaces.reshare(as(colleague), toClass.id(), otherPupil.id(), null);
    folios.news().publish(as(teacher), classe.id(), "Sortie", "Lundi au musée");

    StructureDeletion deleted = folios.directory().deleteClass(admin, classe.id());

    assertThat(deleted).isEqualTo(new StructureDeletion("class 3B (2025-2026)", 3, 2, 3, 3, 1,
        0));
    assertThat(store.spaces().findSpaceByOwner(SpaceKind.CLASS, classe.id().value())).isEmpty();
    assertThat(store.spaces().findDocument(plan.id())).isEmpty();
    assertThat(store.versions().versions(plan.id())).isEmpty();
    assertThat(spaces.sharedWithMe(as(otherPupil))).isEmpty();
    assertThat(spaces.canRead(as(pupil), sheet.id())).isFalse();
    assertThat(spaces.grants(as(teacher), SharedItem.document(sheet.id()))).isEmpty();
    assertThat(spaces.collectOrphanBlobs(Duration.ZERO, ProgressListener.NONE)).isEqualTo(4);
    assertThat(blobs.exists(sheet.blob())).isTrue();

    SchoolClass again = SchoolClass.create(college.id(), YEAR, "3B")
        .with(Set.of(pupil.id()), Set.of(), Set.of(teacher.id()));
    store.directory().saveClass(again);
    Space fresh = spaces.classSpace(as(teacher), again.id());
    assertThat(fresh.id()).isNotEqualTo(space.id());
    assertThat(fresh.usage().documents()).isZero();
    assertThat(spaces.documents(as(pupil), fresh.id(), null)).isEmpty();
    assertThat(folios.news().news(as(pupil), again.id())).isEmpty();
  }

  @Test
  void deleteGroup_removesItsSpaceSharesAndInvitations() {
    Person partner = folios.directory().registerPerson(Profile.EXTERNAL_PARTNER, "Nadia",
        "Bernard", null, Set.of());
    folios.directory().invitePartner(admin, group.id(), partner.id(),
        Instant.now().plus(Duration.ofDays(30)));
    Space space = spaces.groupSpace(as(teacher), group.id());
    Document inSpace = spaces.createDocument(as(teacher), space.id(), null, "a.txt", "x");
    Document sheet = spaces.createDocument(as(teacher), spaces.personalSpace(as(teacher)).id(),
        null, "fiche.txt", "sheet");
    spaces.shareWithGroup(as(teacher), sheet.id(), group.id(), null);
    assertThat(spaces.canRead(as(partner), sheet.id())).isTrue();

    StructureDeletion deleted = folios.directory().deleteGroup(admin, group.id());

    assertThat(deleted).isEqualTo(new StructureDeletion("group ECO (2025-2026)", 2, 1, 1, 0, 0,
        1));
    assertThat(store.directory().invitationsOf(partner.id())).isEmpty();
    assertThat(store.spaces().findDocument(inSpace.id())).isEmpty();
    assertThat(spaces.canRead(as(partner), sheet.id())).isFalse();
    assertThat(spaces.canRead(as(otherPupil), sheet.id())).isFalse();
    assertThat(folios.directory().groups(as(otherPupil))).isEmpty();
  }

  private Person person(Profile profile, String lastName) {
    return new Person(PersonId.random(), null, profile, "Léa", lastName, null,
        Set.of(college.id()), false, Set.of(), null);
  }

  private static Actor as(Person person) {
    return Actor.of(person.id());
  }

  private static ByteArrayInputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
