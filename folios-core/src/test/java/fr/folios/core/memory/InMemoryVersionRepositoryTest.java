package fr.folios.core.memory;

import fr.folios.core.spi.Persistence;
import fr.folios.core.spi.VersionRepositoryContract;

class InMemoryVersionRepositoryTest extends VersionRepositoryContract {

  @Override
  protected Persistence newPersistence() {
    return InMemoryPersistence.create();
  }
}
