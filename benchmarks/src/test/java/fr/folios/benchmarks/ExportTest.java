package fr.folios.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportTest {

  @TempDir
  Path work;

  @Test
  void prepare_generatesTheExportOnceThenReusesIt() throws Exception {
    BenchmarkArguments arguments = BenchmarkArguments.parse("--work-dir", work.toString());
    Export generated = Export.prepare(arguments, quiet());
    Path marker = work.resolve("aaf-small-seed-1/export.complete");
    long written = Files.getLastModifiedTime(marker).toMillis();

    Export reused = Export.prepare(arguments, quiet());

    assertThat(generated.records()).isEqualTo(553);
    assertThat(reused.files()).isEqualTo(generated.files());
    assertThat(reused.records()).isEqualTo(generated.records());
    assertThat(reused.bytes()).isEqualTo(generated.bytes());
    assertThat(reused.generation()).isEqualTo(Duration.ZERO);
    assertThat(Files.getLastModifiedTime(marker).toMillis()).isEqualTo(written);
  }

  @Test
  void prepare_generatesAgainAnExportThatDidNotEnd() throws Exception {
    BenchmarkArguments arguments = BenchmarkArguments.parse("--work-dir", work.toString());
    Path directory = Files.createDirectories(work.resolve("aaf-small-seed-1"));
    Files.writeString(directory.resolve("FULL_FOLIOS_Complet_20260901_Eleve_0009.xml"), "<");

    Export export = Export.prepare(arguments, quiet());

    assertThat(export.files()).hasSize(8).noneMatch(f -> f.endsWith(
        "FULL_FOLIOS_Complet_20260901_Eleve_0009.xml"));
  }

  private static PrintStream quiet() {
    return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
  }
}
