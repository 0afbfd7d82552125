package fr.folios.core.directory.aaf;

import java.io.Serializable;
import java.util.List;

/**
 * What a directory import did: counts per file, every rejected record with its reason, and every
 * anomaly that was accepted but deserves a look.
 *
 * <p>Every record read is accounted for: for each file, {@code read == added + updated +
 * unchanged + rejected + skipped}.
 *
 * @param files the counts of each file, in import order
 * @param rejections the records refused, with their reasons
 * @param anomalies what was kept but looks wrong (a UAI with a wrong check letter, a reference
 *     to a structure absent from the export…)
 */
public record AafImportReport(
    List<FileCounts> files, List<Issue> rejections, List<Issue> anomalies)
    implements Serializable {

  /** Copies the parts. */
  public AafImportReport {
    files = List.copyOf(files);
    rejections = List.copyOf(rejections);
    anomalies = List.copyOf(anomalies);
  }

  /**
   * The counts of one file.
   *
   * @param fileName the file
   * @param category its category, e.g. {@code Eleve}
   * @param read records read
   * @param added records that created an entry
   * @param updated records that changed an entry
   * @param unchanged records whose entry was already as stated
   * @param rejected records refused (see {@link AafImportReport#rejections()})
   * @param skipped records of a category this version does not store, read and counted only
   */
  public record FileCounts(String fileName, String category, long read, long added,
      long updated, long unchanged, long rejected, long skipped) implements Serializable {
  }

  /**
   * One record refused, or one anomaly kept.
   *
   * @param kind a short stable code, e.g. {@code WRONG_UAI_CHECK_LETTER}
   * @param fileName the file
   * @param position the record's rank in its file, from 1
   * @param identifier the record's identifier
   * @param detail what is wrong and what was done
   */
  public record Issue(String kind, String fileName, int position, String identifier,
      String detail) implements Serializable {
  }

  /**
   * Counts the entries the files of a category hold: their records added, updated or left
   * unchanged, rejected and skipped ones aside.
   *
   * @param category the category, e.g. {@code Eleve}
   * @return the sum of added, updated and unchanged: the entries the export holds
   */
  public long entries(String category) {
    return files.stream().filter(f -> f.category().equals(category))
        .mapToLong(f -> f.added() + f.updated() + f.unchanged()).sum();
  }

  /**
   * Counts the anomalies of a kind.
   *
   * @param kind the kind
   * @return how many were found
   */
  public long anomalies(String kind) {
    return anomalies.stream().filter(a -> a.kind().equals(kind)).count();
  }

  /**
   * Tells whether nothing was added or updated: a repeated import of an unchanged export.
   *
   * @return {@code true} if the import added and updated nothing
   */
  public boolean changedNothing() {
    return files.stream().allMatch(f -> f.added() == 0 && f.updated() == 0);
  }
}
