package fr.folios.jpa;

import fr.folios.core.spi.Persistence;

/** Runs {@link JpaVersionsBehaviour} on PostgreSQL, a new database per test. */
class PostgresVersionsBehaviourTest extends JpaVersionsBehaviour {

  @Override
  Persistence newStore() {
    PostgresServer server = PostgresServer.get();
    return JpaPersistence.open(server.newDatabase(), server.user(), "");
  }
}
