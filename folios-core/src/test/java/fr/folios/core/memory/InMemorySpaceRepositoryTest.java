package fr.folios.core.memory;

import fr.folios.core.spi.SpaceRepositoryContract;
import fr.folios.core.spi.Persistence;

class InMemorySpaceRepositoryTest extends SpaceRepositoryContract {

  @Override
  protected Persistence newPersistence() {
    return InMemoryPersistence.create();
  }
}
