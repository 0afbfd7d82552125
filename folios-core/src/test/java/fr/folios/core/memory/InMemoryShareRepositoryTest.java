package fr.folios.core.memory;

import fr.folios.core.spi.ShareRepositoryContract;
import fr.folios.core.spi.Persistence;

class InMemoryShareRepositoryTest extends ShareRepositoryContract {

  @Override
  protected Persistence newPersistence() {
    return InMemoryPersistence.create();
  }
}
