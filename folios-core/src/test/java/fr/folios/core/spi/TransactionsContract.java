package fr.folios.core.spi;

import static fr.folios.core.spi.Fixtures.blob;
import static fr.folios.core.spi.Fixtures.document;
import static fr.folios.core.spi.Fixtures.personalSpace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.directory.Person;
import fr.folios.core.directory.Profile;
import fr.folios.core.space.Document;
import fr.folios.core.space.Space;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every {@link Transactions} must do; each adapter runs it. */
public abstract class TransactionsContract extends PersistenceContract {

  @Test
  void inTransaction_returnsTheWorksResultAndKeepsItsWrites() {
    Person owner = savedPerson(Profile.STUDENT, "Morel");
    Space space = personalSpace(owner.id());

    Space saved = persistence.transactions().inTransaction(() -> {
      persistence.spaces().saveSpace(space);
      return space;
    });

    assertThat(saved).isEqualTo(space);
    assertThat(persistence.spaces().findSpace(space.id())).contains(space);
  }

  @Test
  void inTransaction_undoesEveryWriteWhenTheWorkThrows() {
    Person owner = savedPerson(Profile.STUDENT, "Morel");
    Space space = personalSpace(owner.id());
    persistence.spaces().saveSpace(space);
    Document document = document(space.id(), null, "cv.txt", blob('f'), owner.id());
    IllegalStateException failure = new IllegalStateException("disk full");

    assertThatThrownBy(() -> persistence.transactions().run(() -> {
      persistence.spaces().saveSpace(space.reserve(42, 1, 0, "cv.txt"));
      persistence.spaces().saveDocument(document);
      throw failure;
    })).isSameAs(failure);

    assertThat(persistence.spaces().findDocument(document.id())).isEmpty();
    assertThat(persistence.spaces().findSpace(space.id())).contains(space);
  }

  @Test
  void inTransaction_nestedWorkJoinsTheOuterTransaction() {
    Person owner = savedPerson(Profile.STUDENT, "Morel");
    Space space = personalSpace(owner.id());

    assertThatThrownBy(() -> persistence.transactions().run(() -> {
      persistence.transactions().run(() -> persistence.spaces().saveSpace(space));
      throw new IllegalStateException("outer fails after inner");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(persistence.spaces().findSpace(space.id())).isEmpty();
  }

  @Test
  void lockSpace_serialisesConcurrentUsageUpdates() throws Exception {
    Person owner = savedPerson(Profile.STUDENT, "Morel");
    Space space = personalSpace(owner.id());
    persistence.spaces().saveSpace(space);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        runs.add(pool.submit(() -> {
          for (int i = 0; i < 50; i++) {
            persistence.transactions().run(() -> {
              Space locked = persistence.spaces().lockSpace(space.id()).orElseThrow();
              persistence.spaces().saveSpace(locked.reserve(1, 1, 0, "a document"));
            });
          }
        }));
      }
      for (Future<?> run : runs) {
        run.get();
      }
    } finally {
      pool.shutdown();
    }

    assertThat(persistence.spaces().findSpace(space.id()).orElseThrow().usage().documents())
        .isEqualTo(100);
  }
}
