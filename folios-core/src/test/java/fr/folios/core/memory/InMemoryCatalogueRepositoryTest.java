package fr.folios.core.memory;

import fr.folios.core.spi.CatalogueRepositoryContract;
import fr.folios.core.spi.Persistence;

class InMemoryCatalogueRepositoryTest extends CatalogueRepositoryContract {

  @Override
  protected Persistence newPersistence() {
    return InMemoryPersistence.create();
  }
}
