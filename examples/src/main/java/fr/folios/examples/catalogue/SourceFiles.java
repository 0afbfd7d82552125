package fr.folios.examples.catalogue;

import fr.folios.core.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading source files and wording what is wrong with them, the same way for every reader. */
final class SourceFiles {

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  /**
   * Day, month and year split by one non-digit: MathALÉA writes a few dates as {@code 04/03:2022}
   * or {@code 20/11/21}.
   */
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(\\d{1,2})\\D(\\d{1,2})\\D(\\d{4}|\\d{2})");

  private static final int CENTURY = 2000;

  private SourceFiles() {
  }

  /**
   * Reads a whole file as UTF-8, dropping a leading byte-order mark.
   *
   * @throws InvalidInputException if the file is missing or is not valid UTF-8
   * @throws UncheckedIOException if it cannot be read
   */
  static String readUtf8(Path path) {
    byte[] bytes = readBytes(path);
    String text = decodeUtf8(path, bytes);

    return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
  }

  /**
   * Parses a date written day/month/year, e.g. {@code 06/06/2020} or {@code 1/11/2021}; a
   * two-digit year is read in the 2000s, and any single non-digit may separate the parts.
   *
   * @throws InvalidInputException naming the file and record if the text is not such a date
   */
  static LocalDate dayMonthYear(String text, Path path, String record) {
    Matcher parts = DAY_MONTH_YEAR.matcher(text);
    if (!parts.matches()) {
      throw malformed(path, record, "date '" + text + "' is not a day/month/year date such "
          + "as 06/06/2020");
    }
    int year = Integer.parseInt(parts.group(3));
    try {
      return LocalDate.of(year < 100 ? CENTURY + year : year, Integer.parseInt(parts.group(2)),
          Integer.parseInt(parts.group(1)));
    } catch (DateTimeException e) {
      throw malformed(path, record, "date '" + text + "' does not exist", e);
    }
  }

  /** Words a broken record: the file, where in it, what is wrong, and the way out. */
  static InvalidInputException malformed(Path path, String record, String reason) {
    return new InvalidInputException(where(path, record) + reason + wayOut());
  }

  /** Words a broken record with the failure that revealed it. */
  static InvalidInputException malformed(
      Path path, String record, String reason, Throwable cause) {
    return new InvalidInputException(where(path, record) + reason + wayOut(), cause);
  }

  /** Returns the file's name alone, as summaries show it. */
  static String name(Path path) {
    Path name = path.getFileName();
    return name == null ? path.toString() : name.toString();
  }

  private static byte[] readBytes(Path path) {
    if (!Files.isRegularFile(path)) {
      throw new InvalidInputException("file '" + path + "' does not exist: copy it from the "
          + "source named in examples/data/NOTICE.md, or point the reader at the folder "
          + "that holds it");
    }
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read '" + path + "'", e);
    }
  }

  private static String decodeUtf8(Path path, byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InvalidInputException("file '" + name(path) + "' is not valid UTF-8: save it "
          + "as UTF-8, or take an unmodified copy (origins in examples/data/NOTICE.md)", e);
    }
  }

  private static String where(Path path, String record) {
    return "file '" + name(path) + "', " + record + ": ";
  }

  private static String wayOut() {
    return "; fix that record or take an unmodified copy of the file "
        + "(origins in examples/data/NOTICE.md)";
  }
}
