package fr.folios.examples.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The BCN subjects (BCN_MATIERE) that ScoLOMFR's {@code scolomfr_bcn.xml} lists, read with the
 * JDK's DOM parser locked down: the file names a DTD it does not ship, so no DTD is loaded and
 * no external entity is fetched.
 */
final class BcnSubjects {

  /** The nomenclature of the subjects, as the {@code DF} element names it. */
  private static final String SUBJECTS = "BCN_MATIERE";

  private BcnSubjects() {
  }

  /**
   * One subject: its code, e.g. {@code BCN_MATIERE:0207}, and its labels, long then short as the
   * file gives them.
   */
  record Subject(String uri, String code, List<String> labels) {
  }

  /** The real file. */
  static Path realFile() {
    return Fixtures.dataDir().resolve("vocab").resolve("scolomfr-v3.1").resolve("BCN")
        .resolve("scolomfr_bcn.xml");
  }

  /** Reads the subjects of a file, by concept URI, in the file's order. */
  static Map<String, Subject> read(Path file) {
    Map<String, Subject> subjects = new LinkedHashMap<>();
    for (Element concept : children(document(file).getDocumentElement(), "CONCEPT")) {
      if (SUBJECTS.equals(text(concept, "DF"))) {
        Subject subject = subject(concept);
        subjects.put(subject.uri(), subject);
      }
    }
    return subjects;
  }

  /** Opens a file with a parser that loads no DTD and fetches nothing. */
  static Document document(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      DocumentBuilder builder = lockedDown().newDocumentBuilder();
      builder.setEntityResolver((publicId, systemId) -> {
        throw new SAXException("external resource '" + systemId + "' refused");
      });
      return builder.parse(in, file.toUri().toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("could not read " + file + ": " + e.getMessage(), e);
    }
  }

  private static DocumentBuilderFactory lockedDown() throws ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    factory.setValidating(false);
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    return factory;
  }

  private static Subject subject(Element concept) {
    List<String> labels = new ArrayList<>();
    for (Element term : children(concept, "TERME_TE")) {
      labels.add(text(term, "INTITULE"));
    }
    Element term = children(concept, "TERME").get(0);
    return new Subject(text(concept, "ID"), text(term, "INTITULE"), List.copyOf(labels));
  }

  private static String text(Element parent, String name) {
    return children(parent, name).get(0).getTextContent().strip();
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> children = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node node = nodes.item(i);
      if (node instanceof Element element && element.getTagName().equals(name)) {
        children.add(element);
      }
    }
    return children;
  }
}
