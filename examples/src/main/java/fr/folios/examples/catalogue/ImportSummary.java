package fr.folios.examples.catalogue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a catalogue import read, file by file: the file name mapped to its counts.
 *
 * <p>Immutable; files keep the order in which they were read.
 *
 * @param files each source file's name mapped to what it gave
 */
public record ImportSummary(Map<String, FileCount> files) {

  /** Copies the map, keeping its order. */
  public ImportSummary {
    files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
  }

  /**
   * Creates the summary of a single file.
   *
   * @param file the file's name
   * @param count what it gave
   * @return the summary
   */
  public static ImportSummary of(String file, FileCount count) {
    return new ImportSummary(Map.of(file, count));
  }

  /**
   * Returns a summary holding this one's files followed by the other's.
   *
   * @param other the summary to append
   * @return the combined summary
   * @throws IllegalArgumentException if both name the same file, which would count it twice
   */
  public ImportSummary plus(ImportSummary other) {
    Map<String, FileCount> both = new LinkedHashMap<>(files);
    other.files.forEach((file, count) -> {
      if (both.putIfAbsent(file, count) != null) {
        throw new IllegalArgumentException("file '" + file + "' appears in both summaries: "
            + "read each file once");
      }
    });
    return new ImportSummary(both);
  }

  /**
   * Returns what one file gave.
   *
   * @param file the file's name, e.g. {@code ideo-metiers_onisep.csv}
   * @return its counts
   * @throws IllegalArgumentException if the summary does not hold that file
   */
  public FileCount count(String file) {
    FileCount count = files.get(file);
    if (count == null) {
      throw new IllegalArgumentException("no file '" + file + "' in this summary; it holds "
          + files.keySet());
    }
    return count;
  }

  /** {@return the number of resources built from all files} */
  public int resources() {
    return files.values().stream().mapToInt(FileCount::resources).sum();
  }

  /** {@return the number of records rejected in all files} */
  public int rejected() {
    return files.values().stream().mapToInt(count -> count.rejected().size()).sum();
  }

  /**
   * Returns the summary as lines fit for a report: one line per file, then one indented line
   * per rejected record, then a total.
   *
   * @return the lines, without line separators
   */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    files.forEach((file, count) -> {
      lines.add(file + ": " + count);
      count.rejected().forEach(rejection -> lines.add("  rejected " + rejection));
    });
    lines.add("total: " + resources() + " resources, " + rejected() + " rejected");
    return lines;
  }
}
