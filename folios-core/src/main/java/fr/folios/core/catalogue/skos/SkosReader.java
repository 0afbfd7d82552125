package fr.folios.core.catalogue.skos;

import fr.folios.core.InvalidInputException;
import fr.folios.core.catalogue.Concept;
import fr.folios.core.catalogue.Vocabulary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Reads a SKOS vocabulary written in RDF/XML, such as a ScoLOMFR list, into a
 * {@link Vocabulary}.
 *
 * <p>The file must describe one {@code skos:ConceptScheme} and its {@code skos:Concept}s. A
 * scheme whose URI holds another's, as {@code http://data.education.fr/voc/scolomfr} holds
 * {@code …/scolomfr-voc-016}, is an umbrella and gives way to the more specific one. The
 * vocabulary's id is the last segment of the scheme's URI ({@code scolomfr-voc-016}); its title
 * is the scheme's {@code dcterms:title}, {@code dc:title}, {@code skos:prefLabel} or
 * {@code rdfs:label}. Each concept keeps its URI as id, its French preferred label (else one
 * without language, else any), its French and language-less alternative labels, its first
 * {@code skos:broader} (or the concept that lists it as {@code skos:narrower}), and whether it
 * is retired: {@code owl:deprecated true}, a {@code dcterms:isReplacedBy}, or an
 * {@code iso-thes:status} such as {@code Obsolète}, {@code Déprécié} or {@code Ancien}. A
 * resource described in several places of the file is read as one.
 *
 * <p>The file is parsed with the JDK's StAX parser and the same locks as the AAF reader: no DTD
 * is loaded, no entity expanded, no external resource fetched, and no tag, comment, CDATA
 * section or other piece of markup longer than 1 MiB (1,048,576 bytes) is read, so that a
 * hostile file cannot fill the memory; elements nested deeper than 64 levels, a literal longer
 * than 65,536 characters, and more than 16,777,216 characters of URIs and kept literals in one
 * file are refused too. The file must be in UTF-8, UTF-16 or a single-byte encoding that keeps
 * ASCII, such as ISO-8859-1, and hold no byte invalid in it. A file that breaks a rule is
 * refused whole. Thread-safe: the
 * class holds no state.
 */
public final class SkosReader {

  private static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
  private static final String PREF_LABEL = SKOS + "prefLabel";
  private static final String ALT_LABEL = SKOS + "altLabel";
  private static final String BROADER = SKOS + "broader";
  private static final String NARROWER = SKOS + "narrower";
  private static final String CONCEPT = SKOS + "Concept";
  private static final String CONCEPT_SCHEME = SKOS + "ConceptScheme";
  private static final String DCTERMS_TITLE = "http://purl.org/dc/terms/title";
  private static final String DC_TITLE = "http://purl.org/dc/elements/1.1/title";
  private static final String RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label";
  private static final String OWL_DEPRECATED = "http://www.w3.org/2002/07/owl#deprecated";
  private static final String IS_REPLACED_BY = "http://purl.org/dc/terms/isReplacedBy";
  private static final String STATUS = "http://purl.org/iso25964/skos-thes#status";

  private static final Set<String> KEPT_PREDICATES = Set.of(RdfXmlParser.RDF_TYPE, PREF_LABEL,
      ALT_LABEL, BROADER, NARROWER, DCTERMS_TITLE, DC_TITLE, RDFS_LABEL, OWL_DEPRECATED,
      IS_REPLACED_BY, STATUS);

  private static final Set<String> RETIRED_STATUSES = Set.of("obsolete", "deprecie",
      "deprecated", "ancien", "retired");

  private SkosReader() {
  }

  /**
   * Reads a SKOS vocabulary from a stream.
   *
   * @param in the RDF/XML bytes; not closed
   * @param sourceName the file's name, used in messages
   * @return the vocabulary, its concepts in the order the file first names them
   * @throws InvalidInputException if the file is not well-formed RDF/XML, breaks a safety rule,
   *     describes no concept scheme or several unrelated ones, a scheme without URI, no
   *     concept, or a concept without URI or label; the message names the file and the reason
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public static Vocabulary read(InputStream in, String sourceName) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    Map<String, Description> graph = RdfXmlParser.parse(in, sourceName, KEPT_PREDICATES);
    return assemble(graph, sourceName);
  }

  /**
   * Reads a SKOS vocabulary from a file.
   *
   * @param file the RDF/XML file; its name is used in messages
   * @return the vocabulary
   * @throws IOException if the file cannot be opened
   * @throws InvalidInputException if the file is not a SKOS vocabulary, as for
   *     {@link #read(InputStream, String)}
   */
  public static Vocabulary read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, String.valueOf(file.getFileName()));
    }
  }

  private static Vocabulary assemble(Map<String, Description> graph, String sourceName) {
    Description scheme = scheme(graph.values(), sourceName);
    List<Description> concepts = concepts(graph.values(), sourceName);
    Map<String, String> parents = parentsFromNarrower(concepts);
    List<Concept> built = new ArrayList<>(concepts.size());
    for (Description concept : concepts) {
      built.add(concept(concept, parents, sourceName));
    }
    String id = vocabularyId(scheme.subject());
    return Vocabulary.of(id, title(scheme).orElse(id), built);
  }

  private static Description scheme(Iterable<Description> graph, String sourceName) {
    List<Description> schemes = typed(graph, CONCEPT_SCHEME);
    if (schemes.isEmpty()) {
      throw refusal(sourceName, "it describes no skos:ConceptScheme; a SKOS vocabulary file"
          + " describes its scheme and the concepts in it");
    }
    for (Description scheme : schemes) {
      if (scheme.subject().isBlank()) {
        throw refusal(sourceName, "the concept scheme at line " + scheme.line() + " has an"
            + " empty rdf:about: give the scheme a URI, whose last segment names the vocabulary");
      }
    }
    List<Description> specific = schemes.stream()
        .filter(scheme -> schemes.stream().noneMatch(other -> holds(scheme, other))).toList();
    if (specific.size() > 1) {
      throw refusal(sourceName, "it describes " + specific.size() + " unrelated concept schemes ("
          + specific.stream().map(Description::subject).collect(Collectors.joining(", "))
          + "): give one scheme per file");
    }
    Description scheme = specific.get(0);
    if (scheme.isBlankNode()) {
      throw refusal(sourceName, "the concept scheme at line " + scheme.line() + " has no"
          + " rdf:about: give the scheme a URI");
    }
    return scheme;
  }

  /** Tells whether {@code outer}'s URI holds {@code inner}'s, as a folder holds a file. */
  private static boolean holds(Description outer, Description inner) {
    String prefix = outer.subject();
    String uri = inner.subject();
    return uri.startsWith(prefix + "/") || uri.startsWith(prefix + "#")
        || prefix.endsWith("/") && uri.length() > prefix.length() && uri.startsWith(prefix);
  }

  private static List<Description> concepts(Iterable<Description> graph, String sourceName) {
    List<Description> concepts = typed(graph, CONCEPT);
    if (concepts.isEmpty()) {
      throw refusal(sourceName, "it describes no skos:Concept: a vocabulary needs at least one");
    }
    for (Description concept : concepts) {
      if (concept.isBlankNode()) {
        throw refusal(sourceName, "the skos:Concept at line " + concept.line() + " has no"
            + " rdf:about: give every concept a URI");
      }
      if (concept.subject().isBlank()) {
        throw refusal(sourceName, "the skos:Concept at line " + concept.line() + " has an"
            + " empty rdf:about: give every concept a URI");
      }
    }
    return concepts;
  }

  private static List<Description> typed(Iterable<Description> graph, String type) {
    List<Description> typed = new ArrayList<>();
    graph.forEach(description -> {
      if (description.hasType(type)) {
        typed.add(description);
      }
    });
    return typed;
  }

  /** Maps each concept named by another's skos:narrower to the first concept naming it. */
  private static Map<String, String> parentsFromNarrower(List<Description> concepts) {
    Map<String, String> parents = new HashMap<>();
    for (Description parent : concepts) {
      for (RdfValue child : parent.values(NARROWER)) {
        if (child.reference()) {
          parents.putIfAbsent(child.text(), parent.subject());
        }
      }
    }
    return parents;
  }

  private static Concept concept(Description concept, Map<String, String> parents,
      String sourceName) {
    RdfValue label = preferred(concept.values(PREF_LABEL)).orElseThrow(() -> refusal(sourceName,
        "concept '" + concept.subject() + "' (line " + concept.line() + ") has no"
            + " skos:prefLabel: give every concept a label"));
    String prefLabel = label.text().strip();
    List<String> altLabels = altLabels(concept, label, prefLabel);
    @Nullable String broader = concept.values(BROADER).stream().filter(RdfValue::reference)
        .map(RdfValue::text).findFirst().orElse(parents.get(concept.subject()));
    return new Concept(concept.subject(), prefLabel, altLabels, broader, isRetired(concept));
  }

  /** Picks the first French label, else the first without language, else the first. */
  private static Optional<RdfValue> preferred(List<RdfValue> labels) {
    return labels.stream().filter(RdfValue::isText)
        .min(Comparator.comparingInt(SkosReader::languageRank));
  }

  private static int languageRank(RdfValue label) {
    if (label.isFrench()) {
      return 0;
    }
    return label.language() == null ? 1 : 2;
  }

  private static List<String> altLabels(Description concept, RdfValue preferred,
      String prefLabel) {
    int widest = Math.max(1, languageRank(preferred));
    Set<String> labels = new LinkedHashSet<>();
    for (RdfValue label : concept.values(ALT_LABEL)) {
      if (label.isText() && languageRank(label) <= widest) {
        labels.add(label.text().strip());
      }
    }
    labels.remove(prefLabel);
    return List.copyOf(labels);
  }

  private static boolean isRetired(Description concept) {
    return !concept.values(IS_REPLACED_BY).isEmpty()
        || concept.values(OWL_DEPRECATED).stream().anyMatch(SkosReader::isTrue)
        || concept.values(STATUS).stream().map(RdfValue::text).map(SkosReader::plain)
            .anyMatch(RETIRED_STATUSES::contains);
  }

  private static boolean isTrue(RdfValue value) {
    String text = value.text().strip();
    return "true".equalsIgnoreCase(text) || "1".equals(text);
  }

  /** Lower-cases and strips accents, so that {@code Obsolète} matches {@code obsolete}. */
  private static String plain(String text) {
    String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
  }

  private static Optional<String> title(Description scheme) {
    return Stream.of(DCTERMS_TITLE, DC_TITLE, PREF_LABEL, RDFS_LABEL)
        .map(predicate -> preferred(scheme.values(predicate))).flatMap(Optional::stream)
        .map(label -> label.text().strip()).findFirst();
  }

  /** Returns the last segment of a scheme's URI, e.g. {@code scolomfr-voc-022}. */
  static String vocabularyId(String schemeUri) {
    String trimmed = schemeUri.replaceAll("[/#]+$", "");
    String last = trimmed.substring(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('#'))
        + 1);
    return last.isBlank() ? schemeUri : last;
  }

  private static InvalidInputException refusal(String sourceName, String reason) {
    return new InvalidInputException("file '" + sourceName + "' is not a SKOS vocabulary: "
        + reason);
  }
}
