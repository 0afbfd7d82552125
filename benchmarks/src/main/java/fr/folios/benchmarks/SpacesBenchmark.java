package fr.folios.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Measures issue 4's speed figures in one run, each against its raw baseline in the same
 * process: uploads of large files through Folios (file-system blob store, H2) against a raw
 * file copy forced to disk; {@code spaces.canRead} for a teacher of 30 classes and groups who
 * may read 10,000 documents, in memory and on PostgreSQL, against a HashMap lookup and one
 * JDBC query; and the listing of a folder of 300 documents against a HashMap and one JDBC
 * select. It prints a Markdown table, the goals met or not, and writes them to
 * {@code spaces.md} and {@code spaces.csv} in the work directory.
 *
 * <p>It starts a PostgreSQL server of its own (the one of folios-jpa's tests, on 127.0.0.1,
 * durability off) and stops it when the JVM exits.
 */
public final class SpacesBenchmark {

  private static final double UPLOAD_GOAL = 0.8;
  private static final double CAN_READ_P99_GOAL_MICROS = 50;

  private SpacesBenchmark() {
  }

  /**
   * Runs the benchmark.
   *
   * @param args {@code --files N} (default 10), {@code --file-mb N} (30), {@code --documents N}
   *     readable by the reader (10,000), {@code --listed N} documents in the listed folder
   *     (300), {@code --samples N} timed calls in memory, a tenth on PostgreSQL (20,000),
   *     {@code --upload-rounds N} (3), {@code --seed N} (1), {@code --work-dir DIR}
   *     (target/spaces-benchmark)
   * @throws IOException if a file cannot be written or read
   * @throws SQLException if a baseline's query fails
   * @throws IllegalArgumentException if an argument is unknown or invalid
   */
  public static void main(String[] args) throws IOException, SQLException {
    run(SpacesArguments.parse(args), System.out);
  }

  /**
   * Runs the three measurements, prints the results and writes them into the work directory.
   *
   * @return the Markdown written
   */
  static String run(SpacesArguments arguments, PrintStream out) throws IOException,
      SQLException {
    String context = context(arguments);
    out.println(context);
    out.println("uploading " + arguments.files() + " files of " + arguments.fileMegabytes()
        + " MB each way, " + arguments.uploadRounds() + " rounds...");
    UploadRun.Figures upload = UploadRun.measure(arguments);
    out.println("timing canRead and listing in memory...");
    ReadRun reads = new ReadRun(arguments);
    List<ReadRun.Row> rows = new ArrayList<>(reads.inMemory());
    out.println("timing canRead and listing on PostgreSQL...");
    rows.addAll(reads.onPostgres());

    String markdown = markdown(context, arguments, upload, rows, reads.canReadStatements());
    Files.createDirectories(arguments.workDir());
    Path md = arguments.workDir().resolve("spaces.md");
    Path csv = arguments.workDir().resolve("spaces.csv");
    Files.writeString(md, markdown, StandardCharsets.UTF_8);
    Files.writeString(csv, csv(upload, rows), StandardCharsets.UTF_8);
    out.println();
    out.println(markdown);
    out.println("written to " + md + " and " + csv);
    return markdown;
  }

  private static String markdown(String context, SpacesArguments arguments,
      UploadRun.Figures upload, List<ReadRun.Row> rows, List<String> statements) {
    StringBuilder text = new StringBuilder("# Spaces (issue 4)\n\n").append(context)
        .append("\n\n| upload | files | MB | rounds | wall, median (s) | MB/s, median |"
            + " MB/s, min–max |\n|---|---:|---:|---:|---:|---:|---:|\n");
    text.append(uploadRow("raw copy + force (baseline)", upload, upload.raw()));
    text.append(uploadRow("raw copy + SHA-256 + force (second baseline)", upload,
        upload.rawHashed()));
    text.append(uploadRow("read + SHA-256, nothing written", upload, upload.hashOnly()));
    text.append(uploadRow("SHA-256 alone, bytes already in memory (floor of a store that hashes"
        + " on one thread)", upload, upload.hashInMemory()));
    text.append(uploadRow("Folios upload (file-system blobs, H2)", upload, upload.folios()));

    text.append("\n| measurement | store | calls | p50 (µs) | p99 (µs) | max (µs) |"
        + " statements per call (mean / max) | wrong answers |\n"
        + "|---|---|---:|---:|---:|---:|---:|---:|\n");
    for (ReadRun.Row row : rows) {
      Latencies l = row.latencies();
      text.append(String.format(Locale.ROOT, "| %s | %s | %d | %.1f | %.1f | %.1f | %s | %d |%n",
          row.label(), row.store(), l.samples(), l.p50Micros(), l.p99Micros(), l.maxMicros(),
          row.maxStatements() == 0 ? "—" : String.format(Locale.ROOT, "%.2f / %d",
              row.statements(), row.maxStatements()), row.wrongAnswers()));
    }
    text.append(goals(upload, rows, arguments));
    text.append("\nStatements of one Folios canRead on PostgreSQL, for a document the reader"
        + " may not read (the longest path):\n\n");
    statements.forEach(sql -> text.append("- `").append(sql.replaceAll("\\s+", " "))
        .append("`\n"));
    return text.toString();
  }

  private static String uploadRow(String label, UploadRun.Figures upload,
      List<Duration> walls) {
    List<Double> rates = upload.megabytesPerSecond(walls);
    return String.format(Locale.ROOT, "| %s | %d | %d | %d | %.2f | %.1f | %.1f–%.1f |%n",
        label, upload.files(), upload.bytes() / (1024 * 1024), walls.size(),
        seconds(UploadRun.Figures.medianWall(walls).toNanos()), UploadRun.Figures.median(rates),
        Collections.min(rates), Collections.max(rates));
  }

  private static String ratios(List<Double> ratios) {
    return String.format(Locale.ROOT, "%.2fx (rounds %.2f–%.2f)", UploadRun.Figures.median(
        ratios), Collections.min(ratios), Collections.max(ratios));
  }

  private static String goals(UploadRun.Figures upload, List<ReadRun.Row> rows,
      SpacesArguments arguments) {
    ReadRun.Row memory = row(rows, "can-read-folios-memory");
    ReadRun.Row postgres = row(rows, "can-read-folios-postgres");
    int wrong = rows.stream().mapToInt(ReadRun.Row::wrongAnswers).sum();
    StringBuilder text = new StringBuilder("\n| goal | measured | met |\n|---|---:|---|\n");
    text.append(String.format(Locale.ROOT, "| Folios upload at least %.1fx the raw copy's"
        + " throughput (median of the rounds) | %s | %s |%n", UPLOAD_GOAL,
        ratios(upload.ratios(upload.raw())), met(upload.ratio() >= UPLOAD_GOAL)));
    text.append(String.format(Locale.ROOT, "| Folios upload against the raw copy + SHA-256 +"
        + " force (no goal set) | %s | — |%n", ratios(upload.ratios(upload.rawHashed()))));
    text.append(String.format(Locale.ROOT, "| SHA-256 alone against the raw copy: the most any"
        + " store hashing on one thread could reach (no goal set) | %s | — |%n",
        ratios(UploadRun.Figures.ratios(upload.raw(), upload.hashInMemory()))));
    text.append(String.format(Locale.ROOT, "| canRead p99 under %.0f µs in memory | %.1f µs |"
        + " %s |%n", CAN_READ_P99_GOAL_MICROS, memory.latencies().p99Micros(),
        met(memory.latencies().p99Micros() < CAN_READ_P99_GOAL_MICROS)));
    text.append(String.format(Locale.ROOT, "| canRead in one query on PostgreSQL |"
        + " %.2f statements a call (at most %d) | %s |%n", postgres.statements(),
        postgres.maxStatements(), met(postgres.maxStatements() == 1)));
    text.append(String.format(Locale.ROOT, "| canRead on PostgreSQL, p99 against one raw query"
        + " (no goal set) | %.2fx | — |%n", ratio(rows, "can-read-folios-postgres",
        "can-read-raw-postgres")));
    text.append(String.format(Locale.ROOT, "| listing %d documents on PostgreSQL, p99 against"
        + " one raw select (no goal set) | %.2fx | — |%n", arguments.listed(),
        ratio(rows, "listing-folios-postgres", "listing-raw-postgres")));
    text.append(String.format(Locale.ROOT, "| every canRead answer right, both sides | %d wrong"
        + " | %s |%n", wrong, met(wrong == 0)));
    return text.toString();
  }

  private static double ratio(List<ReadRun.Row> rows, String folios, String raw) {
    return row(rows, folios).latencies().p99Micros() / row(rows, raw).latencies().p99Micros();
  }

  private static ReadRun.Row row(List<ReadRun.Row> rows, String key) {
    return rows.stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
  }

  private static String met(boolean met) {
    return met ? "yes" : "no";
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  private static String csv(UploadRun.Figures upload, List<ReadRun.Row> rows) {
    StringBuilder text = new StringBuilder("key,store,calls,p50_ns,p99_ns,max_ns,statements,"
        + "max_statements,wrong_answers,files,bytes,wall_ns,mb_per_s\n");
    text.append(uploadCsv("upload-raw", upload, upload.raw()));
    text.append(uploadCsv("upload-raw-sha256", upload, upload.rawHashed()));
    text.append(uploadCsv("upload-sha256-only", upload, upload.hashOnly()));
    text.append(uploadCsv("upload-sha256-in-memory", upload, upload.hashInMemory()));
    text.append(uploadCsv("upload-folios", upload, upload.folios()));
    for (ReadRun.Row row : rows) {
      Latencies l = row.latencies();
      text.append(String.format(Locale.ROOT, "%s,%s,%d,%d,%d,%d,%.3f,%d,%d,,,,%n", row.key(),
          row.store(), l.samples(), l.p50Nanos(), l.p99Nanos(), l.maxNanos(), row.statements(),
          row.maxStatements(), row.wrongAnswers()));
    }
    return text.toString();
  }

  /** One upload side: the files and bytes of a round, its median wall time and throughput. */
  private static String uploadCsv(String key, UploadRun.Figures upload, List<Duration> walls) {
    return String.format(Locale.ROOT, "%s,disk,,,,,,,,%d,%d,%d,%.3f%n", key, upload.files(),
        upload.bytes(), UploadRun.Figures.medianWall(walls).toNanos(),
        UploadRun.Figures.median(upload.megabytesPerSecond(walls)));
  }

  private static String context(SpacesArguments arguments) {
    Runtime runtime = Runtime.getRuntime();
    return String.format(Locale.ROOT, "Run %s on %s %s, %d cores (load average %.1f at the"
        + " start), Java %s (%s), max heap %d MB; PostgreSQL of our own on 127.0.0.1, durability"
        + " off.%nUploads: %d rounds of %d files of %d MB (and one warm-up file each way);"
        + " canRead: a teacher of %d classes and %d groups who may read %,d documents, and %,d"
        + " they may not; listing: a folder of %d documents; %,d timed canRead calls in memory,"
        + " %,d on PostgreSQL.",
        Instant.now().truncatedTo(ChronoUnit.SECONDS), System.getProperty("os.name"),
        System.getProperty("os.arch"), runtime.availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        System.getProperty("java.version"), System.getProperty("java.vm.name"),
        runtime.maxMemory() / (1024 * 1024), arguments.uploadRounds(), arguments.files(),
        arguments.fileMegabytes(),
        SharingFixture.CLASSES, SharingFixture.GROUPS, arguments.documents(),
        arguments.documents(), arguments.listed(), arguments.samples(),
        Math.max(10, arguments.samples() / 10));
  }
}
