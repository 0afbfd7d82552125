package fr.folios.jpa;

import fr.folios.core.spi.DirectoryBulkContract;
import fr.folios.core.spi.Persistence;

/** Runs the {@link DirectoryBulkContract} on PostgreSQL, a new database per test. */
class PostgresDirectoryBulkTest extends DirectoryBulkContract {

  @Override
  protected Persistence newPersistence() {
    PostgresServer server = PostgresServer.get();
    return JpaPersistence.open(server.newDatabase(), server.user(), "");
  }
}
