package fr.folios.jpa;

import fr.folios.core.spi.TransactionsContract;
import fr.folios.core.spi.Persistence;

/** Runs the {@link TransactionsContract} on PostgreSQL, a new database per test. */
class PostgresTransactionsTest extends TransactionsContract {

  @Override
  protected Persistence newPersistence() {
    PostgresServer server = PostgresServer.get();
    return JpaPersistence.open(server.newDatabase(), server.user(), "");
  }
}
