package fr.folios.jpa;

import static fr.folios.core.spi.Fixtures.establishment;
import static fr.folios.core.spi.Fixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.FoliosException;
import fr.folios.core.catalogue.Concept;
import fr.folios.core.catalogue.Vocabulary;
import fr.folios.core.directory.Establishment;
import fr.folios.core.directory.Person;
import fr.folios.core.directory.Profile;
import fr.folios.core.directory.SchoolClass;
import fr.folios.core.directory.SchoolYear;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JpaPersistenceTest {

  private static final List<String> TABLES = List.of("establishment", "person",
      "person_establishment", "person_child", "school_class", "class_student", "class_teacher",
      "class_main_teacher", "work_group", "group_student", "group_staff", "space", "folder",
      "document", "document_share", "news_item", "catalogue_resource",
      "catalogue_resource_facet", "vocabulary", "concept", "concept_alt_label",
      "establishment_year", "group_invitation", "group_request", "document_version");

  @TempDir
  Path directory;

  @Test
  void h2_migratesAnEmptyDirectoryAndItsMappingValidates() throws Exception {
    JpaPersistence.h2(directory).close();

    assertThat(directory.resolve("folios.mv.db")).isRegularFile();
    try (Connection connection = DriverManager.getConnection("jdbc:h2:file:"
        + directory.resolve("folios") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "")) {
      assertThat(appliedMigrations(connection))
          .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9");
      assertThat(tables(connection)).containsAll(TABLES);
    }
  }

  @Test
  void h2_reopenedKeepsWhatWasSaved() {
    Establishment college = establishment(350001, "52000");
    Person pupil = person(Profile.STUDENT, "Morel", college.id(), "E1");
    SchoolClass classe = SchoolClass.create(college.id(), new SchoolYear(2025), "3B")
        .with(Set.of(pupil.id()), Set.of(), Set.of());
    Vocabulary levels = Vocabulary.of("niveaux", "Niveaux", List.of(Concept.of("3e", "3e")));
    try (JpaPersistence store = JpaPersistence.h2(directory)) {
      store.directory().saveEstablishment(college);
      store.directory().savePerson(pupil);
      store.directory().saveClass(classe);
      store.catalogue().saveVocabulary(levels);
    }

    try (JpaPersistence reopened = JpaPersistence.h2(directory)) {
      assertThat(reopened.directory().findEstablishmentByUai(college.uai())).contains(college);
      assertThat(reopened.directory().findPersonByJoinKey("E1")).contains(pupil);
      assertThat(reopened.directory().classesOf(pupil.id())).containsExactly(classe);
      assertThat(reopened.catalogue().vocabularies()).extracting(Vocabulary::concepts)
          .containsExactly(levels.concepts());
    }
  }

  @Test
  void h2_refusesADirectoryWhosePathHoldsASemicolon() {
    assertThatThrownBy(() -> JpaPersistence.h2(directory.resolve("a;b")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a;b");
  }

  @Test
  void open_failureMessageNeverShowsAPasswordWrittenInTheUrl() {
    assertThatThrownBy(() -> JpaPersistence.open(
        "jdbc:postgresql://127.0.0.1:1/folios?user=u&password=s3cret&ssl=false", "u", ""))
        .isInstanceOf(FoliosException.class)
        .hasMessageContaining("password=***&ssl=false")
        .hasMessageNotContaining("s3cret");
  }

  @Test
  void open_acceptsAnH2UrlWithoutCompatibilityMode() {
    Establishment college = establishment(350001, "52000");
    String url = "jdbc:h2:file:" + directory.resolve("plain");

    try (JpaPersistence store = JpaPersistence.open(url, "sa", "")) {
      store.directory().saveEstablishment(college);

      assertThat(store.directory().findEstablishmentByJoinKey("52000")).contains(college);
    }
  }

  @Test
  void open_migratesAnEmptyPostgresDatabaseAndItsMappingValidates() throws Exception {
    PostgresServer server = PostgresServer.get();
    String url = server.newDatabase();

    JpaPersistence.open(url, server.user(), "").close();

    try (Connection connection = DriverManager.getConnection(url, server.user(), "")) {
      assertThat(appliedMigrations(connection))
          .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9");
      assertThat(tables(connection)).containsAll(TABLES);
    }
  }

  @Test
  void open_refusesASchemaThatNoLongerMatchesTheMapping() throws Exception {
    PostgresServer server = PostgresServer.get();
    String url = server.newDatabase();
    JpaPersistence.open(url, server.user(), "").close();
    try (Connection connection = DriverManager.getConnection(url, server.user(), "");
        Statement statement = connection.createStatement()) {
      statement.execute("alter table person drop column email");
    }

    assertThatThrownBy(() -> JpaPersistence.open(url, server.user(), ""))
        .isInstanceOf(FoliosException.class)
        .hasMessageContaining(url)
        .hasMessageContaining("email");
  }

  @Test
  void open_namesTheUrlOfAServerThatDoesNotAnswer() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      closedPort = socket.getLocalPort();
    }
    String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/folios";

    assertThatThrownBy(() -> JpaPersistence.open(url, "folios", "secret"))
        .isInstanceOf(FoliosException.class)
        .hasMessageContaining(url)
        .hasMessageContaining("check the URL");
  }

  @Test
  void close_twiceIsHarmlessAndAClosedStoreRefusesWork() {
    JpaPersistence store = JpaPersistence.h2(directory);
    store.close();

    store.close();

    assertThatThrownBy(() -> store.directory().countClasses())
        .isInstanceOf(IllegalStateException.class);
  }

  private static List<String> appliedMigrations(Connection connection) throws SQLException {
    List<String> versions = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select version from flyway_schema_history"
            + " where success and version is not null order by installed_rank")) {
      while (rows.next()) {
        versions.add(rows.getString(1));
      }
    }
    return versions;
  }

  private static List<String> tables(Connection connection) throws SQLException {
    List<String> names = new ArrayList<>();
    try (ResultSet rows = connection.getMetaData().getTables(null, "public", "%",
        new String[] {"TABLE"})) {
      while (rows.next()) {
        names.add(rows.getString("TABLE_NAME"));
      }
    }
    return names;
  }
}
