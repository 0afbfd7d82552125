package fr.folios.benchmarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The tables that hold the directory, whose rows both sides of the benchmark write. */
final class DirectoryTables {

  /** The tables, owners first. */
  static final List<String> NAMES = List.of("establishment", "school_class", "work_group",
      "person", "person_establishment", "person_child", "class_student", "class_teacher",
      "class_main_teacher", "group_student", "group_staff");

  private DirectoryTables() {
  }

  /**
   * Counts the rows of each table.
   *
   * @return each table's rows, in {@link #NAMES}' order
   * @throws SQLException if a table cannot be read
   */
  static Map<String, Long> count(Databases.Place place) throws SQLException {
    Map<String, Long> rows = new LinkedHashMap<>();
    try (Connection connection = place.connect();
        Statement statement = connection.createStatement()) {
      for (String table : NAMES) {
        try (ResultSet result = statement.executeQuery("select count(*) from " + table)) {
          result.next();
          rows.put(table, result.getLong(1));
        }
      }
    }
    return rows;
  }

  /** {@return the rows of all tables} */
  static long total(Map<String, Long> rows) {
    return rows.values().stream().mapToLong(Long::longValue).sum();
  }
}
