package fr.folios.benchmarks;

import fr.folios.core.Folios;
import fr.folios.core.Spaces;
import fr.folios.core.directory.Actor;
import fr.folios.core.memory.InMemoryBlobStore;
import fr.folios.core.memory.InMemoryPersistence;
import fr.folios.core.space.Document;
import fr.folios.core.space.DocumentId;
import fr.folios.core.spi.Persistence;
import fr.folios.jpa.BenchmarkServer;
import fr.folios.jpa.JpaPersistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The canRead and listing measurements, in memory and on PostgreSQL, each with its raw
 * baseline on the same data: a {@link HashMap} in memory, one JDBC query on PostgreSQL.
 *
 * <p>Every timed loop runs once untimed first, to warm the JIT and the caches. Half of the
 * canRead samples are documents the reader may read, half documents they may not; both sides
 * get the same samples in the same order, and their answers are checked against the truth.
 */
final class ReadRun {

  /** Both sides answer canRead in one query: may the person read the document now. */
  static final String RAW_CAN_READ = """
      select exists (select 1 from document d join space s on s.id = d.space_id
        where d.id = ? and (
          (s.kind = 'PERSONAL' and s.owner = ?)
          or (s.kind = 'CLASS' and (
            exists (select 1 from class_teacher m where m.class_id = s.owner and m.person_id = ?)
            or exists (select 1 from class_student m where m.class_id = s.owner
              and m.person_id = ?)))
          or (s.kind = 'GROUP' and (
            exists (select 1 from group_staff m where m.group_id = s.owner and m.person_id = ?)
            or exists (select 1 from group_student m where m.group_id = s.owner
              and m.person_id = ?)))
          or exists (select 1 from document_share h where h.document_id = d.id
            and (h.ends_at is null or h.ends_at > ?)
            and ((h.grantee_kind = 'PERSON' and h.grantee_id = ?)
              or (h.grantee_kind = 'CLASS' and (
                h.grantee_id in (select class_id from class_teacher where person_id = ?)
                or h.grantee_id in (select class_id from class_student
                  where person_id = ?)))))))""";

  /** The raw listing: the folder's documents, every column, in the order Folios gives. */
  static final String RAW_LISTING = "select id, space_id, folder_id, name, name_key, blob_key,"
      + " size_bytes, media_type, created_by, created_at, origin from document"
      + " where space_id = ? and folder_id = ? order by name_key";

  /**
   * One timed row of the results.
   *
   * @param key a short stable key, for the CSV
   * @param label what was timed
   * @param store where the data was
   * @param latencies the times
   * @param statements the SQL statements per call, on average; 0 in memory
   * @param maxStatements the most SQL statements one call sent; 0 in memory
   * @param wrongAnswers how many canRead answers differed from the truth; 0 for listings
   */
  record Row(String key, String label, String store, Latencies latencies, double statements,
      long maxStatements, int wrongAnswers) {
  }

  /** Times one call; returns the answer, or true for listings. */
  private interface Call {
    boolean run(DocumentId document) throws SQLException;
  }

  private final SpacesArguments arguments;
  private final StatementCounter counter = StatementCounter.registered();
  private List<String> canReadStatements = List.of();

  ReadRun(SpacesArguments arguments) {
    this.arguments = arguments;
  }

  /** {@return the SQL of one Folios canRead on PostgreSQL of a document not readable} */
  List<String> canReadStatements() {
    return canReadStatements;
  }

  /**
   * Measures in memory: Folios' canRead and listing against a HashMap.
   *
   * @return four rows: canRead Folios then baseline, listing Folios then baseline
   * @throws SQLException never: the calls are in memory
   */
  List<Row> inMemory() throws SQLException {
    InMemoryPersistence store = InMemoryPersistence.create();
    SharingFixture fixture = SharingFixture.write(store, arguments.documents(),
        arguments.listed(), arguments.seed());
    List<DocumentId> samples = samples(fixture, arguments.samples());
    Set<DocumentId> truth = fixture.readableSet();
    Map<DocumentId, Boolean> readable = new HashMap<>();
    fixture.unreadable().forEach(id -> readable.put(id, false));
    fixture.readable().forEach(id -> readable.put(id, true));
    Map<Object, List<Document>> folders = new HashMap<>();
    folders.put(fixture.listingFolder(), store.spaces().documents(fixture.listingSpace(),
        fixture.listingFolder()));
    int listings = Math.max(10, arguments.samples() / 10);

    try (Folios folios = build(store)) {
      Spaces spaces = folios.spaces();
      Actor reader = fixture.reader();
      List<Row> rows = new ArrayList<>();
      rows.add(time("can-read-folios-memory", "canRead, Folios", "memory", samples, truth,
          id -> spaces.canRead(reader, id), false));
      rows.add(time("can-read-raw-memory", "canRead, HashMap lookup (baseline)", "memory",
          samples, truth, readable::get, false));
      rows.add(time("listing-folios-memory", "listing " + arguments.listed()
          + " documents, Folios", "memory", listingSamples(listings), null,
          id -> !spaces.documents(reader, fixture.listingSpace(), fixture.listingFolder())
              .isEmpty(), false));
      rows.add(time("listing-raw-memory", "listing, HashMap lookup + copy (baseline)",
          "memory", listingSamples(listings), null,
          id -> !new ArrayList<>(folders.get(fixture.listingFolder())).isEmpty(), false));
      return rows;
    }
  }

  /**
   * Measures on PostgreSQL, a server of our own on 127.0.0.1: Folios on JpaPersistence
   * against one raw JDBC query, both through the statement counter.
   *
   * @return four rows: canRead Folios then baseline, listing Folios then baseline
   * @throws SQLException if the raw baseline's query fails
   */
  List<Row> onPostgres() throws SQLException {
    String database = BenchmarkServer.newDatabase();
    String url = withParameter(database, "options=-c%20plan_cache_mode%3Dforce_custom_plan");
    String counted = StatementCounter.counting(url);
    // The raw side keeps one plan per statement, prepared on the server at first use, as
    // Folios' read connections do: neither pays for planning at every call.
    String rawCounted = StatementCounter.counting(withParameter(withParameter(database,
        "prepareThreshold=1"), "options=-c%20plan_cache_mode%3Dforce_generic_plan"));
    JpaPersistence store = JpaPersistence.open(counted, BenchmarkServer.user(), "");
    SharingFixture fixture;
    try {
      fixture = SharingFixture.write(store, arguments.documents(), arguments.listed(),
          arguments.seed());
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
    int reads = Math.max(10, arguments.samples() / 10);
    List<DocumentId> samples = samples(fixture, reads);
    Set<DocumentId> truth = fixture.readableSet();
    int listings = Math.max(10, arguments.samples() / 100);

    try (Folios folios = build(store);
        Connection connection = DriverManager.getConnection(rawCounted,
            BenchmarkServer.user(), "");
        PreparedStatement canRead = connection.prepareStatement(RAW_CAN_READ);
        PreparedStatement listing = connection.prepareStatement(RAW_LISTING)) {
      analyze(connection);
      Spaces spaces = folios.spaces();
      Actor reader = fixture.reader();
      String person = fixture.readerId().value();
      List<Row> rows = new ArrayList<>();
      rows.add(time("can-read-folios-postgres", "canRead, Folios", "PostgreSQL", samples,
          truth, id -> spaces.canRead(reader, id), true));
      canReadStatements = statementsOf(() -> spaces.canRead(reader, fixture.unreadable()
          .get(0)));
      rows.add(time("can-read-raw-postgres", "canRead, one JDBC query (baseline)",
          "PostgreSQL", samples, truth, id -> rawCanRead(canRead, id, person), true));
      rows.add(time("listing-folios-postgres", "listing " + arguments.listed()
          + " documents, Folios", "PostgreSQL", listingSamples(listings), null,
          id -> !spaces.documents(reader, fixture.listingSpace(), fixture.listingFolder())
              .isEmpty(), true));
      rows.add(time("listing-raw-postgres", "listing, one JDBC select (baseline)",
          "PostgreSQL", listingSamples(listings), null,
          id -> rawListing(listing, fixture) > 0, true));
      return rows;
    }
  }

  private static Folios build(Persistence store) {
    return Folios.builder().persistence(store).blobs(InMemoryBlobStore.create()).build();
  }

  /** Lets the planner see the tables' sizes, as autovacuum would soon after the load. */
  private static void analyze(Connection connection) throws SQLException {
    try (var statement = connection.createStatement()) {
      statement.execute("analyze");
    }
  }

  private List<DocumentId> samples(SharingFixture fixture, int count) {
    Random random = new Random(arguments.seed() + 1);
    List<DocumentId> readable = fixture.readable();
    List<DocumentId> unreadable = fixture.unreadable();
    List<DocumentId> samples = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      List<DocumentId> from = random.nextBoolean() ? readable : unreadable;
      samples.add(from.get(random.nextInt(from.size())));
    }
    return samples;
  }

  private static List<DocumentId> listingSamples(int count) {
    DocumentId none = new DocumentId("listing");
    List<DocumentId> samples = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      samples.add(none);
    }
    return samples;
  }

  private Row time(String key, String label, String store, List<DocumentId> samples,
      @Nullable Set<DocumentId> truth, Call call, boolean counted) throws SQLException {
    warm(samples, call);
    long[] nanos = new long[samples.size()];
    long[] statements = new long[samples.size()];
    int wrong = 0;
    for (int i = 0; i < samples.size(); i++) {
      DocumentId document = samples.get(i);
      long before = counter.executed();
      long start = System.nanoTime();
      boolean answer = call.run(document);
      nanos[i] = System.nanoTime() - start;
      statements[i] = counter.executed() - before;
      if (truth != null && answer != truth.contains(document)) {
        wrong++;
      }
    }
    long total = 0;
    long max = 0;
    for (long count : statements) {
      total += count;
      max = Math.max(max, count);
    }
    double mean = counted ? total / (double) samples.size() : 0;
    return new Row(key, label, store, Latencies.of(nanos), mean, counted ? max : 0, wrong);
  }

  private static void warm(List<DocumentId> samples, Call call) throws SQLException {
    for (DocumentId document : samples) {
      call.run(document);
    }
  }

  private List<String> statementsOf(Runnable call) {
    counter.record();
    call.run();
    return counter.stop();
  }

  private static boolean rawCanRead(PreparedStatement query, DocumentId document,
      String person) throws SQLException {
    query.setString(1, document.value());
    for (int i = 2; i <= 6; i++) {
      query.setString(i, person);
    }
    query.setObject(7, OffsetDateTime.now(ZoneOffset.UTC));
    for (int i = 8; i <= 10; i++) {
      query.setString(i, person);
    }
    try (ResultSet result = query.executeQuery()) {
      result.next();
      return result.getBoolean(1);
    }
  }

  private static int rawListing(PreparedStatement query, SharingFixture fixture)
      throws SQLException {
    query.setString(1, fixture.listingSpace().value());
    query.setString(2, fixture.listingFolder().value());
    int rows = 0;
    try (ResultSet result = query.executeQuery()) {
      while (result.next()) {
        for (int column = 1; column <= 11; column++) {
          result.getObject(column);
        }
        rows++;
      }
    }
    return rows;
  }

  private static String withParameter(String url, String parameter) {
    return url + (url.contains("?") ? "&" : "?") + parameter;
  }
}
