package fr.folios.benchmarks;

import fr.folios.core.ProgressListener;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * Prints how a phase goes: each file as it starts, and the records read every few seconds.
 *
 * <p>It follows the steps {@link fr.folios.core.directory.aaf.AafImport} reports: {@code "file
 * NAME"} when a file starts, then the file's name with the records read in it so far, then
 * other steps ({@code "leavers"}, {@code "done"}) after the last file. The raw baseline reports
 * the same way. Not safe for concurrent use.
 */
final class ProgressPrinter implements ProgressListener {

  private static final String FILE = "file ";

  private final String phase;
  private final PrintStream out;
  private final long everyNanos;
  private final long start = System.nanoTime();
  private long lastPrint = start;
  private long recordsOfDoneFiles;
  private long recordsOfFile;
  private String file = "";

  ProgressPrinter(String phase, PrintStream out, Duration every) {
    this.phase = phase;
    this.out = out;
    this.everyNanos = every.toNanos();
  }

  @Override
  public void progress(String step, long done, long total) {
    if (step.startsWith(FILE)) {
      endFile();
      file = step.substring(FILE.length());
      print(file);
    } else if (step.equals(file)) {
      recordsOfFile = done;
      printIfDue();
    } else {
      endFile();
      print(step);
    }
  }

  /** {@return the records reported so far} */
  long records() {
    return recordsOfDoneFiles + recordsOfFile;
  }

  private void endFile() {
    recordsOfDoneFiles += recordsOfFile;
    recordsOfFile = 0;
  }

  private void printIfDue() {
    if (System.nanoTime() - lastPrint >= everyNanos) {
      print(file);
    }
  }

  private void print(String step) {
    lastPrint = System.nanoTime();
    double seconds = (lastPrint - start) / 1e9;
    out.printf(Locale.ROOT, "%-22s %7.1f s  %-52s %,9d records  %,7.0f records/s%n",
        "[" + phase + "]", seconds, step, records(), seconds > 0 ? records() / seconds : 0.0);
  }
}
