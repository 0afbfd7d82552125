package fr.folios.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.directory.Actor;
import fr.folios.core.memory.InMemoryBlobStore;
import fr.folios.core.memory.InMemoryPersistence;
import fr.folios.core.news.NewsItem;
import fr.folios.core.space.SpaceKind;
import fr.folios.core.space.SpaceLimits;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FoliosTest {

  @Test
  void build_withoutPersistenceOrBlobsSaysWhatToCall() {
    assertThatThrownBy(() -> Folios.builder().blobs(InMemoryBlobStore.create()).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("InMemoryPersistence.create()");
    assertThatThrownBy(() -> Folios.builder().persistence(InMemoryPersistence.create()).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("InMemoryBlobStore.create()");
  }

  @Test
  void instants_areKeptToTheMicrosecondAsDatabasesKeepThem() {
    School school = new School();
    Folios folios = Folios.builder().persistence(school.store).blobs(school.blobs)
        .clock(Clock.fixed(Instant.parse("2025-09-15T08:00:00.123456789Z"), ZoneOffset.UTC))
        .build();

    NewsItem item = folios.news().publish(Actor.of(school.teacher.id()), school.classe.id(),
        "Rentrée", "Bienvenue.");

    assertThat(item.publishedAt()).isEqualTo(Instant.parse("2025-09-15T08:00:00.123456Z"));
  }

  @Test
  void limits_areChosenPerKindOfSpace() {
    School school = new School();
    SpaceLimits small = new SpaceLimits(10, 1, 1, 10);
    Folios folios = Folios.builder().persistence(school.store).blobs(school.blobs)
        .limits(SpaceKind.CLASS, small).build();

    assertThat(folios.spaces().classSpace(Actor.of(school.teacher.id()), school.classe.id())
        .limits()).isEqualTo(small);
    assertThat(folios.spaces().personalSpace(Actor.of(school.teacher.id())).limits())
        .isEqualTo(SpaceLimits.DEFAULT);
  }

  @Test
  void close_closesABlobStoreThatCanBeClosed() throws Exception {
    java.util.concurrent.atomic.AtomicBoolean closed =
        new java.util.concurrent.atomic.AtomicBoolean();
    InMemoryBlobStore inner = InMemoryBlobStore.create();
    class ClosingBlobs implements fr.folios.core.spi.BlobStore, AutoCloseable {
      @Override
      public fr.folios.core.spi.StoredBlob put(java.io.InputStream content, long maxBytes)
          throws java.io.IOException {
        return inner.put(content, maxBytes);
      }

      @Override
      public java.io.InputStream open(fr.folios.core.spi.BlobKey key) {
        return inner.open(key);
      }

      @Override
      public boolean exists(fr.folios.core.spi.BlobKey key) {
        return inner.exists(key);
      }

      @Override
      public long size(fr.folios.core.spi.BlobKey key) {
        return inner.size(key);
      }

      @Override
      public boolean delete(fr.folios.core.spi.BlobKey key) {
        return inner.delete(key);
      }

      @Override
      public void forEachStoredBefore(java.time.Instant cutoff,
          java.util.function.Consumer<fr.folios.core.spi.BlobKey> sink) {
        inner.forEachStoredBefore(cutoff, sink);
      }

      @Override
      public void close() {
        closed.set(true);
      }
    }
    Folios.builder().persistence(InMemoryPersistence.create()).blobs(new ClosingBlobs())
        .build().close();

    assertThat(closed).isTrue();
  }
}
