package fr.folios.benchmarks;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.jspecify.annotations.Nullable;

/**
 * Counts the SQL statements a program sends, for the benchmark only: a JDBC driver for URLs
 * {@code jdbc:counting:} followed by a real JDBC URL ({@code jdbc:counting:postgresql://...}),
 * which opens the real driver's connection and wraps it, and its statements, in proxies that
 * count every execution ({@code execute}, {@code executeQuery}, {@code executeUpdate},
 * {@code executeBatch} and their {@code Large} forms) and every {@code commit} and
 * {@code rollback}, each a round trip to the server, and, while recording, keep their SQL.
 * Everything else passes through unchanged.
 *
 * <p>Thread-safe. Statements of every thread are counted alike.
 */
final class StatementCounter implements Driver {

  /** What a URL starts with to be counted. */
  static final String PREFIX = "jdbc:counting:";

  private static final StatementCounter INSTANCE = new StatementCounter();

  private final AtomicLong executed = new AtomicLong();
  private volatile @Nullable List<String> recording;

  private StatementCounter() {
  }

  /**
   * Registers the driver with {@link DriverManager}, once, and returns it.
   *
   * @return the counter
   * @throws IllegalStateException if the driver manager refuses it
   */
  static synchronized StatementCounter registered() {
    try {
      if (DriverManager.drivers().noneMatch(driver -> driver == INSTANCE)) {
        DriverManager.registerDriver(INSTANCE);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot register the counting JDBC driver", e);
    }
    return INSTANCE;
  }

  /**
   * Returns the URL under which a real URL's statements are counted.
   *
   * @param jdbcUrl the real URL, {@code jdbc:...}
   * @return {@code jdbc:counting:...}
   */
  static String counting(String jdbcUrl) {
    return PREFIX + jdbcUrl.substring("jdbc:".length());
  }

  /** {@return how many statements were executed since the JVM started} */
  long executed() {
    return executed.get();
  }

  /** Starts keeping the SQL of every statement executed, forgetting what was kept before. */
  synchronized void record() {
    recording = new ArrayList<>();
  }

  /**
   * Stops keeping SQL.
   *
   * @return the SQL executed since {@link #record}, in order; empty if not recording
   */
  synchronized List<String> stop() {
    List<String> kept = recording;
    recording = null;
    return kept == null ? List.of() : List.copyOf(kept);
  }

  private synchronized void count(@Nullable String sql) {
    executed.incrementAndGet();
    List<String> kept = recording;
    if (kept != null) {
      kept.add(sql == null ? "(batch)" : sql);
    }
  }

  @Override
  public @Nullable Connection connect(String url, Properties info) throws SQLException {
    if (!acceptsURL(url)) {
      return null;
    }
    Connection real = DriverManager.getConnection(real(url), info);
    return proxy(Connection.class, real, new Counted(real, null));
  }

  @Override
  public boolean acceptsURL(String url) {
    return url != null && url.startsWith(PREFIX);
  }

  @Override
  public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
    return DriverManager.getDriver(real(url)).getPropertyInfo(real(url), info);
  }

  @Override
  public int getMajorVersion() {
    return 1;
  }

  @Override
  public int getMinorVersion() {
    return 0;
  }

  @Override
  public boolean jdbcCompliant() {
    return false;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("the counting driver does not log");
  }

  private static String real(String url) {
    return "jdbc:" + url.substring(PREFIX.length());
  }

  private static <T> T proxy(Class<T> type, Object real, InvocationHandler handler) {
    return type.cast(Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
        new Class<?>[] {type}, handler));
  }

  /** Passes calls to a connection or a statement through, counting executions. */
  private final class Counted implements InvocationHandler {

    private final Object real;
    private final @Nullable String sql;

    Counted(Object real, @Nullable String sql) {
      this.real = real;
      this.sql = sql;
    }

    @Override
    public @Nullable Object invoke(Object proxy, Method method, Object @Nullable [] args)
        throws Throwable {
      Object result;
      try {
        result = method.invoke(real, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
      String name = method.getName();
      if (name.startsWith("execute")) {
        count(args != null && args.length > 0 && args[0] instanceof String text ? text : sql);
      } else if (name.equals("commit") || name.equals("rollback")) {
        count(name);
      }
      return wrapped(name, args, result);
    }

    private @Nullable Object wrapped(String name, Object @Nullable [] args,
        @Nullable Object result) {
      String text = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
      if (result instanceof CallableStatement statement) {
        return proxy(CallableStatement.class, statement, new Counted(statement, text));
      }
      if (result instanceof PreparedStatement statement) {
        return proxy(PreparedStatement.class, statement, new Counted(statement, text));
      }
      if (result instanceof Statement statement && name.equals("createStatement")) {
        return proxy(Statement.class, statement, new Counted(statement, null));
      }
      return result;
    }
  }
}
