package fr.folios.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which connections {@link ReadConnections} gives, on PostgreSQL and on H2. */
class PostgresReadConnectionsTest {

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

  private static String setting(Connection connection, String name) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("show " + name)) {
      row.next();
      return row.getString(1);
    }
  }
}
