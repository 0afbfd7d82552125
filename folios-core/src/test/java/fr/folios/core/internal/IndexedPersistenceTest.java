package fr.folios.core.internal;

import static fr.folios.core.spi.Fixtures.blob;
import static fr.folios.core.spi.Fixtures.document;
import static fr.folios.core.spi.Fixtures.personalSpace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.FoliosException;
import fr.folios.core.ProgressListener;
import fr.folios.core.directory.PersonId;
import fr.folios.core.memory.InMemoryBlobStore;
import fr.folios.core.memory.InMemoryPersistence;
import fr.folios.core.space.Document;
import fr.folios.core.space.DocumentId;
import fr.folios.core.space.Space;
import fr.folios.core.space.SpaceId;
import fr.folios.core.spi.DocumentIndex;
import fr.folios.core.spi.IndexedDocument;
import fr.folios.core.spi.Persistence;
import fr.folios.core.spi.PlainTextExtractor;
import fr.folios.core.spi.SpaceRepository;
import fr.folios.core.spi.TextExtractor;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IndexedPersistenceTest {

  private final Persistence given = InMemoryPersistence.create();
  private final RecordingIndex index = new RecordingIndex();
  private final Persistence persistence = new IndexedPersistence(given, new DocumentIndexing(
      given.spaces(), InMemoryBlobStore.create(), PlainTextExtractor.create(), index));
  private final Space space = personalSpace(PersonId.random());

  @Test
  void itsSpacesRepository_overridesEveryMethodOfThePort_soAdaptersOwnVersionsAreUsed()
      throws NoSuchMethodException {
    for (Method method : SpaceRepository.class.getMethods()) {
      Method wrapped = IndexedPersistence.IndexedSpaces.class.getMethod(method.getName(),
          method.getParameterTypes());

      assertThat(wrapped.getDeclaringClass()).as(method.toString())
          .isEqualTo(IndexedPersistence.IndexedSpaces.class);
    }
  }

  @Test
  void itOverridesEveryMethodOfThePersistencePort_soAdaptersOwnVersionsAreUsed()
      throws NoSuchMethodException {
    for (Method method : Persistence.class.getMethods()) {
      Method wrapped = IndexedPersistence.class.getMethod(method.getName(),
          method.getParameterTypes());

      assertThat(wrapped.getDeclaringClass()).as(method.toString())
          .isEqualTo(IndexedPersistence.class);
    }
  }

  @Test
  void aCommittedTransaction_indexesWhatItSavedOnce_afterTheOuterCommit() {
    persistence.spaces().saveSpace(space);
    Document doc = document(space.id(), null, "a.txt", blob('a'), PersonId.random());

    persistence.transactions().run(() -> {
      persistence.spaces().saveDocument(doc);
      persistence.transactions().run(() -> persistence.spaces().saveDocument(
          doc.withTrashedAt(null)));
      assertThat(index.indexed).isEmpty();
    });

    assertThat(index.indexed).extracting(IndexedDocument::id).containsExactly(doc.id());
  }

  @Test
  void aFailedTransaction_indexesNothing() {
    persistence.spaces().saveSpace(space);
    Document doc = document(space.id(), null, "a.txt", blob('a'), PersonId.random());

    assertThatThrownBy(() -> persistence.transactions().run(() -> {
      persistence.spaces().saveDocument(doc);
      throw new IllegalStateException("disk full");
    })).hasMessage("disk full");

    assertThat(index.indexed).isEmpty();
    assertThat(index.removed).isEmpty();
  }

  @Test
  void aDeleteOutsideATransaction_removesTheDocumentAtOnce() {
    persistence.spaces().saveSpace(space);
    Document doc = document(space.id(), null, "a.txt", blob('a'), PersonId.random());
    persistence.spaces().saveDocument(doc);

    persistence.spaces().deleteDocument(doc.id());

    assertThat(index.removed).containsExactly(doc.id());
  }

  @Test
  void anIndexThatFails_neverFailsTheCommittedChange() {
    persistence.spaces().saveSpace(space);
    index.failing = true;
    Document doc = document(space.id(), null, "a.txt", blob('a'), PersonId.random());

    persistence.transactions().run(() -> persistence.spaces().saveDocument(doc));

    assertThat(given.spaces().findDocument(doc.id())).contains(doc);
  }

  @Test
  void aTextThatTakesTooLongToRead_costsTheDeadline_andLeavesTheDocumentFindableByName()
      throws Exception {
    InMemoryBlobStore blobs = InMemoryBlobStore.create();
    fr.folios.core.spi.BlobKey key = blobs.put(new java.io.ByteArrayInputStream(
        "contenu".getBytes(java.nio.charset.StandardCharsets.UTF_8)), 100).key();
    TextExtractor stuck = new TextExtractor() {
      @Override
      public boolean reads(String mediaType) {
        return true;
      }

      @Override
      public String extract(String mediaType, java.io.InputStream content, int maxChars)
          throws java.io.IOException {
        try {
          Thread.sleep(30_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return "never read";
      }
    };
    DocumentIndexing indexing = new DocumentIndexing(given.spaces(), blobs, stuck, index,
        java.time.Duration.ofMillis(200));
    Persistence slow = new IndexedPersistence(given, indexing);
    slow.spaces().saveSpace(space);
    Document doc = document(space.id(), null, "piège.pdf", key, PersonId.random());

    slow.transactions().run(() -> slow.spaces().saveDocument(doc));
    indexing.close();

    assertThat(index.indexed).singleElement().satisfies(indexed -> {
      assertThat(indexed.name()).isEqualTo("piège.pdf");
      assertThat(indexed.text()).isEmpty();
    });
  }

  /** Remembers what it was told; fails on demand. */
  private static final class RecordingIndex implements DocumentIndex {

    final List<IndexedDocument> indexed = new ArrayList<>();
    final List<DocumentId> removed = new ArrayList<>();
    boolean failing;

    @Override
    public void index(Collection<IndexedDocument> documents) {
      if (failing) {
        throw new FoliosException("index disk full");
      }
      indexed.addAll(documents);
    }

    @Override
    public void remove(Collection<DocumentId> ids) {
      removed.addAll(ids);
    }

    @Override
    public List<DocumentId> search(String text, Set<SpaceId> spaces, Set<DocumentId> documents,
        int limit) {
      return List.of();
    }

    @Override
    public void rebuild(Iterable<IndexedDocument> documents, long total,
        ProgressListener progress) {
      documents.forEach(indexed::add);
    }

    @Override
    public long size() {
      return indexed.size();
    }

    @Override
    public void close() {
    }
  }
}
