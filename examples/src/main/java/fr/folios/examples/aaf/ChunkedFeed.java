package fr.folios.examples.aaf;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;

/**
 * Writes the records of one AAF category as a stream of {@code addRequest} elements, opening a
 * new numbered file every so many records, e.g.
 * {@code FULL_FOLIOS_Complet_20260901_Eleve_0000.xml}.
 * Only the file being written is open; nothing of the records is kept.
 */
final class ChunkedFeed implements Closeable {

  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();
  private static final int BUFFER_BYTES = 1 << 16;

  private final Path directory;
  private final String exportDate;
  private final String category;
  private final String categoryAttribute;
  private final int recordsPerFile;
  private final List<Path> written;
  private @Nullable OutputStream out;
  private @Nullable XMLStreamWriter xml;
  private long records;

  /**
   * @param categoryAttribute {@code categoriePersonne} or {@code categorieStructure}
   * @param written where each file opened is added, in order
   */
  ChunkedFeed(Path directory, String exportDate, String category, String categoryAttribute,
      int recordsPerFile, List<Path> written) {
    this.directory = directory;
    this.exportDate = exportDate;
    this.category = category;
    this.categoryAttribute = categoryAttribute;
    this.recordsPerFile = recordsPerFile;
    this.written = written;
  }

  /** Starts a record, in a new file if the current one is full. */
  void begin(String identifier) throws IOException, XMLStreamException {
    if (records % recordsPerFile == 0) {
      close();
      open(Math.toIntExact(records / recordsPerFile));
    }
    records++;
    XMLStreamWriter w = writer();
    w.writeStartElement("addRequest");
    newLine();
    w.writeStartElement("operationalAttributes");
    attribute(categoryAttribute, category);
    w.writeEndElement();
    newLine();
    w.writeStartElement("identifier");
    element("id", identifier);
    w.writeEndElement();
    newLine();
    w.writeStartElement("attributes");
    newLine();
  }

  /** Writes one attribute of the current record; no value gives an empty one, as AAF does. */
  void attribute(String name, String... values) throws XMLStreamException {
    attribute(name, List.of(values));
  }

  /** Writes one multi-valued attribute of the current record. */
  void attribute(String name, List<String> values) throws XMLStreamException {
    XMLStreamWriter w = writer();
    w.writeStartElement("attr");
    w.writeAttribute("name", name);
    if (values.isEmpty()) {
      w.writeEmptyElement("value");
    }
    for (String value : values) {
      element("value", value);
    }
    w.writeEndElement();
    if (!name.equals(categoryAttribute)) {
      newLine();
    }
  }

  /** Ends the current record. */
  void end() throws XMLStreamException {
    XMLStreamWriter w = writer();
    w.writeEndElement();
    newLine();
    w.writeEndElement();
    w.writeCharacters("\n\n");
  }

  /** {@return how many records were begun} */
  long records() {
    return records;
  }

  /** Ends the current file, if any. */
  @Override
  public void close() throws IOException {
    if (xml == null || out == null) {
      return;
    }
    try {
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("could not end " + written.get(written.size() - 1) + ": " + e, e);
    } finally {
      xml = null;
      out.close();
      out = null;
    }
  }

  private void open(int chunk) throws IOException, XMLStreamException {
    Path file = directory.resolve(String.format(Locale.ROOT, "FULL_FOLIOS_Complet_%s_%s_%04d.xml",
        exportDate, category, chunk));
    out = new BufferedOutputStream(Files.newOutputStream(file), BUFFER_BYTES);
    written.add(file);
    xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeCharacters("\n");
    xml.writeStartElement("ficAlimMENESR");
    xml.writeCharacters("\n\n");
  }

  private void element(String name, String text) throws XMLStreamException {
    XMLStreamWriter w = writer();
    w.writeStartElement(name);
    w.writeCharacters(text);
    w.writeEndElement();
  }

  private void newLine() throws XMLStreamException {
    writer().writeCharacters("\n");
  }

  private XMLStreamWriter writer() {
    if (xml == null) {
      throw new IllegalStateException("no record begun in the " + category + " feed:"
          + " call begin first");
    }
    return xml;
  }
}
