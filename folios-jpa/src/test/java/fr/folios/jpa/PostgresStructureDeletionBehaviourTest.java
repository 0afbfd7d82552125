package fr.folios.jpa;

import fr.folios.core.spi.Persistence;

/** Runs {@link JpaStructureDeletionBehaviour} on PostgreSQL, a new database per test. */
class PostgresStructureDeletionBehaviourTest extends JpaStructureDeletionBehaviour {

  @Override
  Persistence newStore() {
    PostgresServer server = PostgresServer.get();
    return JpaPersistence.open(server.newDatabase(), server.user(), "");
  }
}
