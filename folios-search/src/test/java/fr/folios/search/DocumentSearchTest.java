package fr.folios.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.DocumentSearch;
import fr.folios.core.Folios;
import fr.folios.core.InvalidInputException;
import fr.folios.core.ProgressListener;
import fr.folios.core.QuotaExceededException;
import fr.folios.core.directory.Actor;
import fr.folios.core.directory.Establishment;
import fr.folios.core.directory.EstablishmentId;
import fr.folios.core.directory.EstablishmentType;
import fr.folios.core.directory.Person;
import fr.folios.core.directory.PersonId;
import fr.folios.core.directory.Profile;
import fr.folios.core.directory.SchoolClass;
import fr.folios.core.directory.SchoolYear;
import fr.folios.core.directory.Uai;
import fr.folios.core.memory.InMemoryBlobStore;
import fr.folios.core.memory.InMemoryPersistence;
import fr.folios.core.space.Document;
import fr.folios.core.space.Folder;
import fr.folios.core.space.Grantee;
import fr.folios.core.space.Permission;
import fr.folios.core.space.SharedItem;
import fr.folios.core.space.NameConflict;
import fr.folios.core.space.Share;
import fr.folios.core.space.Space;
import fr.folios.core.space.SpaceKind;
import fr.folios.core.space.SpaceLimits;
import fr.folios.core.spi.Persistence;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Searching one's documents, end to end on the Lucene index. */
class DocumentSearchTest {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-09-15T08:00:00Z"), ZoneOffset.UTC);

  private final Persistence store = InMemoryPersistence.create();
  private final Establishment college = new Establishment(EstablishmentId.random(),
      Uai.parse("0350057X"), "Collège Anne de Bretagne", EstablishmentType.COLLEGE, null, null);
  private final Person teacher = person(Profile.EDUCATIONAL_STAFF, "Morel");
  private final Person pupil = person(Profile.STUDENT, "Martin");
  private final Person otherPupil = person(Profile.STUDENT, "Petit");
  private final SchoolClass classe = SchoolClass.create(college.id(), new SchoolYear(2025), "3B")
      .with(Set.of(pupil.id()), Set.of(teacher.id()), Set.of());
  private final InMemoryBlobStore blobs = InMemoryBlobStore.create();
  private final LuceneDocumentIndex index = LuceneDocumentIndex.inMemory();
  private final Folios folios;
  private final DocumentSearch search;

  DocumentSearchTest() {
    store.directory().saveEstablishment(college);
    for (Person person : List.of(teacher, pupil, otherPupil)) {
      store.directory().savePerson(person);
    }
    store.directory().saveClass(classe);
    folios = Folios.builder().persistence(store).blobs(blobs).clock(CLOCK)
        .limits(SpaceKind.PERSONAL, new SpaceLimits(10_000, 20, 10, 5_000))
        .documentIndex(index).build();
    search = folios.documentSearch();
  }

  @AfterEach
  void close() {
    folios.close();
  }

  @Test
  void search_findsOnesOwnDocumentsByNameAndContent_andNeverAnotherPersons() {
    Document mine = write(pupil, "Mon projet.txt", "Je veux devenir boulangère à Rennes");
    Document theirs = write(otherPupil, "Mon projet.txt", "Je veux devenir boulangère aussi");

    assertThat(search.search(as(pupil), "boulangere", 10)).containsExactly(mine);
    assertThat(search.search(as(pupil), "projet", 10)).containsExactly(mine);
    assertThat(search.search(as(otherPupil), "boulangère", 10)).containsExactly(theirs);
    assertThat(search.search(as(teacher), "boulangère", 10)).isEmpty();
  }

  @Test
  void search_findsWhatIsSharedUntilTheShareIsRevoked() {
    Document shared = write(teacher, "Fiche métier.txt", "Le métier de menuisier");
    Share share = folios.spaces().shareWithPerson(as(teacher), shared.id(), pupil.id(), null);

    assertThat(search.search(as(pupil), "menuisier", 10)).containsExactly(shared);
    assertThat(search.search(as(otherPupil), "menuisier", 10)).isEmpty();

    folios.spaces().revoke(as(teacher), share.id());

    assertThat(search.search(as(pupil), "menuisier", 10)).isEmpty();
  }

  @Test
  void search_findsWhatLiesBeneathASharedFolder_andNothingBesideIt() {
    Space mine = folios.spaces().personalSpace(as(teacher));
    Folder folder = folios.spaces().createFolder(as(teacher), mine.id(), null, "Stages");
    Folder inner = folios.spaces().createFolder(as(teacher), mine.id(), folder.id(), "3e");
    Document beneath = folios.spaces().createDocument(as(teacher), mine.id(), inner.id(),
        "Entreprises.txt", "Liste des garages d'accueil");
    folios.spaces().createDocument(as(teacher), mine.id(), null, "Privé.txt",
        "Mes garages préférés");
    Share share = folios.spaces().share(as(teacher), SharedItem.folder(folder.id()),
        Grantee.person(pupil.id()), Permission.READ, null);

    assertThat(search.search(as(pupil), "garages", 10)).containsExactly(beneath);

    folios.spaces().revoke(as(teacher), share.id());

    assertThat(search.search(as(pupil), "garages", 10)).isEmpty();
  }

  @Test
  void search_findsTheClassSpace_untilThePupilLeavesTheClass() {
    Space classSpace = folios.spaces().classSpace(as(teacher), classe.id());
    Document lesson = folios.spaces().createDocument(as(teacher), classSpace.id(), null,
        "Consignes.txt", "Préparez le stage d'observation");

    assertThat(search.search(as(pupil), "observation", 10)).containsExactly(lesson);
    assertThat(search.search(as(otherPupil), "observation", 10)).isEmpty();

    store.directory().saveClass(classe.without(pupil.id()));

    assertThat(search.search(as(pupil), "observation", 10)).isEmpty();
  }

  @Test
  void search_followsRenamesTrashRestoreAndDeletes() {
    Document doc = write(pupil, "brouillon.txt", "lettre de motivation");

    Document renamed = folios.spaces().renameDocument(as(pupil), doc.id(), "candidature.txt",
        NameConflict.REFUSE);
    assertThat(search.search(as(pupil), "brouillon", 10)).isEmpty();
    assertThat(search.search(as(pupil), "candidature", 10)).containsExactly(renamed);

    folios.spaces().trashDocument(as(pupil), doc.id());
    assertThat(search.search(as(pupil), "motivation", 10)).isEmpty();

    Document restored = folios.spaces().restoreDocument(as(pupil), doc.id(), NameConflict.REFUSE);
    assertThat(search.search(as(pupil), "motivation", 10)).containsExactly(restored);

    folios.spaces().deleteDocument(as(pupil), doc.id());
    assertThat(search.search(as(pupil), "motivation", 10)).isEmpty();
    assertThat(search.indexedSize()).isZero();
  }

  @Test
  void aRefusedChange_indexesNothing() {
    write(pupil, "a.txt", "premier");
    long indexed = search.indexedSize();

    assertThatThrownBy(() -> write(pupil, "b.txt", "x".repeat(6_000)))
        .isInstanceOf(QuotaExceededException.class);

    assertThat(search.indexedSize()).isEqualTo(indexed);
    assertThat(search.search(as(pupil), "b", 10)).isEmpty();
  }

  @Test
  void ensureIndexed_rebuildsAnIndexThatLostItsContent_reportingProgress() {
    Document doc = write(pupil, "journal.txt", "stage au garage");
    write(teacher, "notes.txt", "conseil de classe");
    List<Long> reported = new ArrayList<>();
    try (Folios fresh = Folios.builder().persistence(store).blobs(blobs)
        .clock(CLOCK).documentIndex(LuceneDocumentIndex.inMemory()).build()) {

      assertThat(fresh.documentSearch().ensureIndexed((step, done, total) -> reported.add(done)))
          .isTrue();

      assertThat(reported).endsWith(2L);
      assertThat(fresh.documentSearch().ensureIndexed(ProgressListener.NONE)).isFalse();
      assertThat(fresh.documentSearch().search(as(pupil), "garage", 10))
          .extracting(Document::id).containsExactly(doc.id());
    }
  }

  @Test
  void search_refusesALimitOutOfRange_andReturnsNothingForBlankText() {
    assertThatThrownBy(() -> search.search(as(pupil), "mot", 0))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("1 to 100");
    assertThatThrownBy(() -> search.search(as(pupil), "mot", 101))
        .isInstanceOf(InvalidInputException.class);
    assertThat(search.search(as(pupil), "   ", 10)).isEmpty();
  }

  @Test
  void withoutAnIndex_searchIsRefusedWithTheWayOut() {
    try (Folios bare = Folios.builder().persistence(InMemoryPersistence.create())
        .blobs(InMemoryBlobStore.create()).build()) {
      assertThatThrownBy(() -> bare.documentSearch().search(Actor.of(PersonId.random()), "mot",
          10)).isInstanceOf(IllegalStateException.class).hasMessageContaining("documentIndex");
      assertThat(bare.documentSearch().indexedSize()).isEqualTo(-1);
    }
  }

  private Document write(Person author, String name, String text) {
    Space space = folios.spaces().personalSpace(as(author));
    return folios.spaces().upload(as(author), space.id(), null, name,
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  private Person person(Profile profile, String lastName) {
    return new Person(PersonId.random(), null, profile, "Léa", lastName, null,
        Set.of(college.id()), false, Set.of(), null);
  }

  static Actor as(Person person) {
    return Actor.of(person.id());
  }
}
