package fr.folios.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.folios.core.directory.PersonId;
import fr.folios.core.space.DocumentId;
import fr.folios.core.spi.ReadAccess;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 4 asks canRead to be one indexed query on PostgreSQL: this test loads issue 4's reader
 * at scale ({@link SharingAtScale}), asks PostgreSQL for the plan of {@link JpaReadPaths}'s
 * query with real parameters, run ({@code EXPLAIN (ANALYZE, FORMAT JSON)}), and walks it: no
 * node may read one of the large tables whole.
 */
class PostgresReadPathsPlanTest {

  /** The tables that grow with an establishment: none may be scanned whole. */
  private static final Set<String> LARGE_TABLES = Set.of("person", "class_student",
      "class_teacher", "group_student", "group_staff", "group_invitation", "space", "folder",
      "document", "document_share");

  private static final ObjectMapper JSON = new ObjectMapper();

  private static String url;
  private static JpaPersistence store;

  @BeforeAll
  static void load() throws SQLException {
    PostgresServer server = PostgresServer.get();
    url = server.newDatabase();
    store = JpaPersistence.open(url, server.user(), "");
    try (Connection connection = connect()) {
      SharingAtScale.write(connection);
    }
  }

  @AfterAll
  static void close() {
    store.close();
    PostgresServer.get().dropDatabase(url);
  }

  @ParameterizedTest(name = "{0}: member {1}, granted {2}")
  @CsvSource({
      "doc-class-3, true, false",
      "doc-group-8, true, false",
      "doc-folder-3, false, true",
      "doc-folder-52, false, true",
      "doc-shared-7, false, true",
      "doc-reshared-30, false, true",
      "doc-reshared-500, false, true",
      "doc-other-77, false, false",
      "doc-student-12, false, false",
      "doc-broken-5, false, false",
      "doc-expired-5, false, false"})
  void readAccess_answersForTheReaderAtScale(String document, boolean member,
      boolean granted) {
    ReadAccess access = store.readAccess(new PersonId(SharingAtScale.READER),
        new DocumentId(document), SharingAtScale.AT);

    assertThat(access.documentFound()).isTrue();
    assertThat(access.inTrash()).isFalse();
    assertThat(access.member()).as("member").isEqualTo(member);
    assertThat(access.granted()).as("granted").isEqualTo(granted);
  }

  @Test
  void readAccess_answersEveryTenthDocumentAsItsKindSays() throws SQLException {
    List<String> wrong = new ArrayList<>();
    int total = 0;
    for (SharingAtScale.Kind kind : SharingAtScale.KINDS) {
      for (int n = 1; n <= kind.count(); n += 10) {
        ReadAccess access = store.readAccess(new PersonId(SharingAtScale.READER),
            new DocumentId(kind.document(n)), SharingAtScale.AT);
        if ((access.member() || access.granted()) != kind.readable()) {
          wrong.add(kind.document(n));
        }
      }
      total += kind.count();
    }

    assertThat(wrong).isEmpty();
    assertThat(count("document")).isEqualTo(total);
  }

  @ParameterizedTest
  @ValueSource(strings = {"doc-class-3", "doc-group-8", "doc-folder-3", "doc-shared-7",
      "doc-reshared-30", "doc-reshared-500", "doc-other-77", "doc-broken-5"})
  void genericPlan_readsNoLargeTableWhole(String document) throws SQLException {
    assertReadsNoLargeTableWhole(nodes(explainGeneric(document)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"doc-class-3", "doc-group-8", "doc-folder-3", "doc-shared-7",
      "doc-reshared-30", "doc-reshared-500", "doc-other-77", "doc-broken-5"})
  void customPlan_readsNoLargeTableWhole(String document) throws SQLException {
    assertReadsNoLargeTableWhole(nodes(explainCustom(document)));
  }

  /** Checks a plan's nodes: no large table read whole, the main ones reached by an index. */
  private static void assertReadsNoLargeTableWhole(List<JsonNode> nodes) {
    assertThat(nodes).filteredOn(PostgresReadPathsPlanTest::scansWhole)
        .extracting(node -> node.path("Relation Name").asText())
        .noneMatch(LARGE_TABLES::contains);
    assertThat(nodes).filteredOn(PostgresReadPathsPlanTest::usesAnIndex)
        .extracting(node -> node.path("Relation Name").asText())
        .contains("document", "document_share", "person");
  }

  private static boolean scansWhole(JsonNode node) {
    return node.path("Node Type").asText().equals("Seq Scan");
  }

  private static boolean usesAnIndex(JsonNode node) {
    return node.path("Node Type").asText().contains("Index Scan");
  }

  private static List<JsonNode> nodes(JsonNode explained) {
    List<JsonNode> nodes = new ArrayList<>();
    collect(explained.get(0).get("Plan"), nodes);
    return nodes;
  }

  /**
   * Plans and runs the query as the read connections do, outside a transaction: prepared on
   * the server, with the plan made once for any values.
   */
  private static JsonNode explainGeneric(String document) throws SQLException {
    List<String> types = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (String name : JpaReadPaths.ORDER) {
      types.add(name.equals("at") ? "timestamp with time zone" : "varchar");
      values.add(switch (name) {
        case "person" -> "'" + SharingAtScale.READER + "'";
        case "document" -> "'" + document + "'";
        default -> "timestamp with time zone '" + SharingAtScale.AT + "'";
      });
    }
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      statement.execute(ReadConnections.PLAN_SETTING);
      statement.execute("prepare read_access (" + String.join(", ", types) + ") as "
          + numbered(JpaReadPaths.POSITIONAL));
      try (ResultSet row = statement.executeQuery("explain (analyze, format json) execute"
          + " read_access (" + String.join(", ", values) + ")")) {
        return plan(row);
      }
    }
  }

  /** Plans and runs the query as it runs inside a transaction: planned for its values. */
  private static JsonNode explainCustom(String document) throws SQLException {
    try (Connection connection = connect();
        Statement settings = connection.createStatement();
        PreparedStatement statement = connection.prepareStatement(
            "explain (analyze, format json) " + JpaReadPaths.POSITIONAL)) {
      settings.execute("set plan_cache_mode = force_custom_plan");
      JpaReadPaths.bind(statement, new PersonId(SharingAtScale.READER),
          new DocumentId(document), SharingAtScale.AT);
      try (ResultSet row = statement.executeQuery()) {
        return plan(row);
      }
    }
  }

  private static JsonNode plan(ResultSet row) throws SQLException {
    row.next();
    try {
      return JSON.readTree(row.getString(1));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("EXPLAIN gave no JSON: " + e.getMessage(), e);
    }
  }

  /** Numbers the positional parameters as PostgreSQL's {@code prepare} wants them. */
  private static String numbered(String positional) {
    StringBuilder text = new StringBuilder();
    int number = 0;
    for (char c : positional.toCharArray()) {
      text.append(c == '?' ? "$" + ++number : String.valueOf(c));
    }
    return text.toString();
  }

  private static void collect(JsonNode node, List<JsonNode> into) {
    into.add(node);
    for (JsonNode child : node.path("Plans")) {
      collect(child, into);
    }
  }

  private static long count(String table) throws SQLException {
    try (Connection connection = connect();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("select count(*) from " + table)) {
      row.next();
      return row.getLong(1);
    }
  }

  private static Connection connect() throws SQLException {
    return DriverManager.getConnection(url, PostgresServer.get().user(), "");
  }
}
