package fr.folios.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class BenchmarkServerTest {

  @Test
  void newDatabase_isAnEmptyDatabaseOnTheLoopbackServer() throws Exception {
    String url = BenchmarkServer.newDatabase();

    assertThat(url).startsWith("jdbc:postgresql://127.0.0.1:");
    try (Connection connection = DriverManager.getConnection(url, BenchmarkServer.user(), "");
        Statement statement = connection.createStatement();
        ResultSet tables = statement.executeQuery(
            "select count(*) from information_schema.tables where table_schema = 'public'")) {
      tables.next();
      assertThat(tables.getInt(1)).isZero();
    }
  }
}
