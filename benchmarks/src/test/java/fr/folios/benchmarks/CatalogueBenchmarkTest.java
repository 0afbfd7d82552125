package fr.folios.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueBenchmarkTest {

  @Test
  void run_writesEveryFigureAtATinySizeWithBothSidesAgreeing(@TempDir Path work)
      throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    CatalogueArguments arguments = CatalogueArguments.parse("--resources", "3000",
        "--searches", "60", "--warmup", "10", "--work-dir", work.toString());

    String markdown = CatalogueBenchmark.run(arguments,
        new PrintStream(printed, true, StandardCharsets.UTF_8));

    Map<String, String[]> rows = Files.readAllLines(work.resolve("catalogue.csv"),
            StandardCharsets.UTF_8).stream().skip(1).map(line -> line.split(",", -1))
        .collect(Collectors.toMap(cells -> cells[0], Function.identity()));
    assertThat(rows).containsOnlyKeys("indexing-raw", "indexing-folios", "search-raw",
        "search-folios");
    for (String side : List.of("indexing-raw", "indexing-folios")) {
      assertThat(Long.parseLong(rows.get(side)[5])).as(side).isPositive();
      assertThat(rows.get(side)[6]).as(side).isEqualTo("3000");
    }
    for (String side : List.of("search-raw", "search-folios")) {
      assertThat(rows.get(side)[1]).as(side).isEqualTo("60");
      assertThat(Long.parseLong(rows.get(side)[2])).as(side).isPositive();
      assertThat(Long.parseLong(rows.get(side)[3])).as(side)
          .isGreaterThanOrEqualTo(Long.parseLong(rows.get(side)[2]));
    }
    assertThat(markdown).contains("Catalogue of 3,000 resources")
        .contains("| search p99, ms |").contains("differ between the sides: 0;");
    assertThat(Files.readString(work.resolve("catalogue.md"))).isEqualTo(markdown);
  }

  @Test
  void parse_refusesAnUnknownOptionNamingTheKnownOnes() {
    assertThatThrownBy(() -> CatalogueArguments.parse("--documents", "5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--documents").hasMessageContaining("--resources");
  }
}
