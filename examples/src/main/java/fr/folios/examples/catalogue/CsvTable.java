package fr.folios.examples.catalogue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import fr.folios.core.InvalidInputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A {@code ;}-separated UTF-8 file read whole: its header and its rows, each row with the line
 * it starts on. Quoted fields may hold separators, doubled quotes and line breaks.
 *
 * <p>Immutable once read.
 */
final class CsvTable {

  private static final ObjectReader READER = new CsvMapper()
      .readerFor(String[].class)
      .with(CsvSchema.emptySchema().withColumnSeparator(';'))
      .with(CsvParser.Feature.WRAP_AS_ARRAY)
      .with(CsvParser.Feature.SKIP_EMPTY_LINES);

  private final List<Row> rows;

  private CsvTable(List<Row> rows) {
    this.rows = Collections.unmodifiableList(rows);
  }

  /**
   * Reads a file whose header must name the given columns.
   *
   * @param path the file
   * @param required the column names the reader needs, as the header writes them
   * @return the table
   * @throws InvalidInputException if the file is missing, not UTF-8, not well-formed CSV, lacks
   *     a required column, or has a row whose field count differs from the header's
   */
  static CsvTable read(Path path, List<String> required) {
    List<Line> lines = parse(path, SourceFiles.readUtf8(path));
    if (lines.isEmpty()) {
      throw SourceFiles.malformed(path, "line 1", "the file is empty where a header was "
          + "expected");
    }
    Line header = lines.get(0);
    Map<String, Integer> columns = columns(path, header, required);

    return new CsvTable(rows(path, lines.subList(1, lines.size()), columns, header));
  }

  /** Returns the rows after the header, in file order. */
  List<Row> rows() {
    return rows;
  }

  private static List<Line> parse(Path path, String text) {
    MappingIterator<String[]> iterator = open(path, text);
    List<Line> lines = new ArrayList<>();
    while (true) {
      int start = iterator.getParser().currentLocation().getLineNr();
      String[] fields = next(path, iterator, start);
      if (fields == null) {
        return lines;
      }
      lines.add(new Line(start, List.of(fields)));
    }
  }

  private static MappingIterator<String[]> open(Path path, String text) {
    try {
      return READER.readValues(text);
    } catch (IOException e) {
      throw SourceFiles.malformed(path, "line 1", "it is not well-formed CSV ("
          + firstLine(e.getMessage()) + ")", e);
    }
  }

  private static String @Nullable [] next(
      Path path, MappingIterator<String[]> iterator, int start) {
    try {
      return iterator.hasNextValue() ? iterator.nextValue() : null;
    } catch (IOException | RuntimeJsonMappingException e) {
      throw SourceFiles.malformed(path, "the record starting on line " + start,
          "it is not well-formed CSV (" + firstLine(e.getMessage()) + ")", e);
    }
  }

  private static Map<String, Integer> columns(Path path, Line header, List<String> required) {
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < header.fields().size(); i++) {
      columns.putIfAbsent(header.fields().get(i).strip(), i);
    }
    for (String column : required) {
      if (!columns.containsKey(column)) {
        throw SourceFiles.malformed(path, "line " + header.start(), "the header lacks column '"
            + column + "'; it names " + header.fields());
      }
    }
    return Collections.unmodifiableMap(columns);
  }

  private static List<Row> rows(
      Path path, List<Line> lines, Map<String, Integer> columns, Line header) {
    List<Row> rows = new ArrayList<>(lines.size());
    int width = header.fields().size();
    for (Line line : lines) {
      if (line.fields().size() != width) {
        throw SourceFiles.malformed(path, "line " + line.start(), "the row has "
            + line.fields().size() + " fields where the header names " + width + " columns");
      }
      rows.add(new Row(line.start(), columns, line.fields()));
    }
    return rows;
  }

  private static String firstLine(@Nullable String message) {
    if (message == null) {
      return "no detail";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }

  private record Line(int start, List<String> fields) {
  }

  /**
   * One row of the table.
   *
   * @param line the line the row starts on, the header being line 1
   * @param columns each column name mapped to its position
   * @param fields the row's raw fields
   */
  record Row(int line, Map<String, Integer> columns, List<String> fields) {

    /** Returns the named field with surrounding white space removed; the column must exist. */
    String get(String column) {
      Integer index = columns.get(column);
      if (index == null) {
        throw new IllegalArgumentException("column '" + column + "' was not required when "
            + "the table was read; it holds " + columns.keySet());
      }
      return fields.get(index).strip();
    }

    /** Returns where the row is, as messages and summaries show it. */
    String where() {
      return "line " + line;
    }
  }
}
