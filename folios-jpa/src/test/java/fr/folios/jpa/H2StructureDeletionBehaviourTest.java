package fr.folios.jpa;

import fr.folios.core.spi.Persistence;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@link JpaStructureDeletionBehaviour} on an H2 file database, a new one per test. */
class H2StructureDeletionBehaviourTest extends JpaStructureDeletionBehaviour {

  @TempDir
  Path directory;

  @Override
  Persistence newStore() {
    return JpaPersistence.h2(directory);
  }
}
