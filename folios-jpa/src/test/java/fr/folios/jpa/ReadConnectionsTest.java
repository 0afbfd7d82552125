package fr.folios.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import fr.folios.core.directory.PersonId;
import fr.folios.core.space.DocumentId;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which connections {@link ReadConnections} gives, on PostgreSQL and on H2. */
class ReadConnectionsTest {

  @Test
  void open_givesPostgresSessionsOfTheirOwnThatKeepOnePlan() throws SQLException {
    PostgresServer server = PostgresServer.get();
    String url = server.newDatabase();
    try (HikariDataSource store = pool(url, server.user());
        ReadConnections reads = ReadConnections.open(store, url, server.user(), "");
        Connection connection = reads.source().getConnection()) {

      assertThat(reads.source()).isNotSameAs(store);
      assertThat(connection.getAutoCommit()).isTrue();
      assertThat(setting(connection, "plan_cache_mode")).isEqualTo("force_generic_plan");
    }
  }

  @Test
  void open_givesSessionsThatPlanTheReadQueryOnceForAnyValues() throws SQLException {
    PostgresServer server = PostgresServer.get();
    String url = server.newDatabase();
    JpaPersistence.open(url, server.user(), "").close();
    try (HikariDataSource store = pool(url, server.user());
        ReadConnections reads = ReadConnections.open(store, url, server.user(), "");
        Connection connection = reads.source().getConnection()) {
      for (int i = 0; i < 3; i++) {
        read(connection, "doc-" + i);
      }

      assertThat(plans(connection)).containsExactly(3L, 0L);
    }
  }

  @Test
  void open_givesTheStoresPoolOnH2(@TempDir Path directory) {
    String url = "jdbc:h2:file:" + directory.resolve("folios") + ";MODE=PostgreSQL";
    try (HikariDataSource store = pool(url, "sa");
        ReadConnections reads = ReadConnections.open(store, url, "sa", "")) {

      assertThat(reads.source()).isSameAs(store);
    }
  }

  private static HikariDataSource pool(String url, String user) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setMaximumPoolSize(1);
    return new HikariDataSource(config);
  }

  /** Runs the read query as {@link JpaReadPaths} does, on a document nobody stored. */
  private static void read(Connection connection, String document) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(JpaReadPaths.POSITIONAL)) {
      JpaReadPaths.bind(statement, new PersonId("nobody"), new DocumentId(document),
          Instant.parse("2026-12-01T10:00:00Z"));
      try (ResultSet row = statement.executeQuery()) {
        assertThat(row.next()).isTrue();
      }
    }
  }

  /** {@return the generic and the custom plans the session made for the read query} */
  private static List<Long> plans(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("select generic_plans, custom_plans"
            + " from pg_prepared_statements where statement like 'with recursive%'")) {
      assertThat(row.next()).as("the read query is prepared on the server").isTrue();
      return List.of(row.getLong(1), row.getLong(2));
    }
  }

  private static String setting(Connection connection, String name) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("show " + name)) {
      row.next();
      return row.getString(1);
    }
  }
}
