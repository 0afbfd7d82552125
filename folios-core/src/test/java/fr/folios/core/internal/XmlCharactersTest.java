package fr.folios.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.InvalidInputException;
import fr.folios.core.directory.aaf.AafReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.stream.XMLStreamConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tests the strict decoding of XML bytes before the parser, which printed "[Fatal Error]" to the
 * standard error when it decoded bad bytes itself.
 */
class XmlCharactersTest {

  private static final XmlCursor.Rules RULES = new XmlCursor.Rules(8, "", "drop the subset");

  private static final String TEXT = "Œuvres sociales 5 € : cœur, Léonore";

  @Test
  void aafRead_printsNothingToStandardError_whenBytesBreakTheDeclaredUtf8() throws IOException {
    byte[] latin1 = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ficAlimMENESR>\n<addRequest>"
        + "<attr>\u00e9</attr></addRequest></ficAlimMENESR>").getBytes("ISO-8859-1");
    List<Object> records = new ArrayList<>();
    RuntimeException[] thrown = new RuntimeException[1];

    String printed = standardErrorOf(() -> {
      try {
        AafReader.read(new ByteArrayInputStream(latin1), "latin1.xml", records::add);
      } catch (RuntimeException e) {
        thrown[0] = e;
      }
    });

    assertThat(printed).isEmpty();
    assertThat(thrown[0]).isInstanceOf(InvalidInputException.class)
        .hasMessage("file 'latin1.xml', line 3, column 19: bytes that are not valid UTF-8"
            + " (E9 at byte offset 73): check the file's encoding declaration, or ask for a new"
            + " export");
    assertThat(records).isEmpty();
  }

  @Test
  void nextEvent_namesTheByteOffsetOfBadBytesBeyondTheFirstBuffers() {
    String head = "<r>" + "x".repeat(20_000) + "\n\n";
    byte[] utf8 = (head + "é</r>").getBytes(StandardCharsets.UTF_8);
    utf8[head.length() + 1] = 'x';

    assertThatThrownBy(() -> readText(utf8)).isInstanceOf(InvalidInputException.class)
        .hasMessage("file 'f.xml', line 3, column 1: bytes that are not valid UTF-8 (C3 at byte"
            + " offset " + head.length() + "): check the file's encoding declaration, or ask for"
            + " a new export");
  }

  @Test
  void nextEvent_refusesAFileCutInTheMiddleOfACharacter() {
    byte[] cut = "<r>€".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = Arrays.copyOf(cut, cut.length - 1);

    assertThatThrownBy(() -> readText(bytes)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("bytes that are not valid UTF-8 (E2 82 at byte offset 3)");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("encodings")
  void nextEvent_readsEachEncodingAsBefore(String name, byte[] bytes) {
    String[] text = new String[1];

    String printed = standardErrorOf(() -> text[0] = readText(bytes));

    assertThat(text[0]).isEqualTo(TEXT);
    assertThat(printed).isEmpty();
  }

  static Stream<Arguments> encodings() {
    String declared = "<?xml version=\"1.0\" encoding=\"%s\"?>\n<r>" + TEXT + "</r>";
    String plain = "<r>" + TEXT + "</r>";
    Charset latin9 = Charset.forName("ISO-8859-15");
    return Stream.of(
        Arguments.of("ISO-8859-15", String.format(declared, "ISO-8859-15").getBytes(latin9)),
        Arguments.of("iso-8859-15 in lower case", String.format(declared, "iso-8859-15")
            .getBytes(latin9)),
        Arguments.of("UTF-8 without declaration", plain.getBytes(StandardCharsets.UTF_8)),
        Arguments.of("UTF-8 with its byte order mark", ("\uFEFF" + plain)
            .getBytes(StandardCharsets.UTF_8)),
        Arguments.of("UTF-16BE with a byte order mark", ("\uFEFF" + plain)
            .getBytes(StandardCharsets.UTF_16BE)),
        Arguments.of("UTF-16LE with a byte order mark", ("\uFEFF" + String.format(declared,
            "UTF-16")).getBytes(StandardCharsets.UTF_16LE)),
        Arguments.of("UTF-16BE declared only", String.format(declared, "UTF-16")
            .getBytes(StandardCharsets.UTF_16BE)),
        Arguments.of("UTF-16LE declared only", String.format(declared, "UTF-16")
            .getBytes(StandardCharsets.UTF_16LE)));
  }

  @Test
  void open_refusesADeclarationThatContradictsTheByteOrderMark() {
    byte[] bytes = "\uFEFF<?xml version='1.0'\n  encoding='ISO-8859-1'?><r/>"
        .getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> readText(bytes)).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("file 'f.xml', line 2, column 13: the file is to be read as"
            + " ISO-8859-1, which does not match its first bytes");
  }

  @Test
  void open_refusesADeclarationLongerThanTheHeadItReads() {
    String declaration = "<?xml version='1.0'" + " ".repeat(XmlEncoding.HEAD_BYTES) + "?><r/>";

    assertThatThrownBy(() -> readText(declaration.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("file 'f.xml', byte offset 0: the XML declaration runs past the first 4096"
            + " bytes; Folios reads shorter ones: shorten it, or ask for a new export");
  }

  @Test
  void open_turnsAStreamFailureInTheHeadIntoUncheckedIoException() {
    InputStream failing = new SequenceInputStream(new ByteArrayInputStream(new byte[] {'<'}),
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk gone");
          }
        });

    assertThatThrownBy(() -> XmlCursor.open(failing, "f.xml", RULES))
        .isInstanceOf(UncheckedIOException.class).hasMessage("could not read 'f.xml': disk gone");
  }

  /** Reads the text of the root element. */
  private static String readText(byte[] bytes) {
    StringBuilder text = new StringBuilder();
    try (XmlCursor cursor = XmlCursor.open(new ByteArrayInputStream(bytes), "f.xml", RULES)) {
      cursor.enterRoot();
      int event;
      while ((event = cursor.nextEvent()) != XMLStreamConstants.END_DOCUMENT) {
        if (XmlCursor.isText(event)) {
          text.append(cursor.xml().getText());
        }
      }
    }
    return text.toString();
  }

  /** Runs an action and returns what it printed to the standard error. */
  private static String standardErrorOf(Runnable action) {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      action.run();
    } finally {
      System.setErr(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}
