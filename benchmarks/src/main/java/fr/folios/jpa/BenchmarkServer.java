package fr.folios.jpa;

/**
 * Lends the benchmarks the PostgreSQL server of folios-jpa's tests ({@code PostgresServer}, in
 * its test jar): a real PostgreSQL from the binaries Maven downloads, listening on 127.0.0.1
 * only, with durability off, stopped and deleted when the JVM exits. This class lives in the
 * server's package because the server is package-private.
 *
 * <p>Thread-safe.
 */
public final class BenchmarkServer {

  private BenchmarkServer() {
  }

  /**
   * Creates an empty database, starting the server on the first call.
   *
   * @return the database's JDBC URL, on 127.0.0.1
   * @throws IllegalStateException if the server cannot start or refuses the database; the
   *     message holds the command's output and the server's log
   * @throws java.io.UncheckedIOException if the server's binaries cannot be extracted
   */
  public static String newDatabase() {
    return PostgresServer.get().newDatabase();
  }

  /**
   * Returns the user every database belongs to; it needs no password.
   *
   * @return the user's name
   */
  public static String user() {
    return PostgresServer.get().user();
  }
}
