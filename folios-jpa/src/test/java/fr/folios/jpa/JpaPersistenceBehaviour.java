package fr.folios.jpa;

import static fr.folios.core.spi.Fixtures.NOW;
import static fr.folios.core.spi.Fixtures.blob;
import static fr.folios.core.spi.Fixtures.document;
import static fr.folios.core.spi.Fixtures.establishment;
import static fr.folios.core.spi.Fixtures.person;
import static fr.folios.core.spi.Fixtures.personalSpace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.ConflictException;
import fr.folios.core.InvalidInputException;
import fr.folios.core.NotFoundException;
import fr.folios.core.catalogue.CatalogueResource;
import fr.folios.core.catalogue.Concept;
import fr.folios.core.catalogue.Facet;
import fr.folios.core.catalogue.ResourceId;
import fr.folios.core.catalogue.Vocabulary;
import fr.folios.core.directory.Establishment;
import fr.folios.core.directory.EstablishmentId;
import fr.folios.core.directory.Person;
import fr.folios.core.directory.PersonId;
import fr.folios.core.directory.Profile;
import fr.folios.core.directory.SchoolClass;
import fr.folios.core.directory.SchoolYear;
import fr.folios.core.news.NewsId;
import fr.folios.core.news.NewsItem;
import fr.folios.core.space.Document;
import fr.folios.core.space.FolderId;
import fr.folios.core.space.Grantee;
import fr.folios.core.space.Share;
import fr.folios.core.space.ShareId;
import fr.folios.core.space.Space;
import fr.folios.core.space.SpaceId;
import fr.folios.core.spi.Persistence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link JpaPersistence} does beyond the ports' contracts, on each database: transactions
 * that span every repository, conflicts lost in a race, references to rows that are not
 * stored, and the updates that replace collections.
 */
abstract class JpaPersistenceBehaviour {

  private static final SchoolYear YEAR = new SchoolYear(2025);

  private Persistence store;

  /** Returns a new store on an empty database. */
  abstract Persistence newStore();

  @BeforeEach
  void open() {
    store = newStore();
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void inTransaction_rollbackUndoesTheWritesOfEveryRepository() {
    Establishment college = establishment(350001, "52000");
    Person pupil = person(Profile.STUDENT, "Morel", college.id(), "E1");
    Space space = personalSpace(pupil.id());
    Document document = document(space.id(), null, "cv.txt", blob('a'), pupil.id());
    SchoolClass classe = SchoolClass.create(college.id(), YEAR, "3B");
    IllegalStateException failure = new IllegalStateException("the blob store is full");

    assertThatThrownBy(() -> store.transactions().run(() -> {
      store.directory().saveEstablishment(college);
      store.directory().savePerson(pupil);
      store.directory().saveClass(classe);
      store.spaces().saveSpace(space);
      store.spaces().saveDocument(document);
      store.shares().saveShare(new Share(ShareId.random(), document.id(),
          Grantee.classSpace(classe.id()), pupil.id(), NOW, null));
      store.news().saveNews(new NewsItem(NewsId.random(), classe.id(), pupil.id(), "Titre",
          "Texte", NOW));
      store.catalogue().saveResources(List.of(resource("onisep:1", "Un métier")));
      store.catalogue().saveVocabulary(Vocabulary.of("v", "V", List.of(Concept.of("a", "A"))));
      throw failure;
    })).isSameAs(failure);

    assertThat(store.directory().establishments()).isEmpty();
    assertThat(store.directory().countPeople(Profile.STUDENT)).isZero();
    assertThat(store.directory().countClasses()).isZero();
    assertThat(store.spaces().findSpace(space.id())).isEmpty();
    assertThat(store.spaces().countDocumentsUsing(blob('a'))).isZero();
    assertThat(store.shares().sharesOf(document.id())).isEmpty();
    assertThat(store.news().news(classe.id())).isEmpty();
    assertThat(store.catalogue().countResources()).isZero();
    assertThat(store.catalogue().vocabularies()).isEmpty();
  }

  @Test
  void inTransaction_goesOnAfterARefusedDuplicate() {
    Establishment first = establishment(350001, null);
    Establishment twin = new Establishment(EstablishmentId.random(), first.uai(), "Twin",
        first.type(), null, null);
    Establishment second = establishment(350002, null);

    store.transactions().run(() -> {
      store.directory().saveEstablishment(first);
      assertThatThrownBy(() -> store.directory().saveEstablishment(twin))
          .isInstanceOf(ConflictException.class);
      store.directory().saveEstablishment(second);
    });

    assertThat(store.directory().establishments()).containsExactly(first, second);
  }

  @Test
  void saveEstablishment_loserOfARaceForAUaiGetsAConflictNamingIt() throws Exception {
    Establishment first = establishment(350001, null);
    Establishment twin = new Establishment(EstablishmentId.random(), first.uai(), "Twin",
        first.type(), null, null);
    CountDownLatch firstWritten = new CountDownLatch(1);
    ExecutorService winner = Executors.newSingleThreadExecutor();
    try {
      Future<?> win = winner.submit(() -> store.transactions().run(() -> {
        store.directory().saveEstablishment(first);
        firstWritten.countDown();
        pause(300);
      }));
      assertThat(firstWritten.await(30, TimeUnit.SECONDS)).isTrue();

      assertThatThrownBy(() -> store.directory().saveEstablishment(twin))
          .isInstanceOf(ConflictException.class)
          .hasMessageContaining(first.uai().value());
      win.get(30, TimeUnit.SECONDS);
    } finally {
      winner.shutdownNow();
    }

    assertThat(store.directory().establishments()).containsExactly(first);
  }

  @Test
  void saveDocument_inAFolderThatIsNotStoredIsRefusedNamingIt() {
    Person owner = person(Profile.STUDENT, "Morel", EstablishmentId.random(), null);
    Space space = personalSpace(owner.id());
    store.spaces().saveSpace(space);
    FolderId missing = FolderId.random();

    assertThatThrownBy(() -> store.spaces().saveDocument(
        document(space.id(), missing, "cv.txt", blob('b'), owner.id())))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining(missing.value());
    assertThat(store.spaces().documents(space.id(), null)).isEmpty();
  }

  @Test
  void saveEstablishment_withANameTooLongForItsColumnIsRefusedAsInvalid() {
    Establishment college = establishment(350001, null);
    Establishment verbose = new Establishment(college.id(), college.uai(), "Collège ".repeat(70),
        college.type(), college.academy(), null);

    assertThatThrownBy(() -> store.directory().saveEstablishment(verbose))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("shorten it");
    assertThat(store.directory().establishments()).isEmpty();
  }

  @Test
  void lockSpace_ofASpaceThatIsNotStoredIsEmpty() {
    assertThat(store.transactions().inTransaction(
        () -> store.spaces().lockSpace(SpaceId.random()))).isEmpty();
  }

  @Test
  void savePerson_replacesTheirEstablishmentsAndChildren() {
    PersonId child = PersonId.random();
    EstablishmentId before = EstablishmentId.random();
    EstablishmentId after = EstablishmentId.random();
    Person parent = new Person(PersonId.random(), "P1", Profile.PARENT, "Léa", "Morel", null,
        Set.of(before), false, Set.of(child), null);
    store.directory().savePerson(parent);
    Person moved = new Person(parent.id(), "P1", Profile.PARENT, "Léa", "Morel", null,
        Set.of(after), false, Set.of(), null);

    store.directory().savePerson(moved);

    assertThat(store.directory().findPerson(parent.id())).contains(moved);
    assertThat(store.directory().people(before, Profile.PARENT)).isEmpty();
    assertThat(store.directory().people(after, Profile.PARENT)).containsExactly(moved);
  }

  @Test
  void saveVocabulary_replacesReordersAndRemovesConcepts() {
    store.catalogue().saveVocabulary(Vocabulary.of("niveaux", "Niveaux", List.of(
        new Concept("6e", "Sixième", List.of("6ème", "6e"), null, false),
        Concept.of("5e", "Cinquième"),
        Concept.of("old", "Ancien"))));
    Vocabulary revised = Vocabulary.of("niveaux", "Niveaux du collège", List.of(
        Concept.of("5e", "5e"),
        new Concept("6e", "6e", List.of("6e", "sixième", "6ème"), "college", true),
        Concept.of("4e", "4e")));

    store.catalogue().saveVocabulary(revised);

    Vocabulary stored = store.catalogue().findVocabulary("niveaux").orElseThrow();
    assertThat(stored.title()).isEqualTo("Niveaux du collège");
    assertThat(stored.concepts()).isEqualTo(revised.concepts());
  }

  @Test
  void saveResources_storesAndReplacesALargeImport() {
    List<CatalogueResource> resources = new ArrayList<>();
    for (int i = 0; i < 1_200; i++) {
      resources.add(resource(String.format("onisep:%04d", i), "Fiche " + i));
    }
    store.catalogue().saveResources(resources);
    CatalogueResource renamed = resource("onisep:0700", "Fiche renommée");

    store.catalogue().saveResources(List.of(renamed));

    assertThat(store.catalogue().countResources()).isEqualTo(1_200);
    assertThat(store.catalogue().findResource(renamed.id())).contains(renamed);
    assertThat(store.catalogue().resources().get(1_199)).isEqualTo(resources.get(1_199));
  }

  private static CatalogueResource resource(String id, String title) {
    return new CatalogueResource(new ResourceId(id), title, "Résumé", "Texte complet",
        Map.of(Facet.PATHWAY, Set.of("avenir"), Facet.LEVEL, Set.of("3e", "2nde")), null,
        "Onisep, ODbL", null);
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
