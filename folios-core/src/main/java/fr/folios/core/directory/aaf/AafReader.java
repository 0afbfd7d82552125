package fr.folios.core.directory.aaf;

import fr.folios.core.InvalidInputException;
import fr.folios.core.internal.XmlCursor;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads an AAF file one record at a time, whatever its size.
 *
 * <p>The file is streamed with the JDK's StAX parser: memory holds one record, never the file.
 * The encoding named in the XML declaration is honoured if it is UTF-8, UTF-16 or a single-byte
 * encoding that keeps ASCII (ISO-8859-1, ISO-8859-15…), and refused otherwise; a byte invalid
 * in it is refused; a file without a declaration is read as UTF-8. The
 * {@code <!DOCTYPE ficAlimMENESR SYSTEM "ficAlimMENESR.dtd">} line of real exports is accepted
 * and the DTD is never opened; a document type declaration with an internal subset, a custom
 * entity reference, and any external resource are refused, so that no entity-expansion bomb or
 * external entity can be smuggled in. The parser holds each piece of markup whole, so a tag
 * with its attributes, a comment, a CDATA section or any other piece longer than 1 MiB
 * (1,048,576 bytes) is refused before it is read; the text of values is bounded by
 * {@link #MAX_RECORD_CHARACTERS} instead, and the nesting of elements by {@link #MAX_DEPTH}.
 *
 * <p>Use {@link #read(InputStream, String, Consumer)} to hand every record to a consumer, or
 * {@link #open(InputStream, String)} to pull them as an iterator. Records before a fault have
 * already been handed out when the fault is found. An instance is not thread-safe; the static
 * methods are.
 */
public final class AafReader implements Iterator<AafRecord>, Closeable {

  /** The most characters of names and values one record may hold: 1,048,576. */
  public static final int MAX_RECORD_CHARACTERS = 1 << 20;

  /** The deepest nesting of elements accepted: AAF itself nests five levels. */
  public static final int MAX_DEPTH = 16;

  private static final String ROOT = "ficAlimMENESR";

  private static final XmlCursor.Rules RULES = new XmlCursor.Rules(MAX_DEPTH,
      " (AAF nests 5): this is not an AAF file",
      "remove the subset, an AAF file only names ficAlimMENESR.dtd");

  private final XmlCursor cursor;
  private final XMLStreamReader xml;
  private final String fileName;
  private int position;
  private @Nullable AafRecord pending;
  private boolean finished;

  private AafReader(XmlCursor cursor, String fileName) {
    this.cursor = cursor;
    this.xml = cursor.xml();
    this.fileName = fileName;
  }

  /**
   * Opens a reader positioned before the first record; the caller closes it, and still owns the
   * stream, which the reader does not close.
   *
   * @param in the file's bytes
   * @param fileName the file's name, used in messages and kept in each record
   * @return the reader
   * @throws InvalidInputException if the file is not well-formed XML, declares an internal DTD
   *     subset, or its root is not {@code ficAlimMENESR}
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public static AafReader open(InputStream in, String fileName) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(fileName, "fileName");
    AafReader reader = new AafReader(XmlCursor.open(in, fileName, RULES), fileName);
    reader.readRoot();
    return reader;
  }

  /**
   * Reads every record of a stream and hands each to a consumer, in file order.
   *
   * @param in the file's bytes; not closed
   * @param fileName the file's name, used in messages and kept in each record
   * @param sink receives each record as soon as it is read
   * @throws InvalidInputException if the file breaks a rule of the format or of safety; the
   *     message names the file, the line, the column and the reason
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public static void read(InputStream in, String fileName, Consumer<? super AafRecord> sink) {
    Objects.requireNonNull(sink, "sink");
    try (AafReader reader = open(in, fileName)) {
      reader.forEachRemaining(sink);
    }
  }

  /**
   * Reads every record of a file and hands each to a consumer, in file order.
   *
   * @param file the file; its name is kept in each record
   * @param sink receives each record as soon as it is read
   * @throws IOException if the file cannot be opened
   * @throws InvalidInputException if the file breaks a rule of the format or of safety
   */
  public static void read(Path file, Consumer<? super AafRecord> sink) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      read(in, String.valueOf(file.getFileName()), sink);
    }
  }

  /**
   * Tells whether another record follows, reading it ahead.
   *
   * @return {@code true} if {@link #next()} will return a record
   * @throws InvalidInputException if the next record breaks a rule of the format or of safety;
   *     the reader then holds no more records
   */
  @Override
  public boolean hasNext() {
    if (pending == null && !finished) {
      try {
        pending = readNext();
      } catch (RuntimeException e) {
        finished = true;
        throw e;
      }
    }
    return pending != null;
  }

  /**
   * Returns the next record.
   *
   * @return the record
   * @throws NoSuchElementException if the file has no more records
   * @throws InvalidInputException if the next record breaks a rule of the format or of safety
   */
  @Override
  public AafRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException("'" + fileName + "' has no more records after "
          + position);
    }
    AafRecord next = Objects.requireNonNull(pending);
    pending = null;
    return next;
  }

  /** Releases the parser; the stream is left open for its owner to close. */
  @Override
  public void close() {
    finished = true;
    cursor.close();
  }

  private void readRoot() {
    cursor.enterRoot();
    if (!ROOT.equals(xml.getLocalName())) {
      throw refusal("the root element is '" + xml.getLocalName() + "', not '" + ROOT
          + "': this is not an AAF file");
    }
  }

  private @Nullable AafRecord readNext() {
    if (!cursor.nextChild(1)) {
      finish();
      return null;
    }
    String element = xml.getLocalName();
    AafOperation operation = AafOperation.fromElementName(element).orElseThrow(
        () -> refusal("the element '" + element + "' is not an AAF request: expected"
            + " addRequest, modifyRequest or deleteRequest"));
    position++;
    return readRequest(operation);
  }

  private void finish() {
    finished = true;
    cursor.readToEnd();
  }

  private AafRecord readRequest(AafOperation operation) {
    RecordDraft draft = new RecordDraft(
        operation, position, xml.getLocation().getLineNumber(), this::refusal);
    int requestDepth = cursor.depth();
    while (cursor.nextChild(requestDepth)) {
      switch (xml.getLocalName()) {
        case "operationalAttributes" -> readCategory(draft);
        case "identifier" -> readIdentifier(draft);
        case "attributes" -> readAttributes(draft);
        case "modifications" -> readModifications(draft);
        default -> {
          // an element this SDK does not use: its content is skipped
        }
      }
    }
    return draft.toRecord(fileName);
  }

  private void readCategory(RecordDraft draft) {
    int operationalDepth = cursor.depth();
    while (cursor.nextChild(operationalDepth)) {
      if ("attr".equals(xml.getLocalName())) {
        readValues(draft, draft::category);
      }
    }
  }

  private void readIdentifier(RecordDraft draft) {
    int identifierDepth = cursor.depth();
    while (cursor.nextChild(identifierDepth)) {
      if ("id".equals(xml.getLocalName())) {
        draft.identifier(readText(draft).strip());
      }
    }
  }

  private void readAttributes(RecordDraft draft) {
    int attributesDepth = cursor.depth();
    while (cursor.nextChild(attributesDepth)) {
      if ("attr".equals(xml.getLocalName())) {
        String name = attributeName(draft, "attr");
        draft.declare(name);
        readValues(draft, value -> draft.value(name, value));
      }
    }
  }

  private void readModifications(RecordDraft draft) {
    int modificationsDepth = cursor.depth();
    while (cursor.nextChild(modificationsDepth)) {
      if ("modification".equals(xml.getLocalName())) {
        String name = attributeName(draft, "modification");
        draft.declare(name, attributeOperation(name));
        readValues(draft, value -> draft.value(name, value));
      }
    }
  }

  private String attributeName(RecordDraft draft, String element) {
    String name = xml.getAttributeValue(null, "name");
    if (name == null || name.isBlank()) {
      throw refusal("record " + draft.position() + " has an <" + element + "> without a name:"
          + " give each " + element + " its attribute's name, as in <" + element
          + " name=\"sn\">");
    }
    draft.charge(name.length());
    return name;
  }

  private AafAttributeOperation attributeOperation(String name) {
    String code = xml.getAttributeValue(null, "operation");
    if (code == null) {
      return AafAttributeOperation.REPLACE;
    }
    return AafAttributeOperation.fromCode(code).orElseThrow(() -> refusal("the modification of '"
        + name + "' has operation '" + code + "': use replace, add or delete"));
  }

  private void readValues(RecordDraft draft, Consumer<String> target) {
    int attrDepth = cursor.depth();
    while (cursor.nextChild(attrDepth)) {
      if ("value".equals(xml.getLocalName())) {
        target.accept(readText(draft));
      }
    }
  }

  private String readText(RecordDraft draft) {
    int textDepth = cursor.depth();
    StringBuilder text = new StringBuilder();
    while (true) {
      int event = cursor.nextEvent();
      if (XmlCursor.isText(event) && cursor.depth() == textDepth) {
        draft.charge(xml.getTextLength());
        text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
      } else if (event == XMLStreamConstants.END_ELEMENT && cursor.depth() < textDepth
          || event == XMLStreamConstants.END_DOCUMENT) {
        return text.toString();
      }
    }
  }

  private InvalidInputException refusal(String reason) {
    return cursor.refusal(reason);
  }
}
