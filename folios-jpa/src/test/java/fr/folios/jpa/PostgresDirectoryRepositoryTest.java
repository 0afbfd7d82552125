package fr.folios.jpa;

import fr.folios.core.spi.DirectoryRepositoryContract;
import fr.folios.core.spi.Persistence;

/** Runs the {@link DirectoryRepositoryContract} on PostgreSQL, a new database per test. */
class PostgresDirectoryRepositoryTest extends DirectoryRepositoryContract {

  @Override
  protected Persistence newPersistence() {
    PostgresServer server = PostgresServer.get();
    return JpaPersistence.open(server.newDatabase(), server.user(), "");
  }
}
