package fr.folios.core.memory;

import fr.folios.core.spi.DirectoryRepositoryContract;
import fr.folios.core.spi.Persistence;

class InMemoryDirectoryRepositoryTest extends DirectoryRepositoryContract {

  @Override
  protected Persistence newPersistence() {
    return InMemoryPersistence.create();
  }
}
