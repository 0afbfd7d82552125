package fr.folios.jpa;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import fr.folios.core.FoliosException;
import fr.folios.core.directory.PersonId;
import fr.folios.core.space.Document;
import fr.folios.core.space.DocumentId;
import fr.folios.core.spi.CatalogueRepository;
import fr.folios.core.spi.DirectoryRepository;
import fr.folios.core.spi.DocumentPosition;
import fr.folios.core.spi.NewsRepository;
import fr.folios.core.spi.Persistence;
import fr.folios.core.spi.ReadAccess;
import fr.folios.core.spi.ShareRepository;
import fr.folios.core.spi.SpaceRepository;
import fr.folios.core.spi.Transactions;
import fr.folios.core.spi.VersionRepository;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.ValidationMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.flywaydb.core.Flyway;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.jspecify.annotations.Nullable;

/**
 * Stores Folios in a relational database through Jakarta Persistence: an embedded H2 file
 * database by default, or PostgreSQL.
 *
 * <p>Opening a store creates its connection pool, brings the schema up to date with the Flyway
 * migrations shipped in this module ({@code db/migration}), then checks that the mapping matches
 * the schema. Inside {@link Transactions#inTransaction}, every repository call joins the
 * thread's transaction; outside, each call runs in a short transaction of its own.
 *
 * <p>Thread-safe. Close the store once, when the application stops, to release its
 * connections.
 */
public final class JpaPersistence implements Persistence {

  private static final int POOL_SIZE = 10;
  private static final int MAX_CAUSES = 20;

  private static final List<Class<?>> ROWS = List.of(EstablishmentEntity.class,
      PersonEntity.class, ClassEntity.class, GroupEntity.class, SpaceEntity.class,
      FolderEntity.class, DocumentEntity.class, ShareEntity.class, NewsEntity.class,
      ResourceEntity.class, VocabularyEntity.class, ConceptEntity.class,
      CurrentYearEntity.class, InvitationEntity.class, GroupRequestEntity.class,
      ResourceChangeEntity.class, ReviewEntity.class, ReviewerEntity.class,
      VersionEntity.class);

  private final HikariDataSource connections;
  private final EntityManagerFactory entityManagers;
  private final JpaTransactions transactions;
  private final JpaDirectory directory;
  private final JpaSpaces spaces;
  private final JpaVersions versions;
  private final JpaShares shares;
  private final JpaNews news;
  private final JpaCatalogue catalogue;
  private final JpaReadPaths readPaths;
  private final JpaSharedDocuments sharedDocuments;
  private final ReadConnections reads;
  private final AtomicBoolean closed = new AtomicBoolean();

  private JpaPersistence(HikariDataSource connections, ReadConnections reads,
      EntityManagerFactory entityManagers) {
    this.connections = connections;
    this.reads = reads;
    this.entityManagers = entityManagers;
    this.transactions = new JpaTransactions(entityManagers);
    this.directory = new JpaDirectory(transactions);
    this.spaces = new JpaSpaces(transactions);
    this.versions = new JpaVersions(transactions);
    this.shares = new JpaShares(transactions);
    this.news = new JpaNews(transactions);
    this.catalogue = new JpaCatalogue(transactions);
    this.readPaths = new JpaReadPaths(transactions, reads.source());
    this.sharedDocuments = new JpaSharedDocuments(transactions);
  }

  /**
   * Opens the embedded default store: an H2 database in the file {@code folios.mv.db} of a
   * directory, created with the directory if missing, in H2's PostgreSQL compatibility mode so
   * that it behaves as the server database does. Only one process may open it at a time.
   *
   * @param directory where the database files live
   * @return the open store
   * @throws IllegalArgumentException if the directory's path holds a ';', which H2 URLs cannot
   *     carry
   * @throws UncheckedIOException if the directory cannot be created
   * @throws FoliosException if the database cannot be opened or migrated; the message says why
   */
  public static JpaPersistence h2(Path directory) {
    Path absolute = directory.toAbsolutePath().normalize();
    if (absolute.toString().contains(";")) {
      throw new IllegalArgumentException("database directory '" + absolute + "' holds a ';',"
          + " which an H2 URL cannot carry: choose a directory without one");
    }
    try {
      Files.createDirectories(absolute);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create database directory '" + absolute + "': "
          + e.getMessage() + ": check its parent's permissions", e);
    }
    return open("jdbc:h2:file:" + absolute.resolve("folios")
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
        + ";LOCK_TIMEOUT=10000", "sa", "");
  }

  /**
   * Opens a store in the database at a JDBC URL: PostgreSQL ({@code jdbc:postgresql:...}) or
   * H2 ({@code jdbc:h2:...}, in its default mode or {@code MODE=PostgreSQL}). The user must be
   * allowed to create tables the first time, to run the migrations.
   *
   * @param jdbcUrl the database's JDBC URL
   * @param user the user to connect as
   * @param password the user's password, empty if none
   * @return the open store
   * @throws FoliosException if the database cannot be reached, migrated or checked; the
   *     message names the URL and the cause
   */
  public static JpaPersistence open(String jdbcUrl, String user, String password) {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    HikariDataSource connections = null;
    ReadConnections reads = null;
    try {
      connections = pool(jdbcUrl, user, password);
      migrate(connections);
      reads = ReadConnections.open(connections, jdbcUrl, user, password);
      return new JpaPersistence(connections, reads, entityManagers(connections));
    } catch (RuntimeException e) {
      if (reads != null) {
        reads.close();
      }
      if (connections != null) {
        connections.close();
      }
      throw new FoliosException("cannot open the Folios database at '" + withoutSecrets(jdbcUrl)
          + "': " + rootMessage(e) + ": check the URL, the credentials, that the server runs,"
          + " that no other process holds an embedded database, and that the schema was made by"
          + " these migrations", e);
    }
  }

  /** Masks a password written into a JDBC URL: {@code ?password=…} or {@code ;PASSWORD=…}. */
  static String withoutSecrets(String jdbcUrl) {
    return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }

  @Override
  public Transactions transactions() {
    return transactions;
  }

  @Override
  public DirectoryRepository directory() {
    return directory;
  }

  @Override
  public SpaceRepository spaces() {
    return spaces;
  }

  @Override
  public VersionRepository versions() {
    return versions;
  }

  @Override
  public ShareRepository shares() {
    return shares;
  }

  @Override
  public NewsRepository news() {
    return news;
  }

  @Override
  public CatalogueRepository catalogue() {
    return catalogue;
  }

  /**
   * Gathers what decides whether a person may read a document, in one SQL query (see {@link
   * Persistence#readAccess}).
   */
  @Override
  public ReadAccess readAccess(PersonId person, DocumentId document, Instant at) {
    return readPaths.readAccess(person, document, at);
  }

  /**
   * Returns a page of the documents shared with a person, cut in one SQL query (see {@link
   * Persistence#sharedWith}): only the page's documents are read.
   */
  @Override
  public List<Document> sharedWith(PersonId person, Instant at,
      @Nullable DocumentPosition after, int limit) {
    return sharedDocuments.page(person, at, after, limit);
  }

  /**
   * Closes the entity manager factory and the connection pools (the store's, and on PostgreSQL
   * the one reads keep their plans on); later calls do nothing.
   */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      try {
        entityManagers.close();
      } finally {
        try {
          reads.close();
        } finally {
          connections.close();
        }
      }
    }
  }

  private static HikariDataSource pool(String jdbcUrl, String user, String password) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("folios");
    config.setJdbcUrl(jdbcUrl);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(POOL_SIZE);
    config.setAutoCommit(false);
    if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      config.addDataSourceProperty("reWriteBatchedInserts", "true");
      config.setConnectionInitSql("set plan_cache_mode = force_custom_plan");
    }
    return new HikariDataSource(config);
  }

  private static void migrate(HikariDataSource connections) {
    Flyway.configure()
        .dataSource(connections)
        .locations("classpath:db/migration")
        .failOnMissingLocations(true)
        .load()
        .migrate();
  }

  private static EntityManagerFactory entityManagers(HikariDataSource connections) {
    return new HibernatePersistenceConfiguration("folios")
        .managedClasses(ROWS)
        .validationMode(ValidationMode.NONE)
        .showSql(false, false, false)
        .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, connections)
        .property(AvailableSettings.CONNECTION_PROVIDER_DISABLES_AUTOCOMMIT, true)
        .property(AvailableSettings.HBM2DDL_AUTO, "validate")
        .property(AvailableSettings.STATEMENT_BATCH_SIZE, 100)
        .property(AvailableSettings.ORDER_INSERTS, true)

        .property(AvailableSettings.ORDER_UPDATES, true)
        .property(AvailableSettings.DEFAULT_BATCH_FETCH_SIZE, 64)
        .createEntityManagerFactory();
  }

  /** Returns the message of the deepest cause that has one: it says what actually failed. */
  private static String rootMessage(Throwable failure) {
    String message = String.valueOf(failure.getMessage());
    Throwable cause = failure;
    for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++) {
      if (cause.getMessage() != null) {
        message = cause.getMessage();
      }
      cause = cause.getCause();
    }
    return message.strip();
  }
}
