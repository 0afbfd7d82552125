package fr.folios.core.catalogue.skos;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a file says about one subject, gathered from every node element that describes it:
 * RDF/XML lets a file describe one resource in several places, as ScoLOMFR files do.
 */
final class Description {

  private final String subject;
  private final int line;
  private final Map<String, List<RdfValue>> statements = new LinkedHashMap<>();

  Description(String subject, int line) {
    this.subject = subject;
    this.line = line;
  }

  /** Returns the subject's URI, or a label starting with {@code _:} for a blank node. */
  String subject() {
    return subject;
  }

  /** Returns the line where the file first describes the subject. */
  int line() {
    return line;
  }

  boolean isBlankNode() {
    return subject.startsWith("_:");
  }

  void add(String predicate, RdfValue value) {
    statements.computeIfAbsent(predicate, key -> new ArrayList<>()).add(value);
  }

  /** Returns the objects of a predicate, in file order. */
  List<RdfValue> values(String predicate) {
    return statements.getOrDefault(predicate, List.of());
  }

  boolean hasType(String type) {
    return values(RdfXmlParser.RDF_TYPE).contains(RdfValue.reference(type));
  }
}
