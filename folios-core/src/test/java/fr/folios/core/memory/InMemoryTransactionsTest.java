package fr.folios.core.memory;

import fr.folios.core.spi.TransactionsContract;
import fr.folios.core.spi.Persistence;

class InMemoryTransactionsTest extends TransactionsContract {

  @Override
  protected Persistence newPersistence() {
    return InMemoryPersistence.create();
  }
}
