package fr.folios.core.memory;

import fr.folios.core.spi.DirectoryBulkContract;
import fr.folios.core.spi.Persistence;

class InMemoryDirectoryBulkTest extends DirectoryBulkContract {

  @Override
  protected Persistence newPersistence() {
    return InMemoryPersistence.create();
  }
}
