package fr.folios.jpa;

import fr.folios.core.spi.TransactionsContract;
import fr.folios.core.spi.Persistence;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Runs the {@link TransactionsContract} on an H2 file database, a new one per test. */
class H2TransactionsTest extends TransactionsContract {

  @TempDir
  Path directory;

  @Override
  protected Persistence newPersistence() {
    return JpaPersistence.h2(directory);
  }
}
