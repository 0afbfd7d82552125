package fr.folios.benchmarks;

import fr.folios.jpa.BenchmarkServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Where the phases write: a fresh database of a PostgreSQL server of our own per place, or,
 * when the user gives a database, a fresh schema in it per place, named
 * {@code folios_benchmark_NAME} and dropped first if it is there. Every connection asks the
 * driver to rewrite batched inserts ({@code reWriteBatchedInserts=true}), the raw baseline's
 * and Folios' alike.
 */
final class Databases {

  private final @Nullable String jdbcUrl;
  private final String user;
  private final String password;

  private Databases(@Nullable String jdbcUrl, String user, String password) {
    this.jdbcUrl = jdbcUrl;
    this.user = user;
    this.password = password;
  }

  /** {@return the databases the arguments name: the user's, or a server of our own} */
  static Databases of(BenchmarkArguments arguments) {
    return new Databases(arguments.jdbcUrl(), arguments.user(), arguments.password());
  }

  /**
   * Makes an empty place to write in.
   *
   * @param name a short name, lower-case letters only
   * @return how to connect to it
   * @throws SQLException if the schema cannot be made in the user's database
   */
  Place fresh(String name) throws SQLException {
    if (jdbcUrl == null) {
      return new Place(withParameter(BenchmarkServer.newDatabase(), "reWriteBatchedInserts=true"),
          BenchmarkServer.user(), "");
    }
    String schema = "folios_benchmark_" + name.toLowerCase(Locale.ROOT);
    try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute("drop schema if exists " + schema + " cascade");
      statement.execute("create schema " + schema);
    }
    return new Place(withParameter(jdbcUrl, "currentSchema=" + schema
        + "&reWriteBatchedInserts=true"), user, password);
  }

  private static String withParameter(String url, String parameter) {
    return url + (url.contains("?") ? "&" : "?") + parameter;
  }

  /**
   * One place to write in.
   *
   * @param url its JDBC URL
   * @param user the user to connect as
   * @param password the user's password, empty if none
   */
  record Place(String url, String user, String password) {

    /**
     * Opens a connection.
     *
     * @throws SQLException if the database cannot be reached
     */
    Connection connect() throws SQLException {
      return DriverManager.getConnection(url, user, password);
    }
  }
}
