package fr.folios.search;

import static fr.folios.search.DocumentSearchTest.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.Folios;
import fr.folios.core.FoliosException;
import fr.folios.core.ProgressListener;
import fr.folios.core.directory.Actor;
import fr.folios.core.directory.Person;
import fr.folios.core.directory.PersonId;
import fr.folios.core.directory.Profile;
import fr.folios.core.memory.InMemoryBlobStore;
import fr.folios.core.memory.InMemoryPersistence;
import fr.folios.core.space.Document;
import fr.folios.core.space.NameConflict;
import fr.folios.core.space.SpaceId;
import fr.folios.core.space.SpaceKind;
import fr.folios.core.space.SpaceLimits;
import fr.folios.core.spi.Persistence;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The document index failing under the search: a full disk, a closed index, a lost rebuild. */
class DocumentIndexFailureTest {

  private final Persistence store = InMemoryPersistence.create();
  private final InMemoryBlobStore blobs = InMemoryBlobStore.create();
  private final Person pupil = new Person(PersonId.random(), null, Profile.STUDENT, "Léa",
      "Martin", null, Set.of(), false, Set.of(), null);
  private final Actor me = as(pupil);
  private final FullDisk disk = new FullDisk();
  private final LuceneDocumentIndex index = LuceneDocumentIndex.open(disk, "failing index");
  private final Folios folios;
  private final SpaceId mine;

  DocumentIndexFailureTest() {
    store.directory().savePerson(pupil);
    folios = Folios.builder().persistence(store).blobs(blobs)
        .limits(SpaceKind.PERSONAL, new SpaceLimits(100_000_000, 10_000, 100, 1_000_000))
        .documentIndex(index).build();
    mine = folios.spaces().personalSpace(me).id();
  }

  @AfterEach
  void close() {
    folios.close();
  }

  @Test
  void upload_succeedsOnAFullDisk_andTheNextChangeIsIndexedOnceThereIsRoomAgain() {
    disk.full.set(true);
    Document lost = write("perdu.txt", "disque plein");
    disk.full.set(false);

    Document next = write("suivant.txt", "disque libre");

    assertThat(folios.documentSearch().search(me, "suivant", 10)).containsExactly(next);
    assertThat(folios.documentSearch().ensureIndexed(ProgressListener.NONE)).isTrue();
    assertThat(folios.documentSearch().search(me, "perdu", 10)).containsExactly(lost);
  }

  @Test
  void ensureIndexed_catchesUpARenameTheFullDiskLost() {
    Document doc = write("brouillon.txt", "lettre de motivation");
    disk.full.set(true);
    Document renamed = folios.spaces().renameDocument(me, doc.id(), "candidature.txt",
        NameConflict.REFUSE);
    disk.full.set(false);

    folios.documentSearch().ensureIndexed(ProgressListener.NONE);

    assertThat(folios.documentSearch().search(me, "candidature", 10)).containsExactly(renamed);
    assertThat(folios.documentSearch().search(me, "brouillon", 10)).isEmpty();
  }

  @Test
  void rebuild_stoppedHalfWayKeepsTheFormerContent_andEnsureIndexedFinishesIt() {
    for (int i = 0; i < 600; i++) {
      write("fiche-" + i + ".txt", "fiche numéro " + i);
    }
    try (LuceneDocumentIndex fresh = LuceneDocumentIndex.open(new FullDisk(), "fresh");
        Folios restarted = Folios.builder().persistence(store).blobs(blobs)
            .documentIndex(fresh).build()) {
      assertThatThrownBy(() -> restarted.documentSearch().rebuildIndex((step, done, total) -> {
        if (done >= 500) {
          throw new Error("the host stops");
        }
      })).isInstanceOf(Error.class);
      Document during = restarted.spaces().upload(me, mine, null, "pendant.txt",
          new ByteArrayInputStream("pendant".getBytes(StandardCharsets.UTF_8)));
      assertThat(restarted.documentSearch().indexedSize()).isIn(0L, 1L);
      assertThat(during).isNotNull();

      assertThat(restarted.documentSearch().ensureIndexed(ProgressListener.NONE)).isTrue();
      assertThat(restarted.documentSearch().search(me, "fiche", 100)).hasSize(100);
      assertThat(restarted.documentSearch().indexedSize()).isEqualTo(601);
    }
  }

  @Test
  void closedIndex_failsTheSearchWithTheWayOut_butNeverAnUpload() {
    index.close();

    Document doc = write("apres.txt", "après la fermeture");

    assertThat(store.spaces().findDocument(doc.id())).isPresent();
    assertThatThrownBy(() -> folios.documentSearch().search(me, "apres", 10))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
  }

  private Document write(String name, String text) {
    return folios.spaces().upload(me, mine, null, name,
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** A directory in memory whose disk can be made full: every new file then fails. */
  static final class FullDisk extends FilterDirectory {

    final AtomicBoolean full = new AtomicBoolean();

    FullDisk() {
      super(new ByteBuffersDirectory());
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
      refuseIfFull(name);
      return super.createOutput(name, context);
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context)
        throws IOException {
      refuseIfFull(prefix);
      return super.createTempOutput(prefix, suffix, context);
    }

    private void refuseIfFull(String name) throws IOException {
      if (full.get()) {
        throw new IOException("No space left on device: " + name);
      }
    }
  }
}
