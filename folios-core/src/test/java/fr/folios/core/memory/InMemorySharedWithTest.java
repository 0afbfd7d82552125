package fr.folios.core.memory;

import fr.folios.core.spi.Persistence;
import fr.folios.core.spi.SharedWithContract;

/** Runs the {@link SharedWithContract} on the in-memory store, which composes it. */
class InMemorySharedWithTest extends SharedWithContract {

  @Override
  protected Persistence newPersistence() {
    return InMemoryPersistence.create();
  }
}
