package fr.folios.core;

import static fr.folios.core.School.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.memory.InMemoryBlobStore;
import fr.folios.core.space.Document;
import fr.folios.core.space.Folder;
import fr.folios.core.space.DocumentVersion;
import fr.folios.core.space.Download;
import fr.folios.core.space.NameConflict;
import fr.folios.core.space.Space;
import fr.folios.core.space.SpaceLimits;
import fr.folios.core.space.SpaceUsage;
import fr.folios.core.spi.BlobKey;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Versions of a document's content: replacing, listing, opening, restoring, and their cost. */
class SpacesVersionsTest {

  private final InMemoryBlobStore blobs = InMemoryBlobStore.create();
  private final School school = new School(blobs, new SpaceLimits(1_000, 10, 10, 400),
      builder -> builder.keptVersions(2));
  private final Spaces spaces = school.folios.spaces();
  private final Space mine = spaces.personalSpace(as(school.teacher));

  @Test
  void replaceContent_keepsTheEarlierContentAsAVersion() {
    Document doc = spaces.createDocument(as(school.teacher), mine.id(), null, "a.txt", "one");
    school.clock.advance(Duration.ofMinutes(5));

    Document replaced = spaces.replaceContent(as(school.teacher), doc.id(), bytes("second"));

    assertThat(replaced.size()).isEqualTo(6);
    assertThat(replaced.createdAt()).isEqualTo(doc.createdAt());
    assertThat(spaces.versions(as(school.teacher), doc.id()))
        .extracting(DocumentVersion::number, DocumentVersion::size, DocumentVersion::createdAt)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 3L, doc.createdAt()),
            org.assertj.core.groups.Tuple.tuple(2, 6L, school.clock.instant()));
    assertThat(read(spaces.download(as(school.teacher), doc.id()))).isEqualTo("second");
    assertThat(read(spaces.downloadVersion(as(school.teacher), doc.id(), 1))).isEqualTo("one");
  }

  @Test
  void versions_ofADocumentNeverReplacedIsItsContentAsVersionOne() {
    Document doc = spaces.createDocument(as(school.teacher), mine.id(), null, "a.txt", "one");

    assertThat(spaces.versions(as(school.teacher), doc.id())).containsExactly(
        new DocumentVersion(doc.id(), 1, doc.blob(), 3, doc.mediaType(), school.teacher.id(),
            doc.createdAt()));
  }

  @Test
  void replaceContent_countsEveryVersionAgainstTheSpace() {
    Document doc = spaces.createDocument(as(school.teacher), mine.id(), null, "a.txt", "one");

    spaces.replaceContent(as(school.teacher), doc.id(), bytes("second"));

    assertThat(usage()).isEqualTo(new SpaceUsage(9, 1, 0));
  }

  @Test
  void replaceContent_beyondTheKeptVersionsDropsTheOldestAndItsBytes() {
    Document doc = spaces.createDocument(as(school.teacher), mine.id(), null, "a.txt", "v1");
    for (String content : new String[] {"v2", "v3.", "v4..", "v5..."}) {
      spaces.replaceContent(as(school.teacher), doc.id(), bytes(content));
    }

    assertThat(spaces.versions(as(school.teacher), doc.id()))
        .extracting(DocumentVersion::number).containsExactly(3, 4, 5);
    assertThat(usage().bytes()).isEqualTo(3 + 4 + 5);
    assertThat(blobs.exists(doc.blob())).as("version 1's blob").isFalse();
    assertThatThrownBy(() -> spaces.downloadVersion(as(school.teacher), doc.id(), 1))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("[3, 4, 5]");
  }

  @Test
  void replaceContent_keepsTheBytesADroppedVersionSharesWithACopy() {
    Document doc = spaces.createDocument(as(school.teacher), mine.id(), null, "a.txt", "v1");
    Space classSpace = spaces.classSpace(as(school.teacher), school.classe.id());
    Document copy = spaces.copy(as(school.teacher), doc.id(), classSpace.id(), null);
    for (String content : new String[] {"v2", "v3", "v4"}) {
      spaces.replaceContent(as(school.teacher), doc.id(), bytes(content));
    }

    assertThat(blobs.exists(doc.blob())).isTrue();
    assertThat(read(spaces.download(as(school.teacher), copy.id()))).isEqualTo("v1");
    assertThat(spaces.versions(as(school.teacher), copy.id())).hasSize(1);
  }

  @Test
  void replaceContent_isCheckedOnTheUsageAfterTheChange() {
    Document doc = spaces.createDocument(as(school.teacher), mine.id(), null, "a.txt",
        "x".repeat(300));
    spaces.replaceContent(as(school.teacher), doc.id(), bytes("y".repeat(300)));
    spaces.replaceContent(as(school.teacher), doc.id(), bytes("z".repeat(300)));
    spaces.createDocument(as(school.teacher), mine.id(), null, "b.txt", "b");

    assertThatThrownBy(() -> spaces.replaceContent(as(school.teacher), doc.id(),
        bytes("w".repeat(400)))).isInstanceOf(QuotaExceededException.class)
        .hasMessageContaining("a.txt").hasMessageContaining("1000");
    spaces.replaceContent(as(school.teacher), doc.id(), bytes("w".repeat(399)));

    assertThat(usage().bytes()).isEqualTo(1_000);
    assertThat(spaces.versions(as(school.teacher), doc.id()))
        .extracting(DocumentVersion::number).containsExactly(2, 3, 4);
  }

  @Test
  void replaceContent_largerThanAFileMayBeIsRefusedAndLeavesNothing() {
    Document doc = spaces.createDocument(as(school.teacher), mine.id(), null, "a.txt", "one");

    assertThatThrownBy(() -> spaces.replaceContent(as(school.teacher), doc.id(),
        bytes("x".repeat(401)))).isInstanceOf(QuotaExceededException.class)
        .hasMessageContaining("a.txt");

    assertThat(spaces.versions(as(school.teacher), doc.id())).hasSize(1);
    assertThat(usage()).isEqualTo(new SpaceUsage(3, 1, 0));
    assertThat(blobs.exists(key("x".repeat(401)))).isFalse();
  }

  @Test
  void replaceContent_refusesRawHtmlAsUploadsDo() {
    Document doc = spaces.createDocument(as(school.teacher), mine.id(), null, "a.txt", "one");

    assertThatThrownBy(() -> spaces.replaceContent(as(school.teacher), doc.id(),
        bytes("<html><script>alert(1)</script></html>")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("text/html");

    assertThat(read(spaces.download(as(school.teacher), doc.id()))).isEqualTo("one");
    assertThat(usage().bytes()).isEqualTo(3);
  }

  @Test
  void replaceContent_isForWhoMayWriteTheSpace() {
    Document doc = spaces.createDocument(as(school.teacher), mine.id(), null, "a.txt", "one");
    spaces.shareWithPerson(as(school.teacher), doc.id(), school.colleague.id(), null);

    assertThatThrownBy(() -> spaces.replaceContent(as(school.colleague), doc.id(),
        bytes("mine"))).isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("a.txt");
    assertThatThrownBy(() -> spaces.versions(as(school.colleague), doc.id()))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(read(spaces.download(as(school.colleague), doc.id()))).isEqualTo("one");
  }

  @Test
  void replaceContent_isRefusedInTheTrash() {
    Document doc = spaces.createDocument(as(school.teacher), mine.id(), null, "a.txt", "one");
    spaces.trashDocument(as(school.teacher), doc.id());

    assertThatThrownBy(() -> spaces.replaceContent(as(school.teacher), doc.id(), bytes("two")))
        .isInstanceOf(ConflictException.class).hasMessageContaining("trash");
  }

  @Test
  void replaceContent_twoAtOnceWhereOnlyOneFits_oneWinsAndTheOtherLeavesNothing()
      throws InterruptedException {
    Document doc = spaces.createDocument(as(school.teacher), mine.id(), null, "a.txt",
        "x".repeat(300));
    CountDownLatch start = new CountDownLatch(1);
    AtomicInteger won = new AtomicInteger();
    List<Thread> threads = new ArrayList<>();
    for (String content : new String[] {"y".repeat(400), "z".repeat(400)}) {
      Thread thread = new Thread(() -> {
        try {
          start.await();
          spaces.replaceContent(as(school.teacher), doc.id(), bytes(content));
          won.incrementAndGet();
        } catch (QuotaExceededException | InterruptedException refused) {
          // the other one won
        }
      });
      thread.start();
      threads.add(thread);
    }
    start.countDown();
    for (Thread thread : threads) {
      thread.join();
    }

    assertThat(won.get()).isEqualTo(1);
    assertThat(usage().bytes()).isEqualTo(700);
    assertThat(spaces.versions(as(school.teacher), doc.id())).hasSize(2);
    assertThat(blobs.exists(key("y".repeat(400))) ^ blobs.exists(key("z".repeat(400))))
        .as("exactly one of the two contents is stored").isTrue();
    assertThat(collectEverything()).isZero();
  }

  @Test
  void restoreVersion_makesAnEarlierVersionCurrentAsANewOne() {
    Document doc = spaces.createDocument(as(school.teacher), mine.id(), null, "a.txt", "one");
    spaces.replaceContent(as(school.teacher), doc.id(), bytes("second"));

    Document restored = spaces.restoreVersion(as(school.teacher), doc.id(), 1);

    assertThat(restored.blob()).isEqualTo(doc.blob());
    assertThat(spaces.versions(as(school.teacher), doc.id()))
        .extracting(DocumentVersion::number).containsExactly(1, 2, 3);
    assertThat(read(spaces.download(as(school.teacher), doc.id()))).isEqualTo("one");
    assertThat(usage().bytes()).isEqualTo(3 + 6 + 3);
  }

  @Test
  void restoreVersion_dropsTheOldestButKeepsTheBytesItRestores() {
    Document doc = spaces.createDocument(as(school.teacher), mine.id(), null, "a.txt", "v1");
    spaces.replaceContent(as(school.teacher), doc.id(), bytes("v2"));
    spaces.replaceContent(as(school.teacher), doc.id(), bytes("v3"));

    spaces.restoreVersion(as(school.teacher), doc.id(), 1);

    assertThat(spaces.versions(as(school.teacher), doc.id()))
        .extracting(DocumentVersion::number).containsExactly(2, 3, 4);
    assertThat(blobs.exists(doc.blob())).isTrue();
    assertThat(read(spaces.download(as(school.teacher), doc.id()))).isEqualTo("v1");
  }

  @Test
  void deleteDocument_releasesEveryVersionAndItsBytes() {
    Document doc = spaces.createDocument(as(school.teacher), mine.id(), null, "a.txt", "v1");
    Document replaced = spaces.replaceContent(as(school.teacher), doc.id(), bytes("v2"));

    spaces.deleteDocument(as(school.teacher), doc.id());

    assertThat(usage()).isEqualTo(SpaceUsage.EMPTY);
    assertThat(school.store.versions().versions(doc.id())).isEmpty();
    assertThat(blobs.exists(doc.blob())).isFalse();
    assertThat(blobs.exists(replaced.blob())).isFalse();
  }

  @Test
  void purge_releasesEveryVersionOfTrashedDocuments() {
    Document doc = spaces.createDocument(as(school.teacher), mine.id(), null, "a.txt", "v1");
    spaces.replaceContent(as(school.teacher), doc.id(), bytes("v2"));
    spaces.trashDocument(as(school.teacher), doc.id());
    assertThat(usage().bytes()).as("the trash costs what it holds").isEqualTo(4);

    spaces.purge(as(school.teacher), mine.id(), null);

    assertThat(usage()).isEqualTo(SpaceUsage.EMPTY);
    assertThat(school.store.versions().versions(doc.id())).isEmpty();
    assertThat(blobs.exists(doc.blob())).isFalse();
  }

  @Test
  void moveDocument_takesEveryVersionAlong() {
    Space classSpace = spaces.classSpace(as(school.teacher), school.classe.id());
    Document doc = spaces.createDocument(as(school.teacher), mine.id(), null, "a.txt", "v1");
    spaces.replaceContent(as(school.teacher), doc.id(), bytes("v2.."));

    spaces.moveDocument(as(school.teacher), doc.id(), classSpace.id(), null,
        NameConflict.REFUSE);

    assertThat(usage()).isEqualTo(SpaceUsage.EMPTY);
    assertThat(spaces.space(as(school.teacher), classSpace.id()).usage())
        .isEqualTo(new SpaceUsage(6, 1, 0));
    assertThat(spaces.versions(as(school.teacher), doc.id())).hasSize(2);
  }

  @Test
  void moveFolder_toAnotherSpace_takesEveryVersionOfWhatItHoldsAlong() {
    Space classSpace = spaces.classSpace(as(school.teacher), school.classe.id());
    Folder folder = spaces.createFolder(as(school.teacher), mine.id(), null, "Projets");
    Document doc = spaces.createDocument(as(school.teacher), mine.id(), folder.id(), "a.txt",
        "v1");
    spaces.replaceContent(as(school.teacher), doc.id(), bytes("v2.."));

    spaces.moveFolder(as(school.teacher), folder.id(), classSpace.id(), null,
        NameConflict.REFUSE);

    assertThat(usage()).isEqualTo(SpaceUsage.EMPTY);
    assertThat(spaces.space(as(school.teacher), classSpace.id()).usage())
        .isEqualTo(new SpaceUsage(6, 1, 1));
    assertThat(spaces.versions(as(school.teacher), doc.id())).hasSize(2);
  }

  @Test
  void collectOrphanBlobs_keepsTheBytesOfEarlierVersions() {
    Document doc = spaces.createDocument(as(school.teacher), mine.id(), null, "a.txt", "v1");
    spaces.replaceContent(as(school.teacher), doc.id(), bytes("v2"));

    assertThat(collectEverything()).isZero();
    assertThat(read(spaces.downloadVersion(as(school.teacher), doc.id(), 1))).isEqualTo("v1");
  }

  @Test
  void download_tellsTheNameTypeSizeAndVersion() {
    Document doc = spaces.createDocument(as(school.teacher), mine.id(), null, "Résumé.txt",
        "one");
    spaces.replaceContent(as(school.teacher), doc.id(), bytes("second"));

    try (Download download = spaces.download(as(school.teacher), doc.id())) {
      assertThat(download.name().value()).isEqualTo("Résumé.txt");
      assertThat(download.mediaType()).startsWith("text/plain");
      assertThat(download.size()).isEqualTo(6);
      assertThat(download.version()).isEqualTo(2);
    }
    assertThatThrownBy(() -> spaces.download(as(school.stranger), doc.id()))
        .isInstanceOf(AccessDeniedException.class);
  }

  /** Collects orphans with the clock moved past every blob's time, so that all are looked at. */
  private int collectEverything() {
    school.clock.advance(Duration.ofDays(36_500));
    return spaces.collectOrphanBlobs(Duration.ZERO, ProgressListener.NONE);
  }

  private static BlobKey key(String content) {
    try {
      return new BlobKey(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(content.getBytes(StandardCharsets.UTF_8))));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private SpaceUsage usage() {
    return spaces.space(as(school.teacher), mine.id()).usage();
  }

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String read(Download download) {
    try (download) {
      return new String(download.content().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
