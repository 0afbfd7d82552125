package fr.folios.core.directory.aaf;

import fr.folios.core.InvalidInputException;
import java.nio.file.Path;
import java.util.List;

/**
 * A directory import stopped at a file that is not well-formed or safe XML, or that failed to
 * read. What came before the fault is applied: {@link #report()} accounts for it, and the
 * message names the file at fault and those left unread. Importing the corrected export again
 * applies only what is still missing.
 */
public class AafImportException extends InvalidInputException {

  private static final long serialVersionUID = 1L;

  private final AafImportReport report;

  /**
   * Creates the exception.
   *
   * @param report what was applied before the fault
   * @param failed the file at fault
   * @param unread the files not read
   * @param cause the fault
   */
  public AafImportException(AafImportReport report, Path failed, List<Path> unread,
      Throwable cause) {
    super(message(report, failed, unread, cause), cause);
    this.report = report;
  }

  /** {@return what the import applied before it stopped} */
  public AafImportReport report() {
    return report;
  }

  private static String message(AafImportReport report, Path failed, List<Path> unread,
      Throwable cause) {
    long applied = report.files().stream()
        .mapToLong(f -> f.added() + f.updated() + f.unchanged()).sum();
    List<String> names = unread.stream().map(p -> String.valueOf(p.getFileName())).toList();
    return "the directory import stopped at '" + failed.getFileName() + "': "
        + cause.getMessage() + "; " + applied + " records before it were applied"
        + (names.isEmpty() ? "" : " and " + names.size() + " files were not read " + names)
        + ": fix the file and import the export again (what is already applied stays as is)";
  }
}
