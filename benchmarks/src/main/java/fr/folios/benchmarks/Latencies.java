package fr.folios.benchmarks;

import java.util.Arrays;

/**
 * The spread of one operation's times: how many calls were timed, and the median, the 99th
 * percentile and the slowest, by nearest rank.
 *
 * @param samples how many calls were timed
 * @param p50Nanos the median, in nanoseconds
 * @param p99Nanos the 99th percentile, in nanoseconds
 * @param maxNanos the slowest call, in nanoseconds
 */
record Latencies(int samples, long p50Nanos, long p99Nanos, long maxNanos) {

  /**
   * Summarises the times of calls.
   *
   * @param nanos each call's time, in nanoseconds, in any order; not changed
   * @return their spread
   * @throws IllegalArgumentException if there are none
   */
  static Latencies of(long[] nanos) {
    if (nanos.length == 0) {
      throw new IllegalArgumentException("no call was timed: time at least one");
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return new Latencies(sorted.length, rank(sorted, 50), rank(sorted, 99),
        sorted[sorted.length - 1]);
  }

  /** The nearest-rank percentile: the smallest value with that share of values at or below. */
  private static long rank(long[] sorted, int percent) {
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  /** {@return the median in microseconds} */
  double p50Micros() {
    return p50Nanos / 1000.0;
  }

  /** {@return the 99th percentile in microseconds} */
  double p99Micros() {
    return p99Nanos / 1000.0;
  }

  /** {@return the slowest call in microseconds} */
  double maxMicros() {
    return maxNanos / 1000.0;
  }
}
