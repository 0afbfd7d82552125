package fr.folios.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one run, the ratios the goals are about, and their Markdown and CSV tables.
 *
 * @param title the run's scale and seed, e.g. {@code academie scale, seed 1}
 * @param context when, on what machine, and which export
 * @param raw the raw baseline
 * @param full Folios' full import
 * @param reimport Folios' re-import of the same export
 * @param reimportUnchanged whether the re-import reported everything unchanged
 * @param rawRows the raw baseline's rows per table
 * @param foliosRows Folios' rows per table, after the re-import
 */
record Measurements(String title, String context, Phase raw, Phase full, Phase reimport,
    boolean reimportUnchanged, Map<String, Long> rawRows, Map<String, Long> foliosRows) {

  /** Folios' full import may take this many times the raw baseline's time. */
  static final double FULL_OVER_RAW_GOAL = 3.0;
  /** A re-import may take this share of the full import's time. */
  static final double REIMPORT_OVER_FULL_GOAL = 0.5;
  /** Folios' peak heap must stay under this many mebibytes. */
  static final double PEAK_HEAP_GOAL_MB = 512;

  /** Copies the row counts. */
  Measurements {
    rawRows = Map.copyOf(rawRows);
    foliosRows = Map.copyOf(foliosRows);
  }

  /** {@return the full import's wall time over the raw baseline's} */
  double fullOverRaw() {
    return full.seconds() / raw.seconds();
  }

  /** {@return the re-import's wall time over the full import's} */
  double reimportOverFull() {
    return reimport.seconds() / full.seconds();
  }

  /** {@return the larger peak heap of Folios' two phases, in mebibytes} */
  double foliosPeakHeapMegabytes() {
    return Math.max(full.peakHeapMegabytes(), reimport.peakHeapMegabytes());
  }

  /** {@return whether both sides stored as many rows in every table} */
  boolean sameRows() {
    return rawRows.equals(foliosRows);
  }

  /** {@return the phases, in the order they ran} */
  List<Phase> phases() {
    return List.of(raw, full, reimport);
  }

  /** {@return the goals, each with what was measured and whether it is met} */
  String goals() {
    return String.join("\n",
        "| goal | measured | met |",
        "|---|---:|---|",
        goal("Folios full import within 3x the raw baseline", fullOverRaw(), "x",
            fullOverRaw() <= FULL_OVER_RAW_GOAL),
        goal("re-import at most 0.5x the full import", reimportOverFull(), "x",
            reimportOverFull() <= REIMPORT_OVER_FULL_GOAL),
        goal("Folios peak heap under 512 MB", foliosPeakHeapMegabytes(), " MB",
            foliosPeakHeapMegabytes() < PEAK_HEAP_GOAL_MB),
        "| re-import reports everything unchanged | " + (reimportUnchanged ? "yes" : "NO")
            + " | " + (reimportUnchanged ? "yes" : "**NO**") + " |",
        "| both sides store the same rows | " + (sameRows() ? "yes" : "NO") + " | "
            + (sameRows() ? "yes" : "**NO**: the comparison is not like for like") + " |");
  }

  /** {@return the whole result as Markdown: context, phases, goals, rows per table} */
  String markdown() {
    StringBuilder text = new StringBuilder();
    text.append("# AAF import benchmark: ").append(title).append("\n\n")
        .append(context).append("\n\n")
        .append("| phase | wall (s) | records | records/s | rows | rows/s | peak heap (MB)"
            + " | outcome |\n")
        .append("|---|---:|---:|---:|---:|---:|---:|---|\n");
    for (Phase phase : phases()) {
      text.append(String.format(Locale.ROOT, "| %s | %.1f | %,d | %,.0f | %,d | %,.0f | %.0f"
          + " | %s |%n", phase.label(), phase.seconds(), phase.records(),
          phase.recordsPerSecond(), phase.rows(), phase.rowsPerSecond(),
          phase.peakHeapMegabytes(), phase.outcome()));
    }
    text.append('\n').append(goals()).append("\n\n").append(rowsPerTable()).append('\n');
    return text.toString();
  }

  /** {@return one line per phase, after a header line} */
  String csv() {
    StringBuilder text = new StringBuilder("phase,label,wall_ms,records,records_per_s,rows,"
        + "rows_per_s,peak_heap_bytes,outcome\n");
    for (Phase phase : phases()) {
      text.append(String.format(Locale.ROOT, "%s,%s,%d,%d,%.1f,%d,%.1f,%d,%s%n", phase.key(),
          phase.label(), phase.wall().toMillis(), phase.records(), phase.recordsPerSecond(),
          phase.rows(), phase.rowsPerSecond(), phase.peakHeapBytes(), phase.outcome()));
    }
    return text.toString();
  }

  /**
   * Writes the Markdown and CSV tables.
   *
   * @param markdown the Markdown file
   * @param csv the CSV file
   * @throws IOException if a file cannot be written
   */
  void writeTo(Path markdown, Path csv) throws IOException {
    Files.writeString(markdown, markdown(), StandardCharsets.UTF_8);
    Files.writeString(csv, csv(), StandardCharsets.UTF_8);
  }

  private String rowsPerTable() {
    StringBuilder text = new StringBuilder("| table | raw baseline rows | Folios rows |\n"
        + "|---|---:|---:|\n");
    for (String table : DirectoryTables.NAMES) {
      text.append(String.format(Locale.ROOT, "| %s | %,d | %,d |%n", table,
          rawRows.getOrDefault(table, 0L), foliosRows.getOrDefault(table, 0L)));
    }
    return text.toString();
  }

  private static String goal(String goal, double measured, String unit, boolean met) {
    return String.format(Locale.ROOT, "| %s | %.2f%s | %s |", goal, measured, unit,
        met ? "yes" : "**no**");
  }
}
