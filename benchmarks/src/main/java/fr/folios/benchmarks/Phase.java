package fr.folios.benchmarks;

import java.time.Duration;
import java.util.Locale;

/**
 * What one phase of the benchmark measured.
 *
 * @param key a short name for the CSV file: {@code raw}, {@code full} or {@code reimport}
 * @param label what the phase is, for people
 * @param wall its wall time
 * @param records the AAF records it read
 * @param rows the directory rows its database held at its end: written by the raw baseline
 *     and the full import, checked by the re-import
 * @param peakHeapBytes the peak live heap (see {@link HeapPeak})
 * @param outcome what it did, e.g. the import report's counts; no commas
 */
record Phase(String key, String label, Duration wall, long records, long rows,
    long peakHeapBytes, String outcome) {

  private static final double MEGABYTE = 1024.0 * 1024.0;

  /** {@return the wall time in seconds} */
  double seconds() {
    return wall.toNanos() / 1e9;
  }

  /** {@return records read per second of wall time} */
  double recordsPerSecond() {
    return records / seconds();
  }

  /** {@return rows per second of wall time} */
  double rowsPerSecond() {
    return rows / seconds();
  }

  /** {@return the peak heap in mebibytes} */
  double peakHeapMegabytes() {
    return peakHeapBytes / MEGABYTE;
  }

  /** {@return the phase's figures on one line, printed as soon as it ends} */
  String summary() {
    return String.format(Locale.ROOT, "[%s] ended: %.1f s, %,d records (%,.0f/s), %,d rows"
        + " (%,.0f/s), peak heap %.0f MB; %s", label, seconds(), records, recordsPerSecond(),
        rows, rowsPerSecond(), peakHeapMegabytes(), outcome);
  }
}
