package fr.folios.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpacesBenchmarkTest {

  @Test
  void main_writesEveryFigureAtATinySize(@TempDir Path work) throws Exception {
    SpacesBenchmark.main(new String[] {"--files", "2", "--file-mb", "1", "--documents", "300",
        "--samples", "500", "--upload-rounds", "2", "--work-dir", work.toString()});

    Map<String, String[]> rows = Files.readAllLines(work.resolve("spaces.csv"),
            StandardCharsets.UTF_8).stream().skip(1).map(line -> line.split(",", -1))
        .collect(Collectors.toMap(cells -> cells[0], Function.identity()));
    assertThat(rows).containsOnlyKeys("upload-raw", "upload-raw-sha256", "upload-sha256-only",
        "upload-sha256-in-memory", "upload-folios", "can-read-folios-memory",
        "can-read-raw-memory", "listing-folios-memory", "listing-raw-memory",
        "can-read-folios-postgres", "can-read-raw-postgres", "listing-folios-postgres",
        "listing-raw-postgres");
    for (String upload : List.of("upload-raw", "upload-raw-sha256", "upload-sha256-only",
        "upload-sha256-in-memory", "upload-folios")) {
      assertThat(Long.parseLong(rows.get(upload)[10])).as(upload).isEqualTo(2L * 1024 * 1024);
      assertThat(Double.parseDouble(rows.get(upload)[12])).as(upload).isPositive();
    }
    rows.values().stream().filter(cells -> !cells[0].startsWith("upload")).forEach(cells -> {
      assertThat(Long.parseLong(cells[3])).as(cells[0] + " p50").isPositive();
      assertThat(Long.parseLong(cells[4])).as(cells[0] + " p99")
          .isGreaterThanOrEqualTo(Long.parseLong(cells[3]));
      assertThat(Long.parseLong(cells[5])).as(cells[0] + " max")
          .isGreaterThanOrEqualTo(Long.parseLong(cells[4]));
      assertThat(cells[8]).as(cells[0] + " wrong answers").isEqualTo("0");
    });
    assertThat(Long.parseLong(rows.get("can-read-raw-postgres")[7])).isEqualTo(1);
    assertThat(Long.parseLong(rows.get("can-read-folios-postgres")[7])).isPositive();
    assertThat(Files.readString(work.resolve("spaces.md")))
        .contains("| Folios upload at least 0.8x the raw copy's throughput (median of the"
            + " rounds) |")
        .contains("| raw copy + SHA-256 + force (second baseline) | 2 | 2 | 2 |")
        .contains("| SHA-256 alone against the raw copy: the most any store hashing on one"
            + " thread could reach (no goal set) |")
        .contains("| canRead p99 under 50 µs in memory |")
        .contains("| canRead in one query on PostgreSQL |")
        .contains("| every canRead answer right, both sides | 0 wrong | yes |");
  }
}
