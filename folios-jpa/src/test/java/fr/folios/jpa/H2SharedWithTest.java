package fr.folios.jpa;

import fr.folios.core.spi.Persistence;
import fr.folios.core.spi.SharedWithContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Runs the {@link SharedWithContract} on an H2 file database, a new one per test. */
class H2SharedWithTest extends SharedWithContract {

  @TempDir
  Path directory;

  @Override
  protected Persistence newPersistence() {
    return JpaPersistence.h2(directory);
  }
}
