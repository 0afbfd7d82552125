package fr.folios.jpa;

import fr.folios.core.spi.ShareRepositoryContract;
import fr.folios.core.spi.Persistence;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Runs the {@link ShareRepositoryContract} on an H2 file database, a new one per test. */
class H2ShareRepositoryTest extends ShareRepositoryContract {

  @TempDir
  Path directory;

  @Override
  protected Persistence newPersistence() {
    return JpaPersistence.h2(directory);
  }
}
