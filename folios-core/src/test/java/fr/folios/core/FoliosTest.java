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
}
