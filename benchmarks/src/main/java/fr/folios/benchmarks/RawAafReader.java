package fr.folios.benchmarks;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The raw baseline's reader: a bare StAX pass over one AAF file that hands each request
 * ({@code addRequest}, {@code modifyRequest}, {@code deleteRequest}) over as a
 * {@link RawRecord}, keeping only the record being read. The JDK's own StAX implementation
 * reads the encoding the XML declaration names; DTDs and external entities are not supported,
 * so they are never resolved.
 */
final class RawAafReader {

  private static final int BUFFER_BYTES = 1 << 16;
  private static final XMLInputFactory FACTORY = secureFactory();

  private RawAafReader() {
  }

  /**
   * Reads every request of a file.
   *
   * @param file the AAF file
   * @param action told of each record, in the file's order
   * @return how many records the file holds
   * @throws IOException if the file cannot be read
   * @throws XMLStreamException if it is not well-formed XML, or holds a DTD's entities
   */
  static long read(Path file, Consumer<RawRecord> action) throws IOException,
      XMLStreamException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER_BYTES)) {
      XMLStreamReader xml = FACTORY.createXMLStreamReader(in);
      try {
        return read(xml, action);
      } finally {
        xml.close();
      }
    }
  }

  private static long read(XMLStreamReader xml, Consumer<RawRecord> action)
      throws XMLStreamException {
    long records = 0;
    Map<String, List<String>> attributes = new HashMap<>();
    List<String> values = new ArrayList<>();
    String identifier = "";
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        switch (xml.getLocalName()) {
          case "id" -> identifier = xml.getElementText().strip();
          case "attr" -> {
            values = new ArrayList<>(2);
            attributes.put(xml.getAttributeValue(null, "name"), values);
          }
          case "value" -> add(values, xml.getElementText());
          default -> { }
        }
      } else if (event == XMLStreamConstants.END_ELEMENT && isRequest(xml.getLocalName())) {
        action.accept(new RawRecord(xml.getLocalName(), identifier, attributes));
        records++;
        attributes = new HashMap<>();
        identifier = "";
      }
    }
    return records;
  }

  private static void add(List<String> values, String value) {
    String stripped = value.strip();
    if (!stripped.isEmpty()) {
      values.add(stripped);
    }
  }

  private static boolean isRequest(String element) {
    return element.equals("addRequest") || element.equals("modifyRequest")
        || element.equals("deleteRequest");
  }

  private static XMLInputFactory secureFactory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return factory;
  }
}
