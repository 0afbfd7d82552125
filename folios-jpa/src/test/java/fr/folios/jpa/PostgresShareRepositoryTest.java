package fr.folios.jpa;

import fr.folios.core.spi.ShareRepositoryContract;
import fr.folios.core.spi.Persistence;

/** Runs the {@link ShareRepositoryContract} on PostgreSQL, a new database per test. */
class PostgresShareRepositoryTest extends ShareRepositoryContract {

  @Override
  protected Persistence newPersistence() {
    PostgresServer server = PostgresServer.get();
    return JpaPersistence.open(server.newDatabase(), server.user(), "");
  }
}
