package fr.folios.benchmarks;

import fr.folios.core.Folios;
import fr.folios.core.directory.SchoolYear;
import fr.folios.core.directory.aaf.AafImport;
import fr.folios.core.directory.aaf.AafImportReport;
import fr.folios.core.memory.InMemoryBlobStore;
import fr.folios.jpa.JpaPersistence;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Measures Folios' AAF import at académie scale against a raw baseline, in one run, on
 * PostgreSQL: the figures issue 3 asks for.
 *
 * <p>It generates a synthetic export with {@link fr.folios.examples.aaf.AafGenerator} (or
 * reuses the one already in the work directory for that scale and seed), then runs three
 * phases, each into PostgreSQL: the raw baseline (a bare StAX pass and plain JDBC batch
 * inserts of the same rows, into empty copies of the directory tables made by Folios' own
 * migrations), Folios' full import into an empty database through
 * {@code folios.directory().importAaf}, and Folios' re-import of the same export, which must
 * report everything unchanged. Each phase gets its wall time, records and rows per second and
 * peak heap; then come the ratios and whether each goal is met: full import within 3x the raw
 * baseline, re-import at most half the full import, peak heap under 512 MB. The figures are
 * printed and written to {@code aaf-import-SCALE-seed-SEED.md} and {@code .csv} in the work
 * directory.
 *
 * <p>Without {@code --jdbc-url}, it starts a PostgreSQL server of its own (the one of
 * folios-jpa's tests, on 127.0.0.1, durability off) and stops it when the JVM exits.
 */
public final class AafImportBenchmark {

  /** The generator's export is dated 1 September 2026: the school year 2026-2027. */
  private static final SchoolYear YEAR = new SchoolYear(2026);
  private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);

  private AafImportBenchmark() {
  }

  /**
   * Runs the benchmark.
   *
   * @param args {@code --scale small|academie} (default small), {@code --seed N} (default 1),
   *     {@code --work-dir DIR} (default {@code target/aaf-benchmark}), and optionally
   *     {@code --jdbc-url URL --user USER --password PASSWORD} to use an existing PostgreSQL
   *     database, where it makes (dropping them first) the schemas
   *     {@code folios_benchmark_raw} and {@code folios_benchmark_folios}
   * @throws IOException if the export or the results cannot be written, or a file read
   * @throws SQLException if the raw baseline's database refuses a row
   * @throws IllegalStateException if the re-import did not report everything unchanged, after
   *     the results are written
   * @throws IllegalArgumentException if an argument is unknown or invalid
   */
  public static void main(String[] args) throws IOException, SQLException {
    Measurements measurements = run(BenchmarkArguments.parse(args), System.out);
    if (!measurements.reimportUnchanged()) {
      throw new IllegalStateException("the re-import of the unchanged export changed the"
          + " directory: " + measurements.reimport().outcome() + "; a re-import must change"
          + " nothing: see the import report");
    }
  }

  /**
   * Runs the three phases, prints the results and writes them into the work directory.
   *
   * @return the figures
   */
  static Measurements run(BenchmarkArguments arguments, PrintStream out) throws IOException,
      SQLException {
    out.println(context(arguments, null));
    Export export = Export.prepare(arguments, out);
    Databases databases = Databases.of(arguments);

    Databases.Place rawPlace = databases.fresh("raw");
    Phase raw = raw(export, rawPlace, out);
    out.println(raw.summary());
    Map<String, Long> rawRows = DirectoryTables.count(rawPlace);
    Databases.Place foliosPlace = databases.fresh("folios");
    FoliosRun full = folios("full", "Folios full import", export, foliosPlace, out);
    out.println(full.phase().summary());
    FoliosRun reimport = folios("reimport", "Folios re-import", export, foliosPlace, out);
    out.println(reimport.phase().summary());

    Measurements measurements = new Measurements(title(arguments), context(arguments, export),
        raw, full.phase(), reimport.phase(), reimport.report().changedNothing(), rawRows,
        DirectoryTables.count(foliosPlace));
    return write(measurements, arguments, out);
  }

  private static Phase raw(Export export, Databases.Place place, PrintStream out)
      throws IOException, SQLException {
    JpaPersistence.open(place.url(), place.user(), place.password()).close();
    try (Connection connection = place.connect()) {
      ProgressPrinter progress = new ProgressPrinter("raw baseline", out, PROGRESS_EVERY);
      HeapPeak.reset();
      long start = System.nanoTime();
      long records = RawBaseline.run(export.files(), YEAR, connection, progress);
      Duration wall = Duration.ofNanos(System.nanoTime() - start);
      long peak = HeapPeak.bytes();
      return new Phase("raw", "raw baseline (StAX + JDBC batches)", wall, records,
          DirectoryTables.total(DirectoryTables.count(place)), peak, "inserted");
    }
  }

  /** A Folios phase and the import's report. */
  private record FoliosRun(Phase phase, AafImportReport report) {
  }

  private static FoliosRun folios(String key, String label, Export export,
      Databases.Place place, PrintStream out) throws IOException, SQLException {
    AafImportReport report;
    Duration wall;
    long peak;
    try (Folios folios = Folios.builder()
        .persistence(JpaPersistence.open(place.url(), place.user(), place.password()))
        .blobs(InMemoryBlobStore.create())
        .build()) {
      ProgressPrinter progress = new ProgressPrinter(label, out, PROGRESS_EVERY);
      HeapPeak.reset();
      long start = System.nanoTime();
      report = folios.directory().importAaf(export.files(), YEAR, AafImport.Mode.FULL,
          progress);
      wall = Duration.ofNanos(System.nanoTime() - start);
      peak = HeapPeak.bytes();
    }
    printProblems(report, out);
    long records = report.files().stream().mapToLong(AafImportReport.FileCounts::read).sum();
    return new FoliosRun(new Phase(key, label, wall, records,
        DirectoryTables.total(DirectoryTables.count(place)), peak, outcome(report)),
        report);
  }

  /** Sums the report's counts; a re-import that changed nothing is "unchanged". */
  static String outcome(AafImportReport report) {
    long[] sums = new long[6];
    for (AafImportReport.FileCounts file : report.files()) {
      sums[0] += file.added();
      sums[1] += file.updated();
      sums[2] += file.unchanged();
      sums[3] += file.leaving();
      sums[4] += file.rejected();
      sums[5] += file.skipped();
    }
    String counts = String.format(Locale.ROOT, "added %d; updated %d; unchanged %d; leaving %d;"
        + " rejected %d; skipped %d; leavers %d; anomalies %d", sums[0], sums[1], sums[2],
        sums[3], sums[4], sums[5], report.leavers().size(), report.anomalies().size());
    return (report.changedNothing() ? "unchanged: " : "") + counts;
  }

  private static void printProblems(AafImportReport report, PrintStream out) {
    report.rejections().stream().limit(3).forEach(issue -> out.println("  rejected: "
        + issue));
    report.anomalies().stream().limit(3).forEach(issue -> out.println("  anomaly: " + issue));
  }

  private static Measurements write(Measurements measurements, BenchmarkArguments arguments,
      PrintStream out) throws IOException {
    String name = String.format(Locale.ROOT, "aaf-import-%s-seed-%d", arguments.scaleName(),
        arguments.seed());
    Path markdown = arguments.workDir().resolve(name + ".md");
    Path csv = arguments.workDir().resolve(name + ".csv");
    Files.createDirectories(arguments.workDir());
    measurements.writeTo(markdown, csv);
    out.println();
    out.println(measurements.markdown());
    out.println("written to " + markdown + " and " + csv);
    return measurements;
  }

  private static String title(BenchmarkArguments arguments) {
    return arguments.scaleName() + " scale, seed " + arguments.seed();
  }

  private static String context(BenchmarkArguments arguments, @Nullable Export export) {
    Runtime runtime = Runtime.getRuntime();
    String machine = String.format(Locale.ROOT, "Run %s on %s %s, %d cores, Java %s (%s),"
        + " max heap %d MB; PostgreSQL %s.", Instant.now().truncatedTo(ChronoUnit.SECONDS),
        System.getProperty("os.name"), System.getProperty("os.arch"),
        runtime.availableProcessors(), System.getProperty("java.version"),
        System.getProperty("java.vm.name"), HeapPeak.max() / (1024 * 1024),
        arguments.jdbcUrl() == null ? "of our own on 127.0.0.1, durability off"
            : "at the URL given");
    if (export == null) {
      return machine;
    }
    return machine + String.format(Locale.ROOT, "\nExport: %d files, %,d records, %,d bytes%s.",
        export.files().size(), export.records(), export.bytes(), export.generation().isZero()
            ? ", reused" : String.format(Locale.ROOT, ", generated in %.1f s",
            export.generation().toMillis() / 1000.0));
  }
}
