package fr.folios.benchmarks;

import fr.folios.core.ProgressListener;
import fr.folios.core.directory.SchoolYear;
import fr.folios.core.directory.aaf.AafCategory;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.xml.stream.XMLStreamException;

/**
 * The raw baseline: a bare StAX pass over an export's files ({@link RawAafReader}) whose rows
 * go to the database through plain JDBC batch inserts ({@link BaselineRows}). It does what
 * Folios must do at the least, without its checks, its report or its idempotence, and sets
 * the bar Folios' full import is measured against.
 *
 * <p>Files are read establishments first, then staff, relatives and pupils (see
 * {@link BaselineRows} for why relatives come before pupils).
 */
final class RawBaseline {

  private static final int PROGRESS_EVERY = 1_000;

  private RawBaseline() {
  }

  /**
   * Imports an export into empty directory tables.
   *
   * @param files the export's files
   * @param year the school year of its classes and groups
   * @param connection a connection to the database that holds the tables
   * @param progress told of each file and every thousand records
   * @return how many records were read
   * @throws IOException if a file cannot be read, or is not well-formed XML
   * @throws SQLException if the database refuses a row
   */
  static long run(List<Path> files, SchoolYear year, Connection connection,
      ProgressListener progress) throws IOException, SQLException {
    long records = 0;
    List<Path> ordered = inBaselineOrder(files);
    try (BaselineRows rows = new BaselineRows(connection, year)) {
      for (int i = 0; i < ordered.size(); i++) {
        Path file = ordered.get(i);
        ProgressListener.report(progress, "file " + file.getFileName(), i, ordered.size());
        records += read(file, rows, progress);
      }
    }
    ProgressListener.report(progress, "done", ordered.size(), ordered.size());
    return records;
  }

  private static long read(Path file, BaselineRows rows, ProgressListener progress)
      throws IOException, SQLException {
    AafCategory category = category(file);
    String name = String.valueOf(file.getFileName());
    long[] read = {0};
    try {
      RawAafReader.read(file, record -> {
        write(category, record, rows);
        if (++read[0] % PROGRESS_EVERY == 0) {
          ProgressListener.report(progress, name, read[0], -1);
        }
      });
      ProgressListener.report(progress, name, read[0], -1);
      return read[0];
    } catch (XMLStreamException e) {
      throw new IOException("file " + file + " is not well-formed AAF XML: " + e.getMessage(),
          e);
    } catch (UncheckedSqlException e) {
      throw e.getCause();
    }
  }

  private static void write(AafCategory category, RawRecord record, BaselineRows rows) {
    try {
      if (record.operation().equals("deleteRequest")) {
        rows.skipped();
        return;
      }
      switch (category) {
        case ETAB_EDUC_NAT -> rows.establishment(record);
        case PERS_EDUC_NAT -> rows.staff(record);
        case PERS_REL_ELEVE -> rows.relative(record);
        case ELEVE -> rows.pupil(record);
        case MATIERE_EDUC_NAT, MEF_EDUC_NAT -> rows.skipped();
      }
    } catch (SQLException e) {
      throw new UncheckedSqlException(e);
    }
  }

  private static List<Path> inBaselineOrder(List<Path> files) {
    List<Path> ordered = new ArrayList<>(files);
    ordered.sort(Comparator.comparingInt((Path file) -> rank(category(file)))
        .thenComparing(file -> String.valueOf(file.getFileName())));
    return ordered;
  }

  private static AafCategory category(Path file) {
    return AafCategory.fromFileName(String.valueOf(file.getFileName())).orElseThrow(() ->
        new IllegalArgumentException("file '" + file.getFileName() + "' names no AAF"
            + " category: name it as the directory does, e.g. '..._Eleve_0000.xml'"));
  }

  private static int rank(AafCategory category) {
    return switch (category) {
      case ETAB_EDUC_NAT -> 0;
      case MATIERE_EDUC_NAT -> 1;
      case MEF_EDUC_NAT -> 2;
      case PERS_EDUC_NAT -> 3;
      case PERS_REL_ELEVE -> 4;
      case ELEVE -> 5;
    };
  }

  /** Carries a database failure out of the reader's callback. */
  private static final class UncheckedSqlException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UncheckedSqlException(SQLException cause) {
      super(cause);
    }

    @Override
    public synchronized SQLException getCause() {
      return (SQLException) super.getCause();
    }
  }
}
