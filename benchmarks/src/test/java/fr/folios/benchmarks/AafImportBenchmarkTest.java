package fr.folios.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import fr.folios.jpa.BenchmarkServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AafImportBenchmarkTest {

  private static final Path CSV = Path.of("aaf-import-small-seed-1.csv");

  @Test
  void main_writesEveryPhaseWithPositiveFiguresAndAnUnchangedReimport(@TempDir Path work)
      throws Exception {
    AafImportBenchmark.main(new String[] {"--scale", "small", "--work-dir", work.toString()});

    Map<String, Row> phases = rows(work.resolve(CSV));
    assertThat(phases).containsOnlyKeys("raw", "full", "reimport");
    assertThat(phases.values()).allSatisfy(Row::assertPositive);
    assertThat(phases.get("reimport").outcome()).startsWith("unchanged: added 0; updated 0;");
    assertThat(phases.get("full").rows()).isEqualTo(phases.get("raw").rows());
    assertThat(Files.readString(work.resolve("aaf-import-small-seed-1.md")))
        .contains("| both sides store the same rows | yes | yes |");
  }

  @Test
  void main_writesIntoSchemasOfAGivenDatabase(@TempDir Path work) throws Exception {
    AafImportBenchmark.main(new String[] {"--scale", "small", "--seed", "7", "--work-dir",
        work.toString(), "--jdbc-url", BenchmarkServer.newDatabase(), "--user",
        BenchmarkServer.user()});

    Map<String, Row> phases = rows(work.resolve("aaf-import-small-seed-7.csv"));
    assertThat(phases).containsOnlyKeys("raw", "full", "reimport");
    assertThat(phases.values()).allSatisfy(Row::assertPositive);
  }

  /** One line of the CSV table. */
  private record Row(String phase, long wallMillis, long records, double recordsPerSecond,
      long rows, double rowsPerSecond, long peakHeapBytes, String outcome) {

    static Row parse(String line) {
      String[] cells = line.split(",", 9);
      return new Row(cells[0], Long.parseLong(cells[2]), Long.parseLong(cells[3]),
          Double.parseDouble(cells[4]), Long.parseLong(cells[5]), Double.parseDouble(cells[6]),
          Long.parseLong(cells[7]), cells[8]);
    }

    void assertPositive() {
      assertThat(wallMillis).as(phase + " wall time").isPositive();
      assertThat(records).as(phase + " records").isEqualTo(553);
      assertThat(recordsPerSecond).as(phase + " records/s").isPositive();
      assertThat(rows).as(phase + " rows").isPositive();
      assertThat(rowsPerSecond).as(phase + " rows/s").isPositive();
      assertThat(peakHeapBytes).as(phase + " peak heap").isPositive();
    }
  }

  private static Map<String, Row> rows(Path csv) throws IOException {
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo("phase,label,wall_ms,records,records_per_s,rows,"
        + "rows_per_s,peak_heap_bytes,outcome");
    return lines.subList(1, lines.size()).stream().map(Row::parse)
        .collect(Collectors.toMap(Row::phase, Function.identity()));
  }
}
