package fr.folios.search;

import static fr.folios.search.DocumentSearchTest.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.AccessDeniedException;
import fr.folios.core.DocumentSearch;
import fr.folios.core.Folios;
import fr.folios.core.InvalidInputException;
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
import fr.folios.core.space.NameConflict;
import fr.folios.core.space.Space;
import fr.folios.core.space.SpaceKind;
import fr.folios.core.space.SpaceLimits;
import fr.folios.core.spi.Persistence;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Hostile searches: who may find what as time passes and things move, and hostile text. */
class DocumentSearchAttackTest {

  private final MovingClock clock = new MovingClock(Instant.parse("2025-09-15T08:00:00Z"));
  private final Persistence store = InMemoryPersistence.create();
  private final Establishment college = new Establishment(EstablishmentId.random(),
      Uai.parse("0350057X"), "Collège Anne de Bretagne", EstablishmentType.COLLEGE, null, null);
  private final Person teacher = person(Profile.EDUCATIONAL_STAFF, "Morel");
  private final Person pupil = person(Profile.STUDENT, "Martin");
  private final Person otherPupil = person(Profile.STUDENT, "Petit");
  private final SchoolClass classe = SchoolClass.create(college.id(), new SchoolYear(2025), "3B")
      .with(Set.of(pupil.id(), otherPupil.id()), Set.of(teacher.id()), Set.of());
  private final Folios folios;
  private final DocumentSearch search;

  DocumentSearchAttackTest() {
    store.directory().saveEstablishment(college);
    for (Person person : List.of(teacher, pupil, otherPupil)) {
      store.directory().savePerson(person);
    }
    store.directory().saveClass(classe);
    folios = Folios.builder().persistence(store).blobs(InMemoryBlobStore.create()).clock(clock)
        .limits(SpaceKind.PERSONAL, new SpaceLimits(100_000_000, 1_000, 100, 1_000_000))
        .documentIndex(LuceneDocumentIndex.inMemory()).build();
    search = folios.documentSearch();
  }

  @AfterEach
  void close() {
    folios.close();
  }

  @Test
  void search_dropsAShareOnceItsEndHasPassed() {
    Document shared = write(teacher, "fiche-ebeniste.txt", "atelier de menuiserie");
    folios.spaces().shareWithPerson(as(teacher), shared.id(), pupil.id(),
        clock.instant().plus(Duration.ofDays(7)));

    assertThat(search.search(as(pupil), "menuiserie", 10)).containsExactly(shared);

    clock.advance(Duration.ofDays(8));

    assertThat(search.search(as(pupil), "menuiserie", 10)).isEmpty();
  }

  @Test
  void search_neverFindsTheOtherDocumentsOfASpaceOneDocumentIsSharedFrom() {
    Document shared = write(teacher, "partage.txt", "orientation partagée");
    Document kept = write(teacher, "garde.txt", "orientation gardée");
    folios.spaces().shareWithPerson(as(teacher), shared.id(), pupil.id(), null);

    assertThat(search.search(as(pupil), "orientation", 10)).containsExactly(shared);
    assertThat(kept).isNotNull();
  }

  @Test
  void search_findsASharedDocumentAmongManyOthersOfItsSpace() {
    for (int i = 0; i < 250; i++) {
      write(teacher, "fiche-" + i + ".txt", "fiche");
    }
    Document shared = write(teacher, "fiche-partagee-avec-la-classe-de-troisieme.txt",
        "une fiche métier partagée avec la classe entière pour préparer le stage");
    folios.spaces().shareWithPerson(as(teacher), shared.id(), pupil.id(), null);

    assertThat(search.search(as(pupil), "fiche", 1)).containsExactly(shared);
  }

  @Test
  void search_leavesOutDocumentsOfATrashedFolder_andFindsThemAgainOnceRestored() {
    Space mine = folios.spaces().personalSpace(as(pupil));
    Folder folder = folios.spaces().createFolder(as(pupil), mine.id(), null, "Stages");
    Document inside = folios.spaces().upload(as(pupil), mine.id(), folder.id(), "stage.txt",
        bytes("boulangerie du quartier"));

    folios.spaces().trashFolder(as(pupil), folder.id());
    assertThat(search.search(as(pupil), "boulangerie", 10)).isEmpty();

    folios.spaces().restoreFolder(as(pupil), folder.id(), NameConflict.REFUSE);
    assertThat(search.search(as(pupil), "boulangerie", 10)).extracting(Document::id)
        .containsExactly(inside.id());
  }

  @Test
  void search_findsDocumentsOfTheCurrentFolderAmongManyInATrashedOne() {
    Space mine = folios.spaces().personalSpace(as(pupil));
    Folder trashed = folios.spaces().createFolder(as(pupil), mine.id(), null, "Vieux");
    for (int i = 0; i < 250; i++) {
      folios.spaces().upload(as(pupil), mine.id(), trashed.id(), "rapport-" + i + ".txt",
          bytes("rapport"));
    }
    folios.spaces().trashFolder(as(pupil), trashed.id());
    Document current = write(pupil, "rapport-final-du-stage-de-troisieme.txt",
        "le rapport final du stage d'observation en entreprise, relu et corrigé");

    assertThat(search.search(as(pupil), "rapport", 1)).containsExactly(current);
  }

  @Test
  void search_followsADocumentMovedToAnotherSpace() {
    Space classSpace = folios.spaces().classSpace(as(teacher), classe.id());
    Document draft = write(teacher, "sujet.txt", "sujet d'examen blanc");
    assertThat(search.search(as(pupil), "examen", 10)).isEmpty();

    Document moved = folios.spaces().moveDocument(as(teacher), draft.id(), classSpace.id(), null,
        NameConflict.REFUSE);

    assertThat(search.search(as(pupil), "examen", 10)).containsExactly(moved);
    assertThat(search.search(as(teacher), "examen", 10)).containsExactly(moved);
  }

  @Test
  void search_refusesADeletedPerson() {
    write(pupil, "journal.txt", "journal de bord");
    Person gone = person(Profile.STUDENT, "Parti");

    assertThatThrownBy(() -> search.search(as(gone), "journal", 10))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void search_readsHostileTextAsWords() {
    Document doc = write(pupil, "projet.txt", "Mon projet d'orientation : devenir ébéniste");

    for (String text : List.of("+projet -", "projet~ ^", "\"projet", "projet* ?", "(projet)",
        "projet:[]{}", "projet && || !", "\\projet/", "projet \u0000\u0001\u001b\u007f\u200b",
        "projet \u200f\u202b\u202e",
        "ébéniste " + "de ".repeat(10_000), "projet " + "orientation ".repeat(500))) {
      assertThat(search.search(as(pupil), text, 10))
          .as("search %.40s", text.replaceAll("\\p{C}", "?"))
          .containsExactly(doc);
    }
    for (String text : List.of("le la les de des du", "!!! ,,, ;;; ...", "🎓", "\u0000\t\n",
        "*", "?", "\"", "~", "projet 🎓👩‍🏫")) {
      assertThat(search.search(as(pupil), text, 10)).as("search %s", text)
          .isSubsetOf(doc);
    }
  }

  @Test
  void search_ofTextCutInsideAnEmoji_stillFindsItsWords() {
    Document doc = write(pupil, "projet.txt", "Mon projet d'orientation");
    String cut = "projet " + " ".repeat(DocumentSearch.MAX_TEXT_LENGTH - 8) + "🎓";

    assertThat(search.search(as(pupil), cut, 10)).containsExactly(doc);
    assertThat(search.search(as(pupil), "projet \uDC00 \uD800", 10)).containsExactly(doc);
  }

  @Test
  void search_refusesEveryLimitOutOfRange() {
    for (int limit : List.of(0, -1, 101, Integer.MIN_VALUE, Integer.MAX_VALUE)) {
      assertThatThrownBy(() -> search.search(as(pupil), "mot", limit))
          .isInstanceOf(InvalidInputException.class);
    }
    assertThat(search.search(as(pupil), "mot", 100)).isEmpty();
  }

  @Test
  void search_ofAVeryLongWordWithSlipsStaysQuick() {
    write(pupil, "a".repeat(200) + ".txt", "b".repeat(250));
    long start = System.nanoTime();

    StringBuilder manyWords = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      manyWords.append("mot").append((char) ('a' + i % 26)).append((char) ('a' + i / 26 % 26))
          .append(' ');
    }
    for (String word : List.of("a".repeat(255), "b".repeat(250), "ab".repeat(500),
        manyWords.toString())) {
      search.search(as(pupil), word, 10);
    }

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
  }

  private Document write(Person author, String name, String text) {
    Space space = folios.spaces().personalSpace(as(author));
    return folios.spaces().upload(as(author), space.id(), null, name, bytes(text));
  }

  private static ByteArrayInputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private Person person(Profile profile, String lastName) {
    return new Person(PersonId.random(), null, profile, "Léa", lastName, null,
        Set.of(college.id()), false, Set.of(), null);
  }

  /** A clock the test moves forward. */
  static final class MovingClock extends Clock {

    private final AtomicReference<Instant> now;

    MovingClock(Instant start) {
      now = new AtomicReference<>(start);
    }

    void advance(Duration duration) {
      now.updateAndGet(instant -> instant.plus(duration));
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  }
}
