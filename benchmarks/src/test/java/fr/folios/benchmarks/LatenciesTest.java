package fr.folios.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class LatenciesTest {

  @Test
  void of_takesNearestRankPercentiles() {
    long[] nanos = new long[100];
    for (int i = 0; i < nanos.length; i++) {
      nanos[i] = 100 - i;
    }

    Latencies latencies = Latencies.of(nanos);

    assertThat(latencies).isEqualTo(new Latencies(100, 50, 99, 100));
    assertThat(nanos[0]).isEqualTo(100);
  }

  @Test
  void of_refusesNoTimes() {
    assertThatThrownBy(() -> Latencies.of(new long[0]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no call");
  }

  @Property
  void of_ordersMedianBelowP99BelowMax(
      @ForAll @Size(min = 1, max = 300) List<@LongRange(min = 0, max = 1_000_000_000) Long>
          times) {
    long[] nanos = times.stream().mapToLong(Long::longValue).toArray();

    Latencies latencies = Latencies.of(nanos);

    assertThat(latencies.samples()).isEqualTo(nanos.length);
    assertThat(latencies.p50Nanos()).isLessThanOrEqualTo(latencies.p99Nanos());
    assertThat(latencies.p99Nanos()).isLessThanOrEqualTo(latencies.maxNanos());
    assertThat(latencies.maxNanos()).isEqualTo(Arrays.stream(nanos).max()
        .orElseThrow());
  }
}
