package fr.folios.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Passes an XML document's bytes through unchanged and fails as soon as one piece of markup
 * grows longer than a limit. Not part of the API: {@link XmlCursor} puts it between the stream
 * and the parser.
 *
 * <p>The JDK's parser holds each tag with its attributes, comment, CDATA section, processing
 * instruction, document type declaration and character reference whole in memory before it
 * hands it on, so that one such piece of a few megabytes exhausts a small heap. This stream
 * follows the markup with a small state machine (outside markup, in a tag where a {@code >}
 * between quotes does not end it, in a comment, a CDATA section, a processing instruction, a
 * document type declaration and its internal subset, in a reference) and counts the bytes of
 * the current piece; the piece that passes the limit fails the read that brings it, with a
 * {@link Refusal}. Text between elements is not counted: the parser streams it in chunks.
 *
 * <p>It reads the bytes where the parser put them and keeps none but the first four, which tell
 * how characters are encoded: one byte for an ASCII character (UTF-8, ISO-8859-1,
 * ISO-8859-15…), or two for a document that starts with a UTF-16 byte order mark or with
 * {@code <?} in UTF-16. A document whose first bytes mark UTF-32 or EBCDIC is refused there.
 * The encoding a declaration names is checked afterwards with {@link #reads(String)}.
 *
 * <p>Closing it leaves the underlying stream open: its owner closes it. Not thread-safe.
 */
final class XmlMarkupGuard extends InputStream {

  private static final int HEAD_BYTES = 4;
  private static final int NOT_YET = -1;

  // Where the stream is: outside markup, or in which part of which piece.
  private static final int TEXT = 0;
  private static final int OPEN = 1;
  private static final int TAG = 2;
  private static final int TAG_QUOTED = 3;
  private static final int BANG = 4;
  private static final int BANG_DASH = 5;
  private static final int COMMENT = 6;
  private static final int CDATA = 7;
  private static final int PROCESSING_INSTRUCTION = 8;
  private static final int DOCTYPE = 9;
  private static final int DOCTYPE_QUOTED = 10;
  private static final int SUBSET = 11;
  private static final int SUBSET_QUOTED = 12;
  private static final int SUBSET_OPEN = 13;
  private static final int SUBSET_BANG = 14;
  private static final int SUBSET_BANG_DASH = 15;
  private static final int SUBSET_COMMENT = 16;
  private static final int SUBSET_PROCESSING_INSTRUCTION = 17;
  private static final int REFERENCE = 18;
  private static final int STATES = 19;

  /** For each state, the bytes that may change it; others just pass. */
  private static final boolean[][] STOPS = stops();

  private final InputStream in;
  private final int limit;
  private final int[] head = new int[HEAD_BYTES];
  private int headLength;
  private Encoding encoding = Encoding.UNDECIDED;
  private int firstByteOfUnit = NOT_YET;
  private long offset;
  private int state = TEXT;
  private Construct construct = Construct.START_TAG;
  private long constructOffset;
  private int quote;
  private int streak;
  private @Nullable Refusal refusal;

  /** What the counted piece of markup is, as named in a refusal. */
  enum Construct {
    START_TAG("a start tag with its attributes"),
    END_TAG("an end tag"),
    COMMENT("a comment"),
    CDATA("a CDATA section"),
    PROCESSING_INSTRUCTION("a processing instruction"),
    DOCTYPE("a document type declaration"),
    REFERENCE("a character or entity reference");

    private final String description;

    Construct(String description) {
      this.description = description;
    }

    /** Returns the construct with its article, e.g. "a comment". */
    String description() {
      return description;
    }
  }

  private enum Encoding {
    UNDECIDED, ONE_BYTE, UTF_16BE, UTF_16LE
  }

  /**
   * Why the stream stopped: a piece of markup over the limit, or an encoding it cannot follow.
   * The parser passes it on as the cause of its own failure.
   */
  static final class Refusal extends IOException {

    private static final long serialVersionUID = 1L;

    private final long offset;

    Refusal(long offset, String reason) {
      super(reason);
      this.offset = offset;
    }

    /** Returns the offset of the refused piece's first byte, counting from 0. */
    long offset() {
      return offset;
    }

    /** Returns what is wrong and the way out. */
    String reason() {
      return String.valueOf(getMessage());
    }
  }

  /**
   * Wraps a stream.
   *
   * @param in the document's bytes
   * @param limit the most bytes one piece of markup may hold, its delimiters included
   */
  XmlMarkupGuard(InputStream in, int limit) {
    this.in = Objects.requireNonNull(in, "in");
    if (limit < 1) {
      throw new IllegalArgumentException("limit is " + limit + ": allow at least 1 byte");
    }
    this.limit = limit;
  }

  @Override
  public int read() throws IOException {
    failIfRefused();
    int next = in.read();
    if (next < 0) {
      endOfInput();
    } else {
      accept(next);
    }
    return next;
  }

  @Override
  public int read(byte[] bytes, int from, int length) throws IOException {
    failIfRefused();
    int count = in.read(bytes, from, length);
    if (count < 0) {
      endOfInput();
    } else {
      scan(bytes, from, count);
    }
    return count;
  }

  @Override
  public int available() throws IOException {
    return in.available();
  }

  /** Does nothing: the stream belongs to whoever opened it. */
  @Override
  public void close() {
    // the owner closes the underlying stream
  }

  /**
   * Returns the refusal that stopped this stream, if one did: the parser may wrap it.
   *
   * @return the refusal, or {@code null} while the stream has refused nothing
   */
  @Nullable Refusal refusal() {
    return refusal;
  }

  /**
   * Tells whether this stream follows the markup of a document the parser decodes with an
   * encoding: UTF-8 or a single-byte encoding that keeps ASCII where the document starts like
   * ASCII, UTF-16 in the same byte order where it starts like UTF-16.
   *
   * @param name the encoding the parser reports, or {@code null} for its default, UTF-8
   * @return {@code true} if every piece of markup is counted
   * @throws Refusal if the first bytes, read only now, mark an encoding this stream refuses
   */
  boolean reads(@Nullable String name) throws Refusal {
    if (encoding == Encoding.UNDECIDED) {
      decide();
    }
    Charset charset = charset(name == null ? "UTF-8" : name);
    if (charset == null) {
      return false;
    }
    return switch (encoding) {
      case UTF_16BE -> charset.equals(StandardCharsets.UTF_16BE)
          || charset.equals(StandardCharsets.UTF_16);
      case UTF_16LE -> charset.equals(StandardCharsets.UTF_16LE);
      default -> charset.equals(StandardCharsets.UTF_8) || keepsAsciiInOneByte(charset);
    };
  }

  /** Tells whether the stream is outside markup, as it is at the end of a whole document. */
  boolean outsideMarkup() {
    return state == TEXT;
  }

  private void failIfRefused() throws Refusal {
    if (refusal != null) {
      throw refusal;
    }
  }

  private void endOfInput() throws Refusal {
    if (encoding == Encoding.UNDECIDED) {
      decide();
    }
  }

  private void scan(byte[] bytes, int from, int count) throws Refusal {
    if (encoding == Encoding.ONE_BYTE) {
      scanOneByte(bytes, from, from + count);
    } else {
      for (int i = from; i < from + count; i++) {
        accept(bytes[i] & 0xFF);
      }
    }
  }

  /**
   * Reads one-byte characters, going through those that cannot change the state, such as the
   * letters of a name, in a tight loop; then checks the piece still open.
   */
  private void scanOneByte(byte[] bytes, int from, int end) throws Refusal {
    int i = from;
    while (i < end) {
      boolean[] stops = STOPS[state];
      int start = i;
      while (i < end && !stops[bytes[i] & 0xFF]) {
        i++;
      }
      if (i > start) {
        offset += i - start;
        streak = 0;
      }
      if (i < end) {
        step(bytes[i] & 0xFF, 1);
        i++;
      }
    }
    checkOpenPiece();
  }

  private void accept(int value) throws Refusal {
    switch (encoding) {
      case ONE_BYTE -> {
        step(value, 1);
        checkOpenPiece();
      }
      case UNDECIDED -> remember(value);
      default -> pair(value);
    }
  }

  private void remember(int value) throws Refusal {
    head[headLength++] = value;
    if (headLength == HEAD_BYTES) {
      decide();
    }
  }

  /** Chooses how to read units from the first bytes, then reads those bytes that way. */
  private void decide() throws Refusal {
    encoding = encodingOfHead();
    for (int i = 0; i < headLength; i++) {
      accept(head[i]);
    }
  }

  private Encoding encodingOfHead() throws Refusal {
    int first = headLength > 1 ? head[0] << 8 | head[1] : NOT_YET;
    int second = headLength > 3 ? head[2] << 8 | head[3] : NOT_YET;
    if (first == 0 || second == 0 || first == 0x4C6F && second == 0xA794) {
      throw refuse(new Refusal(0, "the file starts with the bytes " + headInHex()
          + ", which mark UTF-32 or EBCDIC; Folios reads UTF-8, UTF-16 and single-byte"
          + " encodings such as ISO-8859-1: export the file in UTF-8"));
    }
    if (first == 0xFEFF || first == 0x003C && second == 0x003F) {
      return Encoding.UTF_16BE;
    }
    if (first == 0xFFFE || first == 0x3C00 && second == 0x3F00) {
      return Encoding.UTF_16LE;
    }
    return Encoding.ONE_BYTE;
  }

  private String headInHex() {
    StringBuilder hex = new StringBuilder();
    for (int i = 0; i < headLength; i++) {
      hex.append(i == 0 ? "" : " ").append(String.format("%02X", head[i]));
    }
    return hex.toString();
  }

  private void pair(int value) throws Refusal {
    if (firstByteOfUnit == NOT_YET) {
      firstByteOfUnit = value;
      return;
    }
    int unit = encoding == Encoding.UTF_16BE ? firstByteOfUnit << 8 | value
        : value << 8 | firstByteOfUnit;
    firstByteOfUnit = NOT_YET;
    step(unit, 2);
    checkOpenPiece();
  }

  /**
   * Reads one character, or one UTF-16 unit, of {@code width} bytes. A piece of markup is
   * measured when it ends, and when the bytes read so far run out while it is open.
   */
  private void step(int unit, int width) throws Refusal {
    if (state == REFERENCE && !isInReference(unit)) {
      checkLength(offset);
      state = TEXT;
    }
    if (state == TEXT) {
      enterMarkup(unit);
    } else {
      state = next(unit);
      if (state == TEXT) {
        checkLength(offset + width);
      }
    }
    offset += width;
  }

  private void enterMarkup(int unit) {
    if (unit == '<') {
      begin(OPEN, Construct.START_TAG);
    } else if (unit == '&') {
      begin(REFERENCE, Construct.REFERENCE);
    }
  }

  private void begin(int first, Construct kind) {
    state = first;
    construct = kind;
    constructOffset = offset;
  }

  /** Refuses the piece of markup still open if it is already longer than the limit. */
  private void checkOpenPiece() throws Refusal {
    if (state != TEXT) {
      checkLength(offset);
    }
  }

  /** Refuses the current piece of markup if it is longer than the limit at {@code end}. */
  private void checkLength(long end) throws Refusal {
    if (end - constructOffset > limit) {
      throw refuse(new Refusal(constructOffset, construct.description()
          + " longer than " + limit + " bytes; Folios refuses markup this large: remove it or"
          + " ask for a new export"));
    }
  }

  private Refusal refuse(Refusal reason) {
    refusal = reason;
    return reason;
  }

  private int next(int unit) {
    return switch (state) {
      case OPEN -> afterOpen(unit);
      case TAG -> inTag(unit);
      case TAG_QUOTED -> unit == quote ? TAG : TAG_QUOTED;
      case BANG -> afterBang(unit);
      case BANG_DASH -> unit == '-' ? beginComment() : doctype(unit);
      case COMMENT -> inComment(unit, TEXT);
      case CDATA -> inCdata(unit);
      case PROCESSING_INSTRUCTION -> inProcessingInstruction(unit, TEXT);
      case DOCTYPE -> inDoctype(unit);
      case DOCTYPE_QUOTED -> unit == quote ? DOCTYPE : DOCTYPE_QUOTED;
      case SUBSET -> inSubset(unit);
      case SUBSET_QUOTED -> unit == quote ? SUBSET : SUBSET_QUOTED;
      case SUBSET_OPEN -> afterSubsetOpen(unit);
      case SUBSET_BANG -> unit == '-' ? SUBSET_BANG_DASH : inSubset(unit);
      case SUBSET_BANG_DASH -> unit == '-' ? startStreak(SUBSET_COMMENT) : inSubset(unit);
      case SUBSET_COMMENT -> inComment(unit, SUBSET);
      case SUBSET_PROCESSING_INSTRUCTION -> inProcessingInstruction(unit, SUBSET);
      case REFERENCE -> unit == ';' ? TEXT : REFERENCE;
      default -> TEXT;
    };
  }

  private int afterOpen(int unit) {
    if (unit == '!') {
      return BANG;
    }
    if (unit == '?') {
      construct = Construct.PROCESSING_INSTRUCTION;
      return startStreak(PROCESSING_INSTRUCTION);
    }
    if (unit == '/') {
      construct = Construct.END_TAG;
      return TAG;
    }
    return inTag(unit);
  }

  private int inTag(int unit) {
    if (unit == '"' || unit == '\'') {
      quote = unit;
      return TAG_QUOTED;
    }
    return unit == '>' ? TEXT : TAG;
  }

  private int afterBang(int unit) {
    if (unit == '-') {
      return BANG_DASH;
    }
    if (unit == '[') {
      construct = Construct.CDATA;
      return startStreak(CDATA);
    }
    return doctype(unit);
  }

  private int beginComment() {
    construct = Construct.COMMENT;
    return startStreak(COMMENT);
  }

  private int doctype(int unit) {
    construct = Construct.DOCTYPE;
    return inDoctype(unit);
  }

  /** Enters a state that ends on a run of two dashes, two brackets or one question mark. */
  private int startStreak(int ending) {
    streak = 0;
    return ending;
  }

  /** Follows {@code -->}: two dashes or more, then {@code >}. */
  private int inComment(int unit, int after) {
    if (unit == '>' && streak >= 2) {
      return after;
    }
    streak = unit == '-' ? streak + 1 : 0;
    return after == TEXT ? COMMENT : SUBSET_COMMENT;
  }

  /** Follows {@code ]]>}: two brackets or more, then {@code >}. */
  private int inCdata(int unit) {
    if (unit == '>' && streak >= 2) {
      return TEXT;
    }
    streak = unit == ']' ? streak + 1 : 0;
    return CDATA;
  }

  /** Follows {@code ?>}. */
  private int inProcessingInstruction(int unit, int after) {
    if (unit == '>' && streak >= 1) {
      return after;
    }
    streak = unit == '?' ? 1 : 0;
    return after == TEXT ? PROCESSING_INSTRUCTION : SUBSET_PROCESSING_INSTRUCTION;
  }

  private int inDoctype(int unit) {
    if (unit == '"' || unit == '\'') {
      quote = unit;
      return DOCTYPE_QUOTED;
    }
    if (unit == '[') {
      return SUBSET;
    }
    return unit == '>' ? TEXT : DOCTYPE;
  }

  /** Follows the internal subset to its {@code ]}, past comments, instructions and literals. */
  private int inSubset(int unit) {
    if (unit == '"' || unit == '\'') {
      quote = unit;
      return SUBSET_QUOTED;
    }
    if (unit == '<') {
      return SUBSET_OPEN;
    }
    return unit == ']' ? DOCTYPE : SUBSET;
  }

  private int afterSubsetOpen(int unit) {
    if (unit == '!') {
      return SUBSET_BANG;
    }
    return unit == '?' ? startStreak(SUBSET_PROCESSING_INSTRUCTION) : inSubset(unit);
  }

  /** Tells whether a unit continues a reference: a name character, {@code #} or {@code ;}. */
  private static boolean isInReference(int unit) {
    return unit >= 'a' && unit <= 'z' || unit >= 'A' && unit <= 'Z' || unit >= '0' && unit <= '9'
        || unit == '#' || unit == ';' || unit == '_' || unit == ':' || unit == '.' || unit == '-'
        || unit >= 0x80;
  }

  private static boolean[][] stops() {
    boolean[][] stops = new boolean[STATES][256];
    for (int state = 0; state < STATES; state++) {
      String bytes = switch (state) {
        case TEXT -> "<&";
        case TAG, DOCTYPE -> "\"'>[";
        case TAG_QUOTED, DOCTYPE_QUOTED, SUBSET_QUOTED -> "\"'";
        case COMMENT, SUBSET_COMMENT -> "->";
        case CDATA -> "]>";
        case PROCESSING_INSTRUCTION, SUBSET_PROCESSING_INSTRUCTION -> "?>";
        case SUBSET -> "\"'<]";
        case REFERENCE -> ";";
        default -> null;
      };
      for (int value = 0; value < 256; value++) {
        stops[state][value] = bytes == null || bytes.indexOf(value) >= 0
            || state == REFERENCE && !isInReference(value);
      }
    }
    return stops;
  }

  private static @Nullable Charset charset(String name) {
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  /** Tells whether a charset writes each character in one byte, and ASCII as ASCII. */
  private static boolean keepsAsciiInOneByte(Charset charset) {
    if (!charset.canEncode() || charset.newEncoder().maxBytesPerChar() != 1.0f) {
      return false;
    }
    byte[] ascii = new byte[128];
    for (int i = 0; i < ascii.length; i++) {
      ascii[i] = (byte) i;
    }
    String decoded = new String(ascii, charset);
    return decoded.equals(new String(ascii, StandardCharsets.US_ASCII));
  }
}
