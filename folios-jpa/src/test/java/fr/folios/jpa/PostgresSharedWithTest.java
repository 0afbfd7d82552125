package fr.folios.jpa;

import fr.folios.core.spi.Persistence;
import fr.folios.core.spi.SharedWithContract;

/** Runs the {@link SharedWithContract} on PostgreSQL, a new database per test. */
class PostgresSharedWithTest extends SharedWithContract {

  @Override
  protected Persistence newPersistence() {
    PostgresServer server = PostgresServer.get();
    return JpaPersistence.open(server.newDatabase(), server.user(), "");
  }
}
