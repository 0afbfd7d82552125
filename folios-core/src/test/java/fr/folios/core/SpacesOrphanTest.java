package fr.folios.core;

import static fr.folios.core.School.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.memory.InMemoryBlobStore;
import fr.folios.core.space.Document;
import fr.folios.core.space.Space;
import fr.folios.core.spi.StoredBlob;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Collecting the stored bytes no document uses any more. */
class SpacesOrphanTest {

  private final InMemoryBlobStore blobs = InMemoryBlobStore.create();
  private final School school = new School(blobs, fr.folios.core.space.SpaceLimits.DEFAULT);
  private final Spaces spaces = Folios.builder().persistence(school.store).blobs(blobs).build()
      .spaces();

  @Test
  void collectOrphanBlobs_removesOnlyOldBlobsNoDocumentUses() throws Exception {
    Space mine = spaces.personalSpace(as(school.teacher));
    Document kept = spaces.createDocument(as(school.teacher), mine.id(), null, "a.txt", "kept");
    Document trashed = spaces.createDocument(as(school.teacher), mine.id(), null, "b.txt",
        "trashed");
    spaces.trashDocument(as(school.teacher), trashed.id());
    StoredBlob orphan = store("left by an upload that crashed");
    Thread.sleep(20);
    List<String> told = new ArrayList<>();

    int removed = spaces.collectOrphanBlobs(Duration.ZERO,
        (step, done, total) -> told.add(step + " " + done + "/" + total));

    assertThat(removed).isEqualTo(1);
    assertThat(blobs.exists(orphan.key())).isFalse();
    assertThat(blobs.exists(kept.blob())).isTrue();
    assertThat(blobs.exists(trashed.blob())).isTrue();
    assertThat(told).contains("blobs 3/3");
  }

  @Test
  void collectOrphanBlobs_keepsBlobsStoredWithinTheGracePeriod() throws IOException {
    StoredBlob recent = store("an upload about to be recorded");

    assertThat(spaces.collectOrphanBlobs(Duration.ofHours(1), ProgressListener.NONE)).isZero();
    assertThat(blobs.exists(recent.key())).isTrue();
  }

  @Test
  void collectOrphanBlobs_countsTheGraceOnTheSystemClock_notOnTheClockGivenToFolios()
      throws Exception {
    Instant now = Instant.now();
    StoredBlob recent = store("an upload about to be recorded");

    try (Folios ahead = withClock(now.plus(Duration.ofDays(2)));
        Folios behind = withClock(now.minus(Duration.ofMinutes(10)))) {
      assertThat(ahead.spaces().collectOrphanBlobs(Duration.ofHours(1), ProgressListener.NONE))
          .isZero();
      assertThat(blobs.exists(recent.key())).isTrue();
      Thread.sleep(20);
      assertThat(behind.spaces().collectOrphanBlobs(Duration.ZERO, ProgressListener.NONE))
          .isEqualTo(1);
      assertThat(blobs.exists(recent.key())).isFalse();
    }
  }

  private Folios withClock(Instant at) {
    return Folios.builder().persistence(school.store).blobs(blobs)
        .clock(Clock.fixed(at, ZoneOffset.UTC)).build();
  }

  @Test
  void collectOrphanBlobs_refusesANegativeGracePeriod() {
    assertThatThrownBy(() -> spaces.collectOrphanBlobs(Duration.ofSeconds(-1),
        ProgressListener.NONE)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PT-1S");
  }

  private StoredBlob store(String text) throws IOException {
    return blobs.put(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 1_000);
  }
}
