package fr.folios.jpa;

import fr.folios.core.spi.SpaceRepositoryContract;
import fr.folios.core.spi.Persistence;

/** Runs the {@link SpaceRepositoryContract} on PostgreSQL, a new database per test. */
class PostgresSpaceRepositoryTest extends SpaceRepositoryContract {

  @Override
  protected Persistence newPersistence() {
    PostgresServer server = PostgresServer.get();
    return JpaPersistence.open(server.newDatabase(), server.user(), "");
  }
}
