package fr.folios.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MeasurementsTest {

  private static final long MB = 1024 * 1024;

  @Test
  void goals_areMetAtTheirLimits() {
    Measurements measurements = measurements(30, 90, 45, 511 * MB);

    assertThat(measurements.fullOverRaw()).isEqualTo(3.0);
    assertThat(measurements.reimportOverFull()).isEqualTo(0.5);
    assertThat(measurements.goals()).doesNotContain("**no**").doesNotContain("**NO**");
  }

  @Test
  void goals_sayWhichIsMissedWithTheMeasuredFigure() {
    Measurements measurements = measurements(30, 91, 46, 512 * MB);

    assertThat(measurements.goals())
        .contains("| Folios full import within 3x the raw baseline | 3.03x | **no** |")
        .contains("| re-import at most 0.5x the full import | 0.51x | **no** |")
        .contains("| Folios peak heap under 512 MB | 512.00 MB | **no** |");
  }

  @Test
  void markdown_comparesTheRowsOfEachTable() {
    Measurements measurements = new Measurements("small scale, seed 1", "context",
        phase("raw", 1, MB), phase("full", 2, MB), phase("reimport", 1, MB), true,
        Map.of("person", 3L), Map.of("person", 4L));

    assertThat(measurements.sameRows()).isFalse();
    assertThat(measurements.markdown()).contains("| person | 3 | 4 |")
        .contains("**NO**: the comparison is not like for like");
  }

  private static Measurements measurements(long raw, long full, long reimport, long heap) {
    return new Measurements("small scale, seed 1", "context", phase("raw", raw, MB),
        phase("full", full, heap), phase("reimport", reimport, MB), true,
        Map.of("person", 3L), Map.of("person", 3L));
  }

  private static Phase phase(String key, long seconds, long heap) {
    return new Phase(key, key, Duration.ofSeconds(seconds), 10, 20, heap, "done");
  }
}
