package fr.folios.jpa;

import fr.folios.core.spi.CatalogueRepositoryContract;
import fr.folios.core.spi.Persistence;

/** Runs the {@link CatalogueRepositoryContract} on PostgreSQL, a new database per test. */
class PostgresCatalogueRepositoryTest extends CatalogueRepositoryContract {

  @Override
  protected Persistence newPersistence() {
    PostgresServer server = PostgresServer.get();
    return JpaPersistence.open(server.newDatabase(), server.user(), "");
  }
}
