package fr.folios.jpa;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import fr.folios.core.FoliosException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The connections on which {@link JpaReadPaths} runs its one query outside a transaction.
 *
 * <p>On PostgreSQL, a small pool of their own, in auto-commit, whose sessions keep one plan of
 * the query ({@value #PLAN_SETTING}, the statement prepared on the server from its first use):
 * the query reaches every row through a key, so its plan does not depend on the values, and
 * planning it (about a millisecond, for its two recursive parts and their probes) cost several
 * times what running it does. The store's own pool keeps planning each statement for its
 * values, which the directory import's bulk statements need. Elsewhere (H2, which keeps its
 * own plans), the store's pool.
 *
 * <p>Thread-safe.
 */
final class ReadConnections implements AutoCloseable {

  /** What each session of the pool runs once, when it opens. */
  static final String PLAN_SETTING = "set plan_cache_mode = force_generic_plan";

  private static final int POOL_SIZE = 10;
  private static final int IDLE = 2;

  private final DataSource source;
  private final @Nullable HikariDataSource own;

  private ReadConnections(DataSource source, @Nullable HikariDataSource own) {
    this.source = source;
    this.own = own;
  }

  /**
   * Opens the read connections of a store: a pool of their own on PostgreSQL, the store's
   * pool elsewhere.
   *
   * @param store the store's pool, by which the database is recognised
   * @param jdbcUrl the database's JDBC URL
   * @param user the user to connect as
   * @param password the user's password, empty if none
   * @return the read connections; close them with the store
   * @throws FoliosException if the database cannot be reached
   */
  static ReadConnections open(DataSource store, String jdbcUrl, String user, String password) {
    if (!isPostgres(store)) {
      return new ReadConnections(store, null);
    }
    HikariDataSource own = pool(jdbcUrl, user, password);
    return new ReadConnections(own, own);
  }

  /** {@return where to take a connection from} */
  DataSource source() {
    return source;
  }

  /** Closes the pool of their own, if any; the store's pool is the store's to close. */
  @Override
  public void close() {
    if (own != null) {
      own.close();
    }
  }

  private static boolean isPostgres(DataSource store) {
    try (Connection connection = store.getConnection()) {
      return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      throw new FoliosException("could not tell which database the store runs on: "
          + e.getMessage(), e);
    }
  }

  private static HikariDataSource pool(String jdbcUrl, String user, String password) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("folios-reads");
    config.setJdbcUrl(jdbcUrl);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(POOL_SIZE);
    config.setMinimumIdle(IDLE);
    config.setAutoCommit(true);
    config.addDataSourceProperty("prepareThreshold", "1");
    config.setConnectionInitSql(PLAN_SETTING);
    return new HikariDataSource(config);
  }
}
