package fr.folios.core.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import org.jspecify.annotations.Nullable;

/**
 * Decodes a document's guarded bytes into the characters the parser reads, strictly: a byte
 * that is not valid in the encoding stops the read with an {@link Undecodable} that says where
 * it is. Not part of the API: {@link XmlInput} hands it to the parser, whose own decoding
 * prints "[Fatal Error]" to the standard error on bad bytes, past any logger.
 *
 * <p>Closing it leaves the underlying stream open: its owner closes it. Not thread-safe.
 */
final class XmlCharacters extends Reader {

  private static final int BUFFER = 8192;

  private final XmlMarkupGuard guard;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes;
  private final CharBuffer chars = CharBuffer.allocate(BUFFER).flip();
  private long bytesBefore;
  private boolean endOfInput;
  private boolean flushed;
  private int line = 1;
  private int column = 1;
  private boolean afterCarriageReturn;
  private @Nullable Undecodable undecodable;

  /** Why the read stopped: bytes that are not valid in the encoding. */
  static final class Undecodable extends IOException {

    private static final long serialVersionUID = 1L;

    private final String encoding;
    private final int line;
    private final int column;
    private final long offset;
    private final String bytesInHex;

    Undecodable(String encoding, int line, int column, long offset, String bytesInHex) {
      super("bytes that are not valid " + encoding + " at line " + line + ", column " + column);
      this.encoding = encoding;
      this.line = line;
      this.column = column;
      this.offset = offset;
      this.bytesInHex = bytesInHex;
    }

    /** Returns what is wrong, where in the bytes, and the way out. */
    String reason() {
      return "bytes that are not valid " + encoding + " (" + bytesInHex + " at byte offset "
          + offset + "): check the file's encoding declaration, or ask for a new export";
    }

    /** Returns the line of the first character the bytes would make, from 1. */
    int line() {
      return line;
    }

    /** Returns the column of the first character the bytes would make, from 1. */
    int column() {
      return column;
    }
  }

  /**
   * Decodes the bytes of a guard, after those of its head already read.
   *
   * @param guard the stream, read past the head
   * @param head the first bytes, read from the guard
   * @param from where the characters start in the head, past a byte order mark
   * @param charset the encoding
   */
  XmlCharacters(XmlMarkupGuard guard, byte[] head, int from, Charset charset) {
    this.guard = guard;
    this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    this.bytes = ByteBuffer.allocate(Math.max(BUFFER, head.length));
    bytes.put(head, from, head.length - from).flip();
    this.bytesBefore = from;
  }

  @Override
  public int read(char[] buffer, int from, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (!chars.hasRemaining() && !decodeMore()) {
      return -1;
    }
    int count = Math.min(length, chars.remaining());
    chars.get(buffer, from, count);
    return count;
  }

  /** Does nothing: the stream belongs to whoever opened it. */
  @Override
  public void close() {
    // the owner closes the underlying stream
  }

  /** Returns the refusal of the guard beneath, if it refused. */
  XmlMarkupGuard.@Nullable Refusal refusal() {
    return guard.refusal();
  }

  /** Tells whether the guard beneath read a document type declaration's internal subset. */
  boolean sawInternalSubset() {
    return guard.sawInternalSubset();
  }

  /** Returns the bytes that stopped the read, if some did. */
  @Nullable Undecodable undecodable() {
    return undecodable;
  }

  /** Fills the characters anew; returns {@code false} once the bytes are all decoded. */
  private boolean decodeMore() throws IOException {
    if (undecodable != null) {
      throw undecodable;
    }
    chars.clear();
    while (chars.position() == 0 && !flushed) {
      CoderResult result = decoder.decode(bytes, chars, endOfInput);
      if (result.isError()) {
        count();
        throw undecodable(result.length());
      }
      if (result.isUnderflow() && endOfInput) {
        flushed = decoder.flush(chars).isUnderflow();
      } else if (result.isUnderflow()) {
        readMore();
      }
    }
    count();
    chars.flip();
    return chars.hasRemaining();
  }

  private void readMore() throws IOException {
    bytesBefore += bytes.position();
    bytes.compact();
    int count = guard.read(bytes.array(), bytes.position(), bytes.remaining());
    if (count < 0) {
      endOfInput = true;
    } else {
      bytes.position(bytes.position() + count);
    }
    bytes.flip();
  }

  /** Follows the lines and columns of the characters decoded in this round. */
  private void count() {
    for (int i = 0; i < chars.position(); i++) {
      char c = chars.get(i);
      if (c == '\n' || c == '\r') {
        line += c == '\n' && afterCarriageReturn ? 0 : 1;
        column = 1;
      } else {
        column++;
      }
      afterCarriageReturn = c == '\r';
    }
  }

  private Undecodable undecodable(int length) {
    StringBuilder hex = new StringBuilder();
    for (int i = 0; i < length; i++) {
      hex.append(i == 0 ? "" : " ").append(String.format("%02X", bytes.get(bytes.position() + i)));
    }
    undecodable = new Undecodable(decoder.charset().name(), line, column,
        bytesBefore + bytes.position(), hex.toString());
    return undecodable;
  }
}
