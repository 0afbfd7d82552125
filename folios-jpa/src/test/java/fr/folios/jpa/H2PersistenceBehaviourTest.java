package fr.folios.jpa;

import fr.folios.core.spi.Persistence;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@link JpaPersistenceBehaviour} on an H2 file database, a new one per test. */
class H2PersistenceBehaviourTest extends JpaPersistenceBehaviour {

  @TempDir
  Path directory;

  @Override
  Persistence newStore() {
    return JpaPersistence.h2(directory);
  }
}
