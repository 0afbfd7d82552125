package fr.folios.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import fr.folios.core.directory.Profile;
import fr.folios.core.directory.SchoolYear;
import fr.folios.core.directory.aaf.AafImport;
import fr.folios.core.directory.aaf.AafImportReport;
import fr.folios.core.memory.InMemoryPersistence;
import fr.folios.core.spi.Persistence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports the real AAF export carried in {@code examples/data} into memory, H2 and PostgreSQL:
 * the batched import must give the same report on each, and a second import must change
 * nothing.
 */
class AafImportOnDatabasesTest {

  private static final SchoolYear YEAR = new SchoolYear(2025);
  private static List<Path> files;
  private static AafImportReport inMemory;
  private static long inMemoryPeople;

  @TempDir
  Path h2;

  @BeforeAll
  static void importInMemory() throws IOException {
    try (Stream<Path> listing = Files.list(Path.of("../examples/data/aaf/entcore-aaf-test"))) {
      files = listing.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    }
    try (InMemoryPersistence store = InMemoryPersistence.create()) {
      inMemory = importTwice(store);
      inMemoryPeople = people(store);
    }
  }

  @Test
  void importFiles_onH2GivesTheInMemoryReportAndChangesNothingTheSecondTime()
      throws IOException {
    try (JpaPersistence store = JpaPersistence.h2(h2)) {
      AafImportReport first = importTwice(store);

      assertSameAsInMemory(first, store);
    }
  }

  @Test
  void importFiles_onPostgresGivesTheInMemoryReportAndChangesNothingTheSecondTime()
      throws IOException {
    PostgresServer server = PostgresServer.get();
    try (JpaPersistence store = JpaPersistence.open(server.newDatabase(), server.user(), "")) {
      AafImportReport first = importTwice(store);

      assertSameAsInMemory(first, store);
    }
  }

  private static AafImportReport importTwice(Persistence store) throws IOException {
    AafImport aaf = new AafImport(store);
    AafImportReport first = aaf.importFiles(files, YEAR, AafImport.Mode.FULL,
        (step, done, total) -> { });
    AafImportReport second = aaf.importFiles(files, YEAR, AafImport.Mode.FULL,
        (step, done, total) -> { });
    assertThat(second.changedNothing()).isTrue();
    assertThat(second.rejections()).hasSameSizeAs(first.rejections());
    return first;
  }

  private static void assertSameAsInMemory(AafImportReport first, Persistence store) {
    assertThat(first.files()).isEqualTo(inMemory.files());
    assertThat(first.rejections()).isEqualTo(inMemory.rejections());
    assertThat(first.anomalies()).containsExactlyInAnyOrderElementsOf(inMemory.anomalies());
    long read = first.files().stream().mapToLong(AafImportReport.FileCounts::read).sum();
    assertThat(read).isGreaterThan(6_000);
    assertThat(people(store)).isEqualTo(inMemoryPeople).isGreaterThan(3_000);
  }

  private static long people(Persistence store) {
    return store.directory().countPeople(Profile.STUDENT)
        + store.directory().countPeople(Profile.EDUCATIONAL_STAFF)
        + store.directory().countPeople(Profile.PARENT);
  }
}
