package fr.folios.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One request of an AAF file as the raw baseline reads it: its operation, its identifier and
 * its attributes with their non-blank values.
 *
 * @param operation the request's element, e.g. {@code addRequest}
 * @param identifier the record's {@code identifier/id}
 * @param attributes each attribute's values, in the file's order
 */
record RawRecord(String operation, String identifier, Map<String, List<String>> attributes) {

  /** {@return the values of an attribute, empty if it has none} */
  List<String> values(String name) {
    return attributes.getOrDefault(name, List.of());
  }

  /** {@return the first value of an attribute, or null if it has none} */
  @Nullable String first(String name) {
    List<String> values = values(name);
    return values.isEmpty() ? null : values.get(0);
  }

  /** {@return the first value of an attribute, or a default} */
  String firstOr(String name, String otherwise) {
    String first = first(name);
    return first == null ? otherwise : first;
  }

  /** {@return the values of an attribute, each split at its {@code $} separators} */
  List<List<String>> composites(String name) {
    List<List<String>> composites = new ArrayList<>();
    for (String value : values(name)) {
      composites.add(parts(value));
    }
    return composites;
  }

  private static List<String> parts(String value) {
    List<String> parts = new ArrayList<>(6);
    int from = 0;
    for (int dollar = value.indexOf('$'); dollar >= 0; dollar = value.indexOf('$', from)) {
      parts.add(value.substring(from, dollar));
      from = dollar + 1;
    }
    parts.add(value.substring(from));
    return parts;
  }
}
