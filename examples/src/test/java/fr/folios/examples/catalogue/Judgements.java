package fr.folios.examples.catalogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A judged set of queries: for each query, the resources a reader judged relevant, graded 1 to
 * 3. Read from a tab-separated test resource of lines "query, grade, id, title".
 */
final class Judgements {

  /** The lowest grade a judged resource may have. */
  static final int MIN_GRADE = 1;

  /** The highest grade a judged resource may have. */
  static final int MAX_GRADE = 3;

  private Judgements() {
  }

  /**
   * One query and its judged resources.
   *
   * @param query the text searched
   * @param grades the grade of each resource judged relevant, by resource id
   */
  record JudgedQuery(String query, Map<String, Integer> grades) {

    JudgedQuery {
      grades = Collections.unmodifiableMap(new LinkedHashMap<>(grades));
    }
  }

  /**
   * Reads a judgements file from the test class path.
   *
   * @param resource the class path resource, e.g. {@code /relevance/judgements.tsv}
   * @return the queries in the order they first appear
   * @throws IllegalArgumentException naming the line, if a line is malformed, a grade is out of
   *     range or a query judges one resource twice
   */
  static List<JudgedQuery> read(String resource) {
    try (InputStream in = Judgements.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + resource);
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return parse(resource, lines.lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<JudgedQuery> parse(String resource, List<String> lines) {
    Map<String, Map<String, Integer>> byQuery = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      add(byQuery, line, resource + " line " + (i + 1));
    }

    List<JudgedQuery> queries = new ArrayList<>();
    byQuery.forEach((query, grades) -> queries.add(new JudgedQuery(query, grades)));
    return queries;
  }

  private static void add(Map<String, Map<String, Integer>> byQuery, String line, String where) {
    String[] fields = line.split("\t", -1);
    if (fields.length != 4 || fields[0].isBlank() || fields[2].isBlank()) {
      throw new IllegalArgumentException(where + " has " + fields.length + " fields: write "
          + "query, grade, resource id and title, separated by tabs");
    }
    int grade = grade(fields[1], where);

    Map<String, Integer> grades = byQuery.computeIfAbsent(fields[0], q -> new LinkedHashMap<>());
    if (grades.putIfAbsent(fields[2], grade) != null) {
      throw new IllegalArgumentException(where + " judges '" + fields[2] + "' a second time "
          + "for the query '" + fields[0] + "': keep one grade per resource and query");
    }
  }

  private static int grade(String text, String where) {
    try {
      int grade = Integer.parseInt(text.strip());
      if (grade >= MIN_GRADE && grade <= MAX_GRADE) {
        return grade;
      }
    } catch (NumberFormatException e) {
      // reported below with the line
    }
    throw new IllegalArgumentException(where + " grades a resource '" + text + "': a grade is "
        + MIN_GRADE + " to " + MAX_GRADE + "; leave out resources that are not relevant");
  }
}
