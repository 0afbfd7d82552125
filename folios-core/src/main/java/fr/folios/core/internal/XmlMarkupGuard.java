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
 * follows the markup with a state machine (outside markup, in a tag where a {@code >} between
 * quotes does not end it, in a comment, a CDATA section, a processing instruction, a document
 * type declaration and its internal subset, in a reference) and measures the current piece;
 * the piece that passes the limit fails the read that brings it, with a {@link Refusal}. Text
 * between elements is not counted: the parser streams it in chunks. The machine is a table
 * built once, and the bytes that leave its state as it is are passed over in a tight loop, so
 * that a real file costs about a millisecond per megabyte.
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

  // Where the stream is: outside markup, or in which part of which piece of markup. A run of
  // dashes, brackets or question marks that may end a piece has states of its own, so that the
  // next state always follows from the state and the byte alone.
  private static final int TEXT = 0;
  private static final int OPEN = 1;
  private static final int START_TAG = 2;
  private static final int START_TAG_DOUBLE_QUOTED = 3;
  private static final int START_TAG_SINGLE_QUOTED = 4;
  private static final int END_TAG = 5;
  private static final int BANG = 6;
  private static final int BANG_DASH = 7;
  private static final int COMMENT = 8;
  private static final int COMMENT_DASH = 9;
  private static final int COMMENT_DASHES = 10;
  private static final int CDATA = 11;
  private static final int CDATA_BRACKET = 12;
  private static final int CDATA_BRACKETS = 13;
  private static final int INSTRUCTION = 14;
  private static final int INSTRUCTION_QUESTION = 15;
  private static final int DOCTYPE = 16;
  private static final int DOCTYPE_DOUBLE_QUOTED = 17;
  private static final int DOCTYPE_SINGLE_QUOTED = 18;
  private static final int SUBSET = 19;
  private static final int SUBSET_DOUBLE_QUOTED = 20;
  private static final int SUBSET_SINGLE_QUOTED = 21;
  private static final int SUBSET_OPEN = 22;
  private static final int SUBSET_BANG = 23;
  private static final int SUBSET_BANG_DASH = 24;
  private static final int SUBSET_COMMENT = 25;
  private static final int SUBSET_COMMENT_DASH = 26;
  private static final int SUBSET_COMMENT_DASHES = 27;
  private static final int SUBSET_INSTRUCTION = 28;
  private static final int SUBSET_INSTRUCTION_QUESTION = 29;
  private static final int REFERENCE = 30;
  private static final int STATES = 31;

  // A transition is the next state, plus flags: the byte begins a piece of markup, ends one, or
  // ends a reference before it.
  private static final int STATE_BITS = 0x1F;
  private static final int BEGINS = 0x20;
  private static final int ENDS = 0x40;
  private static final int ENDS_BEFORE = 0x80;

  /** The byte that stands for every character beyond ASCII, which no state tells apart. */
  private static final int BEYOND_ASCII = 0x80;

  /** For each state and byte, the transition. */
  private static final int[] TRANSITIONS = transitions();

  /** For each state, the bytes whose transition is not a plain loop; others just pass. */
  private static final boolean[] STOPS = stops();

  /** For each state, the piece of markup it is part of. */
  private static final Construct[] CONSTRUCTS = constructs();

  private final InputStream in;
  private final int limit;
  private final int[] head = new int[HEAD_BYTES];
  private int headLength;
  private Encoding encoding = Encoding.UNDECIDED;
  private int firstByteOfUnit = NOT_YET;
  private long offset;
  private int state = TEXT;
  private long constructOffset;
  private boolean internalSubset;
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

  /**
   * Tells whether a document type declaration with an internal subset ({@code [}…{@code ]}) went
   * through: the parser does not always show it in the declaration's text.
   *
   * @return {@code true} once the subset's {@code [} was read
   */
  boolean sawInternalSubset() {
    return internalSubset;
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
   * Reads one-byte characters, going through those that leave the state as it is, such as the
   * letters of a name, in a tight loop; then checks the piece still open.
   */
  private void scanOneByte(byte[] bytes, int from, int end) throws Refusal {
    long base = offset - from;
    int i = from;
    while (i < end) {
      int row = state << 8;
      while (i < end && !STOPS[row | bytes[i] & 0xFF]) {
        i++;
      }
      if (i < end) {
        step(bytes[i] & 0xFF, base + i, 1);
        i++;
      }
    }
    offset = base + end;
    checkOpenPiece();
  }

  private void accept(int value) throws Refusal {
    switch (encoding) {
      case ONE_BYTE -> {
        step(value, offset, 1);
        offset++;
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
    step(unit < BEYOND_ASCII ? unit : BEYOND_ASCII, offset, 2);
    offset += 2;
    checkOpenPiece();
  }

  /**
   * Follows one character, or one UTF-16 unit, of {@code width} bytes at {@code at}. A piece of
   * markup is measured when it ends, and when the bytes read so far run out while it is open.
   */
  private void step(int unit, long at, int width) throws Refusal {
    int transition = TRANSITIONS[state << 8 | unit];
    if ((transition & ENDS_BEFORE) != 0) {
      checkLength(at);
    }
    if ((transition & ENDS) != 0) {
      checkLength(at + width);
    }
    if ((transition & BEGINS) != 0) {
      constructOffset = at;
    }
    state = transition & STATE_BITS;
    internalSubset |= state == SUBSET;
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
      throw refuse(new Refusal(constructOffset, CONSTRUCTS[state].description()
          + " longer than " + limit + " bytes; Folios refuses markup this large: remove it or"
          + " ask for a new export"));
    }
  }

  private Refusal refuse(Refusal reason) {
    refusal = reason;
    return reason;
  }

  private static int[] transitions() {
    int[] transitions = new int[STATES << 8];
    for (int state = 0; state < STATES; state++) {
      for (int unit = 0; unit < 256; unit++) {
        transitions[state << 8 | unit] = transition(state, unit);
      }
    }
    return transitions;
  }

  /**
   * Returns the next state with its flags. A reference ends at {@code ;}, or before the first
   * unit that cannot continue it, which may begin the next piece.
   */
  private static int transition(int state, int unit) {
    int next = next(state, unit);
    if (state == REFERENCE && next != REFERENCE) {
      return unit == ';' ? TEXT | ENDS : next | ENDS_BEFORE | (next == TEXT ? 0 : BEGINS);
    }
    if (state == REFERENCE && unit == '&') {
      return next | ENDS_BEFORE | BEGINS;
    }
    if (state == TEXT && next != TEXT) {
      return next | BEGINS;
    }
    return state != TEXT && next == TEXT ? next | ENDS : next;
  }

  private static int next(int state, int unit) {
    return switch (state) {
      case TEXT -> outside(unit);
      case OPEN -> afterOpen(unit);
      case START_TAG -> inStartTag(unit);
      case START_TAG_DOUBLE_QUOTED -> unit == '"' ? START_TAG : state;
      case START_TAG_SINGLE_QUOTED -> unit == '\'' ? START_TAG : state;
      case END_TAG -> unit == '>' ? TEXT : END_TAG;
      case BANG -> afterBang(unit);
      case BANG_DASH -> unit == '-' ? COMMENT : inDoctype(unit);
      case COMMENT, COMMENT_DASH, COMMENT_DASHES -> inComment(state - COMMENT, unit, COMMENT,
          TEXT);
      case CDATA, CDATA_BRACKET, CDATA_BRACKETS -> inCdata(state - CDATA, unit);
      case INSTRUCTION, INSTRUCTION_QUESTION -> inInstruction(state - INSTRUCTION, unit,
          INSTRUCTION, TEXT);
      case DOCTYPE -> inDoctype(unit);
      case DOCTYPE_DOUBLE_QUOTED -> unit == '"' ? DOCTYPE : state;
      case DOCTYPE_SINGLE_QUOTED -> unit == '\'' ? DOCTYPE : state;
      case SUBSET -> inSubset(unit);
      case SUBSET_DOUBLE_QUOTED -> unit == '"' ? SUBSET : state;
      case SUBSET_SINGLE_QUOTED -> unit == '\'' ? SUBSET : state;
      case SUBSET_OPEN -> unit == '!' ? SUBSET_BANG
          : unit == '?' ? SUBSET_INSTRUCTION : inSubset(unit);
      case SUBSET_BANG -> unit == '-' ? SUBSET_BANG_DASH : inSubset(unit);
      case SUBSET_BANG_DASH -> unit == '-' ? SUBSET_COMMENT : inSubset(unit);
      case SUBSET_COMMENT, SUBSET_COMMENT_DASH, SUBSET_COMMENT_DASHES ->
          inComment(state - SUBSET_COMMENT, unit, SUBSET_COMMENT, SUBSET);
      case SUBSET_INSTRUCTION, SUBSET_INSTRUCTION_QUESTION ->
          inInstruction(state - SUBSET_INSTRUCTION, unit, SUBSET_INSTRUCTION, SUBSET);
      default -> isInReference(unit) && unit != ';' ? REFERENCE : outside(unit);
    };
  }

  private static int outside(int unit) {
    return unit == '<' ? OPEN : unit == '&' ? REFERENCE : TEXT;
  }

  private static int afterOpen(int unit) {
    return switch (unit) {
      case '!' -> BANG;
      case '?' -> INSTRUCTION;
      case '/' -> END_TAG;
      default -> inStartTag(unit);
    };
  }

  private static int inStartTag(int unit) {
    return switch (unit) {
      case '"' -> START_TAG_DOUBLE_QUOTED;
      case '\'' -> START_TAG_SINGLE_QUOTED;
      case '>' -> TEXT;
      default -> START_TAG;
    };
  }

  private static int afterBang(int unit) {
    return switch (unit) {
      case '-' -> BANG_DASH;
      case '[' -> CDATA;
      default -> inDoctype(unit);
    };
  }

  /** Follows {@code -->} with {@code dashes} dashes seen (two meaning two or more). */
  private static int inComment(int dashes, int unit, int comment, int after) {
    if (unit == '>' && dashes == 2) {
      return after;
    }
    return comment + (unit == '-' ? Math.min(dashes + 1, 2) : 0);
  }

  /** Follows {@code ]]>} with {@code brackets} brackets seen (two meaning two or more). */
  private static int inCdata(int brackets, int unit) {
    if (unit == '>' && brackets == 2) {
      return TEXT;
    }
    return CDATA + (unit == ']' ? Math.min(brackets + 1, 2) : 0);
  }

  /** Follows {@code ?>}, {@code question} telling whether the last unit was a {@code ?}. */
  private static int inInstruction(int question, int unit, int instruction, int after) {
    if (unit == '>' && question == 1) {
      return after;
    }
    return instruction + (unit == '?' ? 1 : 0);
  }

  private static int inDoctype(int unit) {
    return switch (unit) {
      case '"' -> DOCTYPE_DOUBLE_QUOTED;
      case '\'' -> DOCTYPE_SINGLE_QUOTED;
      case '[' -> SUBSET;
      case '>' -> TEXT;
      default -> DOCTYPE;
    };
  }

  /** Follows the internal subset to its {@code ]}, past comments, instructions and literals. */
  private static int inSubset(int unit) {
    return switch (unit) {
      case '"' -> SUBSET_DOUBLE_QUOTED;
      case '\'' -> SUBSET_SINGLE_QUOTED;
      case '<' -> SUBSET_OPEN;
      case ']' -> DOCTYPE;
      default -> SUBSET;
    };
  }

  /** Tells whether a unit continues a reference: a name character, {@code #} or {@code ;}. */
  private static boolean isInReference(int unit) {
    return unit >= 'a' && unit <= 'z' || unit >= 'A' && unit <= 'Z' || unit >= '0' && unit <= '9'
        || unit == '#' || unit == ';' || unit == '_' || unit == ':' || unit == '.' || unit == '-'
        || unit >= 0x80;
  }

  private static boolean[] stops() {
    boolean[] stops = new boolean[STATES << 8];
    for (int i = 0; i < stops.length; i++) {
      stops[i] = TRANSITIONS[i] != i >> 8;
    }
    return stops;
  }

  private static Construct[] constructs() {
    Construct[] constructs = new Construct[STATES];
    for (int state = 0; state < STATES; state++) {
      constructs[state] = state <= START_TAG_SINGLE_QUOTED ? Construct.START_TAG
          : state == END_TAG ? Construct.END_TAG
          : state >= COMMENT && state <= COMMENT_DASHES ? Construct.COMMENT
          : state >= CDATA && state <= CDATA_BRACKETS ? Construct.CDATA
          : state == INSTRUCTION || state == INSTRUCTION_QUESTION
              ? Construct.PROCESSING_INSTRUCTION
          : state == REFERENCE ? Construct.REFERENCE : Construct.DOCTYPE;
    }
    return constructs;
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
