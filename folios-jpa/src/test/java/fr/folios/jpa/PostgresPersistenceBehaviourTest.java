package fr.folios.jpa;

import fr.folios.core.spi.Persistence;

/** Runs {@link JpaPersistenceBehaviour} on PostgreSQL, a new database per test. */
class PostgresPersistenceBehaviourTest extends JpaPersistenceBehaviour {

  @Override
  Persistence newStore() {
    PostgresServer server = PostgresServer.get();
    return JpaPersistence.open(server.newDatabase(), server.user(), "");
  }
}
