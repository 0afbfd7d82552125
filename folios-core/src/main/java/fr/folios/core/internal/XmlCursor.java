package fr.folios.core.internal;

import fr.folios.core.InvalidInputException;
import java.io.InputStream;
import java.util.Objects;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Walks a locked-down XML document one event at a time, counting how deep elements nest. Not
 * part of the API.
 *
 * <p>The parser loads no DTD, fetches no external resource and expands no custom entity. The
 * cursor refuses a document type declaration with an internal subset, any reference to an
 * entity other than the five XML ones, and elements nested deeper than its rules allow. Every
 * failure becomes an {@link InvalidInputException} naming the file, the line and the column, or
 * an {@link java.io.UncheckedIOException} when the stream itself fails.
 *
 * <p>The parser holds each piece of markup whole before handing it on, so the cursor refuses,
 * before the parser sees it, any tag with its attributes, comment, CDATA section, processing
 * instruction, document type declaration or character reference longer than
 * {@link #MAX_MARKUP_BYTES}; that refusal names the file and the byte offset where the piece
 * starts. Text between elements has no such limit: the parser streams it, and each reader
 * bounds what it keeps. To count markup, the cursor reads documents in UTF-8, UTF-16 or a
 * single-byte encoding that keeps ASCII (ISO-8859-1, ISO-8859-15…), and refuses others. It
 * decodes the bytes itself, strictly, and hands the parser characters: a byte that is not valid
 * in the encoding becomes an {@link InvalidInputException} naming the line, the column and the
 * byte offset, and nothing reaches the standard error, as it does when the JDK's parser decodes.
 *
 * <p>The AAF reader and the SKOS reader share this one cursor, so that both parse XML under the
 * same settings. An instance is not thread-safe.
 */
public final class XmlCursor implements AutoCloseable {

  /**
   * The most bytes one piece of markup may hold, its delimiters included: 1,048,576 (1 MiB).
   * Real AAF and SKOS files hold nothing near it; their largest pieces are tags of a few hundred
   * bytes.
   */
  public static final int MAX_MARKUP_BYTES = 1 << 20;

  private final XMLStreamReader xml;
  private final XmlCharacters characters;
  private final String fileName;
  private final Rules rules;
  private int depth;

  private XmlCursor(XMLStreamReader xml, XmlCharacters characters, String fileName,
      Rules rules) {
    this.xml = xml;
    this.characters = characters;
    this.fileName = fileName;
    this.rules = rules;
  }

  /**
   * What a reader tells its users when a file breaks one of the cursor's rules.
   *
   * @param maxDepth the deepest nesting of elements accepted; the root is at depth 1
   * @param tooDeepAdvice what follows the limit in the message for a file nested too deep,
   *     from its punctuation on, e.g. {@code ": check that this file is a vocabulary"}
   * @param internalSubsetAdvice the way out given after "Folios never reads one: " when the
   *     document type declaration has an internal subset
   */
  public record Rules(int maxDepth, String tooDeepAdvice, String internalSubsetAdvice) {

    /**
     * Checks the rules.
     *
     * @throws IllegalArgumentException if {@code maxDepth} is below 1
     */
    public Rules {
      if (maxDepth < 1) {
        throw new IllegalArgumentException("maxDepth is " + maxDepth + ": allow at least 1");
      }
      Objects.requireNonNull(tooDeepAdvice, "tooDeepAdvice");
      Objects.requireNonNull(internalSubsetAdvice, "internalSubsetAdvice");
    }
  }

  /**
   * Opens a cursor before the first event. It honours a UTF-16 byte order mark, else the
   * encoding the XML declaration names, and reads UTF-8 when there is none. The caller closes
   * the cursor, and still owns the stream, which the cursor never closes.
   *
   * @param in the document's bytes
   * @param fileName the file's name, used in messages
   * @param rules the depth limit and the advice of the reader's messages
   * @return the cursor
   * @throws InvalidInputException if the parser cannot start on the document, or if the document
   *     is in an encoding the cursor does not read, or names one its first bytes contradict
   * @throws java.io.UncheckedIOException if the stream fails
   * @throws NullPointerException if an argument is null
   */
  public static XmlCursor open(InputStream in, String fileName, Rules rules) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(rules, "rules");
    XmlMarkupGuard guard = new XmlMarkupGuard(in, MAX_MARKUP_BYTES);
    XmlCharacters characters = XmlInput.decode(guard, fileName);
    return new XmlCursor(XmlInput.open(characters, fileName), characters, fileName, rules);
  }

  /**
   * Returns the parser positioned on the current event, to read its name, attributes or text.
   * Move it only through this cursor, which would otherwise lose count of the depth.
   *
   * @return the parser
   */
  public XMLStreamReader xml() {
    return xml;
  }

  /**
   * Returns how many elements are open: 1 on the root's start, 0 before it and after its end.
   *
   * @return the depth
   */
  public int depth() {
    return depth;
  }

  /**
   * Moves to the next event and keeps count of the depth.
   *
   * @return the event, one of {@link XMLStreamConstants}; {@code END_DOCUMENT} again and again
   *     once the document is over
   * @throws InvalidInputException if the document is malformed, holds bytes that are not valid
   *     in its encoding, has a document type declaration with an internal subset, refers to a
   *     custom entity, nests too deep or holds a piece of markup longer than
   *     {@link #MAX_MARKUP_BYTES}
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public int nextEvent() {
    int event = advance();
    switch (event) {
      case XMLStreamConstants.START_ELEMENT -> enter();
      case XMLStreamConstants.END_ELEMENT -> depth--;
      case XMLStreamConstants.DTD ->
          XmlInput.checkDoctype(xml, characters, fileName, rules.internalSubsetAdvice());
      case XMLStreamConstants.ENTITY_REFERENCE -> throw XmlInput.entityRefused(xml, fileName);
      default -> {
        // text, comments and processing instructions need no bookkeeping
      }
    }
    return event;
  }

  /**
   * Moves to the next child of the element open at {@code parentDepth}, skipping whatever lies
   * between, the content of earlier children included.
   *
   * @param parentDepth the depth of the parent element; 0 for the root itself
   * @return {@code true} on the child's start, {@code false} once the parent has ended
   * @throws InvalidInputException as {@link #nextEvent()} does
   */
  public boolean nextChild(int parentDepth) {
    while (true) {
      int event = nextEvent();
      if (event == XMLStreamConstants.START_ELEMENT && depth == parentDepth + 1) {
        return true;
      }
      if (event == XMLStreamConstants.END_ELEMENT && depth < parentDepth
          || event == XMLStreamConstants.END_DOCUMENT) {
        return false;
      }
    }
  }

  /**
   * Moves past the prolog (declaration, comments, document type) to the root element's start.
   *
   * @throws InvalidInputException as {@link #nextEvent()} does
   */
  public void enterRoot() {
    while (nextEvent() != XMLStreamConstants.START_ELEMENT) {
      // the prolog holds nothing to read
    }
  }

  /**
   * Reads to the end of the document, so that the parser checks what follows the root.
   *
   * @throws InvalidInputException as {@link #nextEvent()} does
   */
  public void readToEnd() {
    while (nextEvent() != XMLStreamConstants.END_DOCUMENT) {
      // only comments and processing instructions may follow the root
    }
  }

  /**
   * Tells whether an event is text: characters, CDATA or ignorable white space.
   *
   * @param event an event from {@link #nextEvent()}
   * @return {@code true} if it is text
   */
  public static boolean isText(int event) {
    return event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
        || event == XMLStreamConstants.SPACE;
  }

  /**
   * Builds the exception for a rule the reader enforces, at the current place in the file.
   *
   * @param reason what is wrong and the way out
   * @return the exception, whose message starts with the file's name, line and column
   */
  public InvalidInputException refusal(String reason) {
    return XmlInput.refusal(fileName, xml.getLocation(), reason);
  }

  /**
   * Releases the parser; the stream is left open for its owner to close.
   *
   * @throws InvalidInputException if the parser reports a failure on closing
   * @throws java.io.UncheckedIOException if the stream fails on closing
   */
  @Override
  public void close() {
    try {
      xml.close();
    } catch (XMLStreamException e) {
      throw XmlInput.failure(fileName, e, characters);
    }
  }

  private int advance() {
    try {
      return xml.hasNext() ? xml.next() : XMLStreamConstants.END_DOCUMENT;
    } catch (XMLStreamException e) {
      throw XmlInput.failure(fileName, e, characters);
    }
  }

  private void enter() {
    depth++;
    if (depth > rules.maxDepth()) {
      throw refusal("elements nest " + depth + " levels deep; the limit is " + rules.maxDepth()
          + rules.tooDeepAdvice());
    }
  }
}
