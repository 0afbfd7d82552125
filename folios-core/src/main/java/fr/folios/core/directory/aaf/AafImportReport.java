package fr.folios.core.directory.aaf;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What a directory import did: counts per file, every rejected record with its reason, every
 * anomaly that was accepted but deserves a look, and the people a full export no longer lists.
 *
 * <p>Every record read is accounted for: for each file, {@code read == added + updated +
 * unchanged + leaving + rejected + skipped}.
 *
 * @param files the counts of each file, in import order
 * @param rejections the records refused, with their reasons
 * @param anomalies what was kept but looks wrong (a UAI with a wrong check letter, a reference
 *     to a structure absent from the export…)
 * @param leavers the people a full export no longer lists, marked leaving by this import; those
 *     already leaving are not listed again
 */
public record AafImportReport(
    List<FileCounts> files, List<Issue> rejections, List<Issue> anomalies,
    List<Leaver> leavers) implements Serializable {

  /** Copies the parts. */
  public AafImportReport {
    files = List.copyOf(files);
    rejections = List.copyOf(rejections);
    anomalies = List.copyOf(anomalies);
    leavers = List.copyOf(leavers);
  }

  /**
   * The counts of one file.
   *
   * @param fileName the file
   * @param category its category, e.g. {@code Eleve}
   * @param read records read
   * @param added records that created an entry
   * @param updated records that changed an entry
   * @param unchanged records whose entry was already as stated (a delete request included, for
   *     someone already leaving)
   * @param leaving delete requests that marked a person leaving
   * @param rejected records refused (see {@link AafImportReport#rejections()})
   * @param skipped records of a category this version does not store, read and counted only
   */
  public record FileCounts(String fileName, String category, long read, long added,
      long updated, long unchanged, long leaving, long rejected, long skipped)
      implements Serializable {
  }

  /**
   * A person a full export no longer lists, marked leaving.
   *
   * @param category the category of the files that no longer list them, e.g. {@code Eleve}
   * @param joinKey their join key
   * @param since the day they were marked leaving
   */
  public record Leaver(String category, String joinKey, LocalDate since) implements Serializable {
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
   * Counts the people of a category this import marked leaving: by delete request or, for a
   * full export, because it no longer lists them.
   *
   * @param category the category, e.g. {@code Eleve}
   * @return how many were marked leaving
   */
  public long leaving(String category) {
    return files.stream().filter(f -> f.category().equals(category))
        .mapToLong(FileCounts::leaving).sum()
        + leavers.stream().filter(l -> l.category().equals(category)).count();
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
   * Tells whether nothing was added, updated or marked leaving: a repeated import of an
   * unchanged export.
   *
   * @return {@code true} if the import added, updated and marked leaving nobody
   */
  public boolean changedNothing() {
    return leavers.isEmpty()
        && files.stream().allMatch(f -> f.added() == 0 && f.updated() == 0 && f.leaving() == 0);
  }
}
