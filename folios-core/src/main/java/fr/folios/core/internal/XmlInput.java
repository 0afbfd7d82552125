package fr.folios.core.internal;

import fr.folios.core.InvalidInputException;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Opens XML with the JDK's own StAX parser, locked down: no DTD is loaded, no external entity
 * is fetched, no custom entity is expanded, no piece of markup longer than the
 * {@link XmlMarkupGuard}'s limit reaches it, and no byte reaches it either: it reads the
 * characters {@link XmlCharacters} decodes. Turns its failures into the SDK's exceptions.
 * Not part of the API: {@link XmlCursor} is its only user.
 */
final class XmlInput {

  private static final String REASON_PREFIX = "Message: ";

  private XmlInput() {
  }

  /**
   * Decodes the bytes a guard lets through, in the encoding the XML declaration names (UTF-8
   * when there is none, UTF-16 when a byte order mark says so), strictly.
   *
   * @throws InvalidInputException if the document is in an encoding whose markup the guard
   *     cannot follow, or names one its first bytes contradict
   * @throws UncheckedIOException if the stream fails
   */
  static XmlCharacters decode(XmlMarkupGuard guard, String fileName) {
    byte[] head = head(guard, fileName);
    XmlEncoding encoding = XmlEncoding.of(head);
    if (encoding.declarationCut()) {
      throw new InvalidInputException("file '" + fileName + "', byte offset 0: the XML"
          + " declaration runs past the first " + XmlEncoding.HEAD_BYTES + " bytes; Folios reads"
          + " shorter ones: shorten it, or ask for a new export");
    }
    Charset charset = encoding.charset();
    if (charset == null || !reads(guard, charset, fileName)) {
      throw new InvalidInputException("file '" + fileName + "', line " + encoding.line()
          + ", column " + encoding.column() + ": the file is to be read as "
          + encoding.declared() + ", which does not match its first bytes or is not an"
          + " encoding Folios reads (UTF-8, UTF-16, or a single-byte one such as ISO-8859-1 or"
          + " ISO-8859-15): export the file in UTF-8");
    }
    return new XmlCharacters(guard, head, encoding.byteOrderMarkLength(), charset);
  }

  /**
   * Opens a locked-down reader on decoded characters, so that the parser never decodes bytes.
   *
   * @throws InvalidInputException if the parser cannot start
   */
  static XMLStreamReader open(XmlCharacters characters, String fileName) {
    try {
      return factory().createXMLStreamReader(characters);
    } catch (XMLStreamException e) {
      throw failure(fileName, e, characters);
    }
  }

  /**
   * Refuses a document type declaration with an internal subset, where entities are declared;
   * {@code wayOut} ends the message, after "Folios never reads one: ". The guard's view decides,
   * as the parser reading characters gives the declaration's text without its subset.
   */
  static void checkDoctype(XMLStreamReader xml, XmlCharacters characters, String fileName,
      String wayOut) {
    if (characters.sawInternalSubset() || hasInternalSubset(xml.getText())) {
      throw refusal(fileName, xml.getLocation(), "the document type declaration has an internal"
          + " subset ([…]), where entities are declared; Folios never reads one: " + wayOut);
    }
  }

  /** Refuses a reference to an entity other than the five XML ones. */
  static InvalidInputException entityRefused(XMLStreamReader xml, String fileName) {
    return refusal(fileName, xml.getLocation(), "the entity reference '&" + xml.getLocalName()
        + ";' is not allowed; only &amp; &lt; &gt; &quot; &apos; and character references such"
        + " as &#233; are read: write the text itself");
  }

  /**
   * Builds the exception for a parser failure: markup the guard refused, bytes that are not
   * valid in the encoding, bad XML, or a failed read.
   */
  static RuntimeException failure(String fileName, XMLStreamException e,
      XmlCharacters characters) {
    XmlMarkupGuard.Refusal refused = characters.refusal();
    if (refused != null) {
      return refusal(fileName, refused);
    }
    XmlCharacters.Undecodable undecodable = characters.undecodable();
    if (undecodable != null) {
      return new InvalidInputException("file '" + fileName + "', line " + undecodable.line()
          + ", column " + undecodable.column() + ": " + undecodable.reason(), undecodable);
    }
    Throwable nested = e.getNestedException();
    if (nested instanceof IOException io && !(nested instanceof CharConversionException)) {
      return unreadable(fileName, io);
    }
    return new InvalidInputException(where(fileName, e.getLocation()) + ": malformed XML ("
        + reason(e) + "): check the file's encoding declaration and its markup, or ask for a new"
        + " export", e);
  }

  /** Builds the exception for a rule this reader enforces, at a place in the file. */
  static InvalidInputException refusal(String fileName, @Nullable Location location,
      String reason) {
    return new InvalidInputException(where(fileName, location) + ": " + reason);
  }

  private static InvalidInputException refusal(String fileName, XmlMarkupGuard.Refusal refused) {
    return new InvalidInputException("file '" + fileName + "', byte offset " + refused.offset()
        + ": " + refused.reason(), refused);
  }

  /** Reads the first bytes, where the encoding is told. */
  private static byte[] head(XmlMarkupGuard guard, String fileName) {
    try {
      return guard.readNBytes(XmlEncoding.HEAD_BYTES);
    } catch (XmlMarkupGuard.Refusal refused) {
      throw refusal(fileName, refused);
    } catch (IOException e) {
      throw unreadable(fileName, e);
    }
  }

  /** Tells whether the guard follows the markup of the document decoded with a charset. */
  private static boolean reads(XmlMarkupGuard guard, Charset charset, String fileName) {
    try {
      return guard.reads(charset.name());
    } catch (XmlMarkupGuard.Refusal refused) {
      throw refusal(fileName, refused);
    }
  }

  private static UncheckedIOException unreadable(String fileName, IOException e) {
    return new UncheckedIOException("could not read '" + fileName + "': " + e.getMessage(), e);
  }

  private static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
      throw new XMLStreamException("external resource '" + systemId + "' refused");
    });
    return factory;
  }

  private static boolean hasInternalSubset(String doctype) {
    boolean quoted = false;
    char quote = 0;
    for (int i = 0; i < doctype.length(); i++) {
      char c = doctype.charAt(i);
      if (quoted) {
        quoted = c != quote;
      } else if (c == '"' || c == '\'') {
        quoted = true;
        quote = c;
      } else if (c == '[') {
        return true;
      }
    }
    return false;
  }

  private static String where(String fileName, @Nullable Location location) {
    if (location == null || location.getLineNumber() < 0) {
      return "file '" + fileName + "'";
    }
    return "file '" + fileName + "', line " + location.getLineNumber() + ", column "
        + location.getColumnNumber();
  }

  private static String reason(XMLStreamException e) {
    String message = String.valueOf(e.getMessage());
    int start = message.indexOf(REASON_PREFIX);
    return (start < 0 ? message : message.substring(start + REASON_PREFIX.length())).strip();
  }
}
