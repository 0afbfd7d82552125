package fr.folios.core.catalogue.skos;

import fr.folios.core.InvalidInputException;
import fr.folios.core.internal.XmlCursor;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads the part of RDF/XML that vocabularies use into descriptions by subject: node elements
 * ({@code rdf:Description} or typed), {@code rdf:about}, {@code rdf:ID}, {@code rdf:nodeID},
 * property elements with a literal, an {@code rdf:resource} or a nested node, property
 * attributes, {@code rdf:parseType="Resource"}, {@code xml:lang} and {@code xml:base}. Other
 * parse types are skipped. Only the predicates asked for are kept, within a budget of
 * characters.
 */
final class RdfXmlParser {

  static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
  static final String RDF_TYPE = RDF + "type";

  /** The deepest nesting of elements accepted. */
  static final int MAX_DEPTH = 64;

  /** The longest literal accepted, in characters. */
  static final int MAX_LITERAL_CHARACTERS = 1 << 16;

  /** The most characters of subjects and kept literals one file may hold. */
  static final long MAX_KEPT_CHARACTERS = 1L << 24;

  private static final XmlCursor.Rules RULES = new XmlCursor.Rules(MAX_DEPTH,
      ": check that this file is a vocabulary",
      "write the entities out as full URIs and remove the subset");

  private final XmlCursor cursor;
  private final XMLStreamReader xml;
  private final Set<String> keptPredicates;
  private final Map<String, Description> descriptions = new LinkedHashMap<>();
  private int blankNodes;
  private long keptCharacters;

  private RdfXmlParser(XmlCursor cursor, Set<String> keptPredicates) {
    this.cursor = cursor;
    this.xml = cursor.xml();
    this.keptPredicates = keptPredicates;
  }

  /**
   * Reads a whole RDF/XML document.
   *
   * @return the descriptions by subject, in the order the file first names them
   * @throws InvalidInputException if the document is not well-formed or not RDF/XML
   */
  static Map<String, Description> parse(InputStream in, String sourceName,
      Set<String> keptPredicates) {
    RdfXmlParser parser = new RdfXmlParser(XmlCursor.open(in, sourceName, RULES),
        keptPredicates);
    try {
      parser.readDocument();
    } finally {
      parser.cursor.close();
    }
    return parser.descriptions;
  }

  private void readDocument() {
    cursor.enterRoot();
    if (!isRdf("RDF")) {
      throw refusal("the root element is '" + xml.getName() + "', not rdf:RDF: this is not an"
          + " RDF/XML file; export the vocabulary as SKOS in RDF/XML");
    }
    Scope scope = Scope.NONE.enter(xml, this::refusal);
    while (cursor.nextChild(1)) {
      readNode(scope);
    }
    cursor.readToEnd();
  }

  /** Reads the node element under the cursor and returns its subject. */
  private String readNode(Scope outer) {
    Scope scope = outer.enter(xml, this::refusal);
    int nodeDepth = cursor.depth();
    Description node = describe(subject(scope));
    if (!isRdf("Description")) {
      keep(node, RDF_TYPE, RdfValue.reference(namespace() + xml.getLocalName()));
    }
    readPropertyAttributes(node, scope);
    while (cursor.nextChild(nodeDepth)) {
      readProperty(node, scope);
    }
    return node.subject();
  }

  private String subject(Scope scope) {
    String about = xml.getAttributeValue(RDF, "about");
    String id = xml.getAttributeValue(RDF, "ID");
    String nodeId = xml.getAttributeValue(RDF, "nodeID");
    if (about != null) {
      return scope.resolve(about, this::refusal);
    }
    if (id != null) {
      return scope.resolve("#" + id, this::refusal);
    }
    return nodeId != null ? "_:" + nodeId : newBlankNode();
  }

  private String newBlankNode() {
    blankNodes++;
    return "_:@" + blankNodes;
  }

  private Description describe(String subject) {
    Description known = descriptions.get(subject);
    if (known != null) {
      return known;
    }
    charge(subject.length() + 64);
    Description created = new Description(subject, xml.getLocation().getLineNumber());
    descriptions.put(subject, created);
    return created;
  }

  private void readPropertyAttributes(Description node, Scope scope) {
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      String namespace = xml.getAttributeNamespace(i);
      String name = xml.getAttributeLocalName(i);
      String value = xml.getAttributeValue(i);
      if (RDF.equals(namespace) && "type".equals(name)) {
        keep(node, RDF_TYPE, RdfValue.reference(scope.resolve(value, this::refusal)));
      } else if (namespace != null && !namespace.isEmpty() && !RDF.equals(namespace)
          && !XMLConstants.XML_NS_URI.equals(namespace)) {
        keep(node, namespace + name, RdfValue.literal(value, scope.language()));
      }
    }
  }

  private void readProperty(Description node, Scope outer) {
    Scope scope = outer.enter(xml, this::refusal);
    String predicate = namespace() + xml.getLocalName();
    String resource = xml.getAttributeValue(RDF, "resource");
    String nodeId = xml.getAttributeValue(RDF, "nodeID");
    String parseType = xml.getAttributeValue(RDF, "parseType");
    if (resource != null) {
      keep(node, predicate, RdfValue.reference(scope.resolve(resource, this::refusal)));
      skipElement();
    } else if (nodeId != null) {
      keep(node, predicate, RdfValue.reference("_:" + nodeId));
      skipElement();
    } else if ("Resource".equals(parseType)) {
      keep(node, predicate, RdfValue.reference(readBlankNode(scope)));
    } else if (parseType != null) {
      skipElement();
    } else {
      readPropertyContent(node, predicate, scope);
    }
  }

  private String readBlankNode(Scope scope) {
    int propertyDepth = cursor.depth();
    Description node = describe(newBlankNode());
    while (cursor.nextChild(propertyDepth)) {
      readProperty(node, scope);
    }
    return node.subject();
  }

  /** Reads a literal, or the node nested in the property, whose subject is then the object. */
  private void readPropertyContent(Description node, String predicate, Scope scope) {
    StringBuilder text = new StringBuilder();
    @Nullable String object = null;
    while (true) {
      int event = cursor.nextEvent();
      if (event == XMLStreamConstants.START_ELEMENT) {
        if (object == null) {
          object = readNode(scope);
        } else {
          skipElement();
        }
      } else if (XmlCursor.isText(event)) {
        appendLiteral(text);
      } else if (event == XMLStreamConstants.END_ELEMENT
          || event == XMLStreamConstants.END_DOCUMENT) {
        break;
      }
    }
    keep(node, predicate, object != null ? RdfValue.reference(object)
        : RdfValue.literal(text.toString(), scope.language()));
  }

  private void appendLiteral(StringBuilder text) {
    if (text.length() + xml.getTextLength() > MAX_LITERAL_CHARACTERS) {
      throw refusal("a literal is longer than " + MAX_LITERAL_CHARACTERS + " characters, the"
          + " limit for a label: check that this file is a vocabulary");
    }
    text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
  }

  private void keep(Description node, String predicate, RdfValue value) {
    if (keptPredicates.contains(predicate)) {
      charge(value.text().length());
      node.add(predicate, value);
    }
  }

  private void charge(int characters) {
    keptCharacters += characters;
    if (keptCharacters > MAX_KEPT_CHARACTERS) {
      throw refusal("the file holds more than " + MAX_KEPT_CHARACTERS + " characters of"
          + " concepts and labels, the limit per vocabulary: split the vocabulary");
    }
  }

  /** Skips the rest of the element under the cursor. */
  private void skipElement() {
    int elementDepth = cursor.depth();
    while (cursor.nextChild(elementDepth)) {
      // children are skipped with their content
    }
  }

  private boolean isRdf(String localName) {
    return RDF.equals(xml.getNamespaceURI()) && localName.equals(xml.getLocalName());
  }

  private String namespace() {
    return Objects.requireNonNullElse(xml.getNamespaceURI(), "");
  }

  private InvalidInputException refusal(String reason) {
    return cursor.refusal(reason);
  }
}
