package fr.folios.jpa;

import fr.folios.core.spi.Persistence;
import fr.folios.core.spi.VersionRepositoryContract;

/** Runs the {@link VersionRepositoryContract} on PostgreSQL, a new database per test. */
class PostgresVersionRepositoryTest extends VersionRepositoryContract {

  @Override
  protected Persistence newPersistence() {
    PostgresServer server = PostgresServer.get();
    return JpaPersistence.open(server.newDatabase(), server.user(), "");
  }
}
