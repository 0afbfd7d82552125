package fr.folios.search;

import static fr.folios.search.DocumentSearchTest.as;
import static org.assertj.core.api.Assertions.assertThat;

import fr.folios.core.FoliosException;
import fr.folios.core.Folios;
import fr.folios.core.directory.Actor;
import fr.folios.core.directory.Person;
import fr.folios.core.directory.PersonId;
import fr.folios.core.directory.Profile;
import fr.folios.core.memory.InMemoryBlobStore;
import fr.folios.core.memory.InMemoryPersistence;
import fr.folios.core.space.Document;
import fr.folios.core.space.DocumentId;
import fr.folios.core.space.NameConflict;
import fr.folios.core.space.SpaceId;
import fr.folios.core.space.SpaceKind;
import fr.folios.core.space.SpaceLimits;
import fr.folios.core.spi.Persistence;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Uploads, renames, trashes and deletes of the same documents from several threads while
 * others search: once they stop, the index agrees with the repository.
 */
class DocumentIndexConsistencyTest {

  private static final int WRITERS = 4;
  private static final int OPERATIONS = 150;

  @RepeatedTest(3)
  void index_agreesWithTheRepository_afterConcurrentChanges() throws Exception {
    Persistence store = InMemoryPersistence.create();
    Person pupil = new Person(PersonId.random(), null, Profile.STUDENT, "Léa", "Martin", null,
        Set.of(), false, Set.of(), null);
    store.directory().savePerson(pupil);
    LuceneDocumentIndex index = LuceneDocumentIndex.inMemory();
    try (Folios folios = Folios.builder().persistence(store).blobs(InMemoryBlobStore.create())
        .limits(SpaceKind.PERSONAL, new SpaceLimits(100_000_000, 10_000, 100, 1_000_000))
        .documentIndex(index).build()) {
      Actor me = as(pupil);
      SpaceId mine = folios.spaces().personalSpace(me).id();
      List<DocumentId> touched = new CopyOnWriteArrayList<>();
      AtomicBoolean writing = new AtomicBoolean(true);
      ExecutorService threads = Executors.newFixedThreadPool(WRITERS + 2);
      List<Future<?>> writers = new ArrayList<>();
      for (int w = 0; w < WRITERS; w++) {
        writers.add(threads.submit(() -> change(folios, me, mine, touched)));
      }
      List<Future<?>> readers = new ArrayList<>();
      for (int r = 0; r < 2; r++) {
        readers.add(threads.submit(() -> {
          while (writing.get()) {
            folios.documentSearch().search(me, "fichier " + word(), 20);
          }
          return null;
        }));
      }
      for (Future<?> writer : writers) {
        writer.get();
      }
      writing.set(false);
      for (Future<?> reader : readers) {
        reader.get();
      }
      threads.shutdown();

      for (DocumentId id : Set.copyOf(touched)) {
        Optional<Document> now = store.spaces().findDocument(id);
        List<DocumentId> byName = now.isEmpty() ? List.of() : index.search(
            now.get().name().value().replace(".txt", ""), Set.of(mine), 100);
        if (now.isEmpty()) {
          assertThat(index.search("fichier", Set.of(mine), 10_000)).doesNotContain(id);
        } else if (now.get().trashed()) {
          assertThat(byName).as("trashed %s", now.get().name()).doesNotContain(id);
        } else {
          assertThat(byName).as("kept %s", now.get().name()).contains(id);
        }
      }
      assertThat(index.size()).isEqualTo(store.spaces().countDocuments());
    }
  }

  private static Void change(Folios folios, Actor me, SpaceId mine, List<DocumentId> touched) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int i = 0; i < OPERATIONS; i++) {
      try {
        int op = touched.size() < 5 ? 0 : random.nextInt(6);
        DocumentId some = touched.isEmpty() ? null : touched.get(random.nextInt(touched.size()));
        switch (op) {
          case 0, 1 -> touched.add(folios.spaces().upload(me, mine, null,
              "fichier-" + word() + ".txt", new ByteArrayInputStream(("texte " + word())
                  .getBytes(StandardCharsets.UTF_8))).id());
          case 2 -> folios.spaces().renameDocument(me, some, "fichier-" + word() + ".txt",
              NameConflict.REFUSE);
          case 3 -> folios.spaces().trashDocument(me, some);
          case 4 -> folios.spaces().restoreDocument(me, some, NameConflict.SUFFIX);
          default -> folios.spaces().deleteDocument(me, some);
        }
      } catch (FoliosException | IllegalArgumentException expected) {
        // Another thread got there first: that is the point.
      }
    }
    return null;
  }

  private static String word() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      word.append((char) ('a' + random.nextInt(26)));
    }
    return word.toString();
  }
}
