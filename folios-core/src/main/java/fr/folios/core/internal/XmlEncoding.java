package fr.folios.core.internal;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The encoding of an XML document, chosen from its first bytes as XML says: a byte order mark
 * for UTF-16 (a UTF-8 one is skipped too), else the {@code encoding} of the XML declaration,
 * else UTF-8. Not part of the API: {@link XmlInput} decodes the document with it, so that the
 * parser never decodes bytes itself. Immutable.
 */
final class XmlEncoding {

  /** How many bytes of the head are read to find the declaration: ample for any real one. */
  static final int HEAD_BYTES = 4096;

  private static final String SPACE = "[ \\t\\r\\n]";
  private static final Pattern DECLARATION_START = Pattern.compile("<\\?xml" + SPACE);
  private static final Pattern ENCODING = Pattern.compile(SPACE + "encoding" + SPACE + "*="
      + SPACE + "*([\"'])([^\"'<>]*)\\1");

  private final Form form;
  private final @Nullable String declared;
  private final int line;
  private final int column;
  private final boolean declarationCut;

  /** How the first bytes say characters are written. */
  private enum Form {
    UTF_8_MARKED(StandardCharsets.UTF_8, 3),
    UTF_16BE_MARKED(StandardCharsets.UTF_16BE, 2),
    UTF_16LE_MARKED(StandardCharsets.UTF_16LE, 2),
    UTF_16BE(StandardCharsets.UTF_16BE, 0),
    UTF_16LE(StandardCharsets.UTF_16LE, 0),
    ONE_BYTE(StandardCharsets.UTF_8, 0);

    private final Charset charset;
    private final int markLength;

    Form(Charset charset, int markLength) {
      this.charset = charset;
      this.markLength = markLength;
    }

    boolean isUtf16() {
      return charset != StandardCharsets.UTF_8;
    }
  }

  private XmlEncoding(Form form, @Nullable String declared, int line, int column,
      boolean declarationCut) {
    this.form = form;
    this.declared = declared;
    this.line = line;
    this.column = column;
    this.declarationCut = declarationCut;
  }

  /**
   * Reads the encoding from the first bytes of a document.
   *
   * @param head the first {@link #HEAD_BYTES} bytes, or all of them if the document is shorter
   * @return the encoding
   */
  static XmlEncoding of(byte[] head) {
    Form form = formOf(head);
    String text = text(head, form);
    Matcher start = DECLARATION_START.matcher(text);
    if (!start.lookingAt()) {
      return new XmlEncoding(form, null, 0, 0, false);
    }
    int end = text.indexOf("?>");
    if (end < 0) {
      return new XmlEncoding(form, null, 0, 0, head.length >= HEAD_BYTES);
    }
    Matcher encoding = ENCODING.matcher(text).region(0, end);
    if (!encoding.find()) {
      return new XmlEncoding(form, null, 0, 0, false);
    }
    int at = encoding.start(2);
    return new XmlEncoding(form, encoding.group(2), lineAt(text, at), columnAt(text, at), false);
  }

  /** Returns how many bytes the byte order mark takes: 0, 2 or 3. */
  int byteOrderMarkLength() {
    return form.markLength;
  }

  /** Returns the encoding the declaration names, as written, or {@code null} if none. */
  @Nullable String declared() {
    return declared;
  }

  /** Returns the line of the declared name, from 1; 0 without one. */
  int line() {
    return line;
  }

  /** Returns the column of the declared name, from 1; 0 without one. */
  int column() {
    return column;
  }

  /** Tells whether the XML declaration runs past the {@link #HEAD_BYTES} first bytes. */
  boolean declarationCut() {
    return declarationCut;
  }

  /**
   * Returns the charset to decode the document with.
   *
   * @return the charset, or {@code null} if the declared one is unknown to the JDK or
   *     contradicts the byte order mark or the first bytes
   */
  @Nullable Charset charset() {
    if (declared == null) {
      return form.charset;
    }
    Charset named = named(declared);
    if (named == null || form == Form.ONE_BYTE) {
      return named;
    }
    boolean agrees = form.isUtf16() ? named.equals(StandardCharsets.UTF_16)
        || named.equals(form.charset) : named.equals(StandardCharsets.UTF_8);
    return agrees ? form.charset : null;
  }

  private static Form formOf(byte[] head) {
    int first = head.length > 1 ? (head[0] & 0xFF) << 8 | head[1] & 0xFF : -1;
    int second = head.length > 3 ? (head[2] & 0xFF) << 8 | head[3] & 0xFF : -1;
    if (first == 0xEFBB && head.length > 2 && (head[2] & 0xFF) == 0xBF) {
      return Form.UTF_8_MARKED;
    }
    if (first == 0xFEFF || first == 0xFFFE) {
      return first == 0xFEFF ? Form.UTF_16BE_MARKED : Form.UTF_16LE_MARKED;
    }
    if (first == 0x003C && second == 0x003F) {
      return Form.UTF_16BE;
    }
    return first == 0x3C00 && second == 0x3F00 ? Form.UTF_16LE : Form.ONE_BYTE;
  }

  /**
   * Reads the head as characters, enough to find the declaration: UTF-16 units, or bytes where
   * all but ASCII stand for U+FFFD.
   */
  private static String text(byte[] head, Form form) {
    StringBuilder text = new StringBuilder(head.length);
    int width = form.isUtf16() ? 2 : 1;
    for (int i = form.markLength; i + width <= head.length; i += width) {
      int first = head[i] & 0xFF;
      int unit = width == 1 ? first : form.charset == StandardCharsets.UTF_16BE
          ? first << 8 | head[i + 1] & 0xFF : (head[i + 1] & 0xFF) << 8 | first;
      text.append(unit < 0x80 || width == 2 ? (char) unit : '\uFFFD');
    }
    return text.toString();
  }

  private static int lineAt(String text, int at) {
    int line = 1;
    for (int i = 0; i < at; i++) {
      char c = text.charAt(i);
      if (c == '\n' && (i == 0 || text.charAt(i - 1) != '\r') || c == '\r') {
        line++;
      }
    }
    return line;
  }

  private static int columnAt(String text, int at) {
    int lineStart = Math.max(text.lastIndexOf('\n', at - 1), text.lastIndexOf('\r', at - 1));
    return at - lineStart;
  }

  private static @Nullable Charset named(String name) {
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }
}
