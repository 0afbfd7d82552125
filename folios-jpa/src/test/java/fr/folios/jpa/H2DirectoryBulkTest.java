package fr.folios.jpa;

import fr.folios.core.spi.DirectoryBulkContract;
import fr.folios.core.spi.Persistence;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Runs the {@link DirectoryBulkContract} on an H2 file database, a new one per test. */
class H2DirectoryBulkTest extends DirectoryBulkContract {

  @TempDir
  Path directory;

  @Override
  protected Persistence newPersistence() {
    return JpaPersistence.h2(directory);
  }
}
