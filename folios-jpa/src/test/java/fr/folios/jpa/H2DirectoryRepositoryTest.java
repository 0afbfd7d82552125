package fr.folios.jpa;

import fr.folios.core.spi.DirectoryRepositoryContract;
import fr.folios.core.spi.Persistence;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Runs the {@link DirectoryRepositoryContract} on an H2 file database, a new one per test. */
class H2DirectoryRepositoryTest extends DirectoryRepositoryContract {

  @TempDir
  Path directory;

  @Override
  protected Persistence newPersistence() {
    return JpaPersistence.h2(directory);
  }
}
