package fr.folios.core.spi;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads the words of a document's content, so that a person can find their documents by what
 * they say.
 *
 * <p>Folios calls it after a document is stored or its content replaced, with the type it
 * detected from the bytes. {@link PlainTextExtractor}, the default, reads plain text and
 * Markdown; the {@code folios-extract} module adds HTML, PDF and OpenDocument through Apache
 * Tika. Contents are hostile: an implementation must stop at {@code maxChars}, must not follow
 * links nor load anything else, and must return rather than loop on a malformed file.
 * Implementations are safe for concurrent use.
 */
public interface TextExtractor {

  /**
   * Tells whether this extractor reads a type.
   *
   * @param mediaType a media type in lower case without parameters, e.g. {@code application/pdf}
   * @return {@code true} if {@link #extract} can read contents of that type
   */
  boolean reads(String mediaType);

  /**
   * Reads the text of a content.
   *
   * @param mediaType the content's media type in lower case without parameters
   * @param content the content; read, not closed
   * @param maxChars the most characters to return; the rest is ignored
   * @return the text, at most {@code maxChars} characters; empty if the type is not read
   * @throws IOException if the content cannot be read or is not of its type; the document then
   *     stays findable by its name only
   */
  String extract(String mediaType, InputStream content, int maxChars) throws IOException;
}
