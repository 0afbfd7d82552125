package fr.folios.core.spi;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Reads plain text and Markdown as UTF-8, the default {@link TextExtractor}.
 *
 * <p>Bytes that are not UTF-8 are read as replacement characters rather than refused, a leading
 * byte-order mark is dropped, and Markdown is read as it is written: its marks are not words, so
 * they do not get in the way of a search. Safe for concurrent use.
 */
public final class PlainTextExtractor implements TextExtractor {

  private static final Set<String> TYPES = Set.of("text/plain", "text/markdown", "text/x-markdown",
      "text/csv");

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private PlainTextExtractor() {
  }

  /** {@return the extractor} */
  public static PlainTextExtractor create() {
    return new PlainTextExtractor();
  }

  @Override
  public boolean reads(String mediaType) {
    return TYPES.contains(mediaType);
  }

  @Override
  public String extract(String mediaType, InputStream content, int maxChars) throws IOException {
    if (!reads(mediaType) || maxChars <= 0) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[Math.min(maxChars, 8192)];
    try (Reader reader = new InputStreamReader(new UncloseableStream(content), utf8())) {
      int n;
      while (text.length() < maxChars
          && (n = reader.read(buffer, 0, Math.min(buffer.length, maxChars - text.length())))
              != -1) {
        text.append(buffer, 0, n);
      }
    }
    if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
      text.deleteCharAt(0);
    }
    return text.toString();
  }

  private static CharsetDecoder utf8() {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
  }

  @Override
  public String toString() {
    return "PlainTextExtractor" + TYPES;
  }

  /** Leaves the caller's stream open when the reader is closed. */
  private static final class UncloseableStream extends java.io.FilterInputStream {

    UncloseableStream(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // The caller owns the stream.
    }
  }
}
