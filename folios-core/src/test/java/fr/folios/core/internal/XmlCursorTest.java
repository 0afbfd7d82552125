package fr.folios.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.stream.XMLStreamConstants;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class XmlCursorTest {

  private static final XmlCursor.Rules RULES =
      new XmlCursor.Rules(4, ": this is too deep", "drop the subset");

  private static final int LIMIT = XmlCursor.MAX_MARKUP_BYTES;

  private static final String WAY_OUT = "; Folios refuses markup this large: remove it or ask"
      + " for a new export";

  /**
   * One kind of markup, written with a run of one character inside so that the whole piece,
   * from {@code open} to {@code close}, has a chosen number of bytes.
   */
  record Markup(String kind, String before, String open, char fill, String close,
      String after) {

    GeneratedXml sized(long bytes) {
      long fillCount = bytes - open.length() - close.length();
      return GeneratedXml.filled(before + open, fill, fillCount, close + after);
    }

    String refusal() {
      return "file 'f.xml', byte offset " + before.length() + ": " + kind + " longer than "
          + LIMIT + " bytes" + WAY_OUT;
    }

    @Override
    public String toString() {
      return open + fill + "…" + close;
    }
  }

  static Stream<Markup> markup() {
    return Stream.of(
        new Markup("a comment", "<r>", "<!--", 'x', "-->", "</r>"),
        new Markup("a CDATA section", "<r>", "<![CDATA[", ']', "]]>", "</r>"),
        new Markup("a processing instruction", "<r>", "<?pi ", '?', "?>", "</r>"),
        new Markup("a start tag with its attributes", "", "<r a=\"", '>', "\">", "</r>"),
        new Markup("a start tag with its attributes", "", "<r a='", '"', "'>", "</r>"),
        new Markup("a start tag with its attributes", "", "<r", ' ', ">", "</r>"),
        new Markup("an end tag", "<r>", "</r", ' ', ">", ""),
        new Markup("a document type declaration", "", "<!DOCTYPE r SYSTEM \"", '>', "\">",
            "<r/>"),
        new Markup("a character or entity reference", "<r>", "&#", '0', "65;", "</r>"));
  }

  private static XmlCursor open(String xml, XmlCursor.Rules rules) {
    return XmlCursor.open(bytes(xml), "f.xml", rules);
  }

  private static InputStream bytes(String xml) {
    return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
  }

  private static void readAll(String xml) {
    try (XmlCursor cursor = open(xml, RULES)) {
      cursor.enterRoot();
      cursor.readToEnd();
    }
  }

  @Test
  void nextChild_visitsDirectChildrenOnlyAndSkipsTheirContent() {
    List<String> children = new ArrayList<>();
    try (XmlCursor cursor = open("<r><a><x><y/></x></a>text<!-- c --><b/></r>", RULES)) {
      cursor.enterRoot();
      while (cursor.nextChild(1)) {
        children.add(cursor.xml().getLocalName());
      }
      assertThat(cursor.depth()).isZero();
    }

    assertThat(children).containsExactly("a", "b");
  }

  @Test
  void enterRoot_skipsTheProlog() {
    try (XmlCursor cursor = open("<?xml version='1.0'?><!-- c --><?pi x?><root/>", RULES)) {
      cursor.enterRoot();

      assertThat(cursor.xml().getLocalName()).isEqualTo("root");
      assertThat(cursor.depth()).isEqualTo(1);
    }
  }

  @Test
  void nextEvent_refusesNestingDeeperThanTheRules_withTheReadersAdvice() {
    assertThatThrownBy(() -> readAll("<a><b><c><d><e/></d></c></b></a>"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("file 'f.xml', line 1, column ")
        .hasMessageEndingWith(": elements nest 5 levels deep; the limit is 4: this is too deep");
  }

  @Test
  void nextEvent_refusesAnInternalSubset_withTheReadersWayOut() {
    assertThatThrownBy(() -> readAll("<!DOCTYPE a [<!ENTITY x 'y'>]>\n<a>&x;</a>"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("file 'f.xml', line 1, column ")
        .hasMessageEndingWith("where entities are declared; Folios never reads one:"
            + " drop the subset");
  }

  @Test
  void nextEvent_acceptsASystemDoctypeWithoutOpeningIt() {
    try (XmlCursor cursor = open("<!DOCTYPE a SYSTEM 'missing[1].dtd'><a>&amp;&#233;</a>",
        RULES)) {
      cursor.enterRoot();
      StringBuilder text = new StringBuilder();
      while (XmlCursor.isText(cursor.nextEvent())) {
        text.append(cursor.xml().getText());
      }

      assertThat(text).hasToString("&é");
    }
  }

  @Test
  void nextEvent_refusesACustomEntityReference() {
    assertThatThrownBy(() -> readAll("<a>caf&eacute;</a>"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("file 'f.xml', line 1, column ")
        .hasMessageContaining("the entity reference '&eacute;' is not allowed");
  }

  @Test
  void nextEvent_namesTheFileAndReasonOfMalformedXml() {
    assertThatThrownBy(() -> readAll("<a><b></a>"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("file 'f.xml', line 1, column ")
        .hasMessageContaining("malformed XML (");
  }

  @Test
  void nextEvent_turnsAStreamFailureIntoUncheckedIoException() {
    InputStream failing = new SequenceInputStream(bytes("<a><b>"), new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk gone");
      }
    });

    assertThatThrownBy(() -> {
      try (XmlCursor cursor = XmlCursor.open(failing, "f.xml", RULES)) {
        cursor.readToEnd();
      }
    }).isInstanceOf(UncheckedIOException.class).hasMessage("could not read 'f.xml': disk gone");
  }

  @Test
  void nextEvent_repeatsEndDocumentOnceTheDocumentIsOver() {
    try (XmlCursor cursor = open("<a/>", RULES)) {
      cursor.readToEnd();

      assertThat(cursor.nextEvent()).isEqualTo(XMLStreamConstants.END_DOCUMENT);
      assertThat(cursor.nextChild(0)).isFalse();
    }
  }

  @Test
  void close_leavesTheStreamOpenForItsOwner() {
    boolean[] closed = {false};
    InputStream in = new FilterInputStream(bytes("<a/>")) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };

    try (XmlCursor cursor = XmlCursor.open(in, "f.xml", RULES)) {
      cursor.readToEnd();
    }

    assertThat(closed[0]).isFalse();
  }

  @Test
  void rules_refuseADepthLimitBelowOne() {
    assertThatThrownBy(() -> new XmlCursor.Rules(0, "", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxDepth is 0: allow at least 1");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("markup")
  void nextEvent_readsMarkupOfExactlyTheLimit(Markup markup) {
    GeneratedXml in = markup.sized(LIMIT);

    try (XmlCursor cursor = XmlCursor.open(in, "f.xml", RULES)) {
      cursor.readToEnd();

      assertThat(cursor.depth()).isZero();
    }
    assertThat(in.served()).isGreaterThan(LIMIT);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("markup")
  void nextEvent_refusesMarkupOneByteOverTheLimit_beforeTheParserHoldsIt(Markup markup) {
    GeneratedXml in = markup.sized(LIMIT + 1);

    assertThatThrownBy(() -> {
      try (XmlCursor cursor = XmlCursor.open(in, "f.xml", RULES)) {
        cursor.readToEnd();
      }
    }).isInstanceOf(InvalidInputException.class).hasMessage(markup.refusal());
    assertThat(in.served()).isLessThan(LIMIT + 64 * 1024);
  }

  @Test
  void nextEvent_readsAStartTagOfManyAttributesUpToTheLimit() {
    try (XmlCursor cursor = XmlCursor.open(manyAttributes(LIMIT), "f.xml", RULES)) {
      cursor.enterRoot();

      assertThat(cursor.xml().getAttributeCount()).isEqualTo((LIMIT - 3) / 6000);
      assertThat(cursor.xml().getAttributeValue(null, "a0000000")).hasSize(5988);
    }
  }

  @Test
  void nextEvent_refusesAStartTagOfManyAttributesOverTheLimit() {
    assertThatThrownBy(() -> {
      try (XmlCursor cursor = XmlCursor.open(manyAttributes(LIMIT + 1), "f.xml", RULES)) {
        cursor.enterRoot();
      }
    }).isInstanceOf(InvalidInputException.class).hasMessage("file 'f.xml', byte offset 0: a"
        + " start tag with its attributes longer than 1048576 bytes" + WAY_OUT);
  }

  /**
   * Writes {@code <r a0000000="vvv…" a0000001="vvv…" …>} of the given length: 6,000 bytes per
   * attribute, as JDK 25's parser takes no more than 200 attributes (JDK 17's, 10,000).
   */
  private static GeneratedXml manyAttributes(int tagBytes) {
    int each = 6000;
    long count = (tagBytes - 3) / each;
    String spaces = " ".repeat((tagBytes - 3) % each);
    String value = "v".repeat(each - 12);
    return GeneratedXml.repeated(StandardCharsets.UTF_8, "<r", count + 1,
        i -> i < count ? String.format(" a%07d=\"%s\"", i, value) : spaces, "></r>");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("utf16")
  void nextEvent_countsUtf16MarkupInBytes(String charsetName, String head) {
    Charset charset = Charset.forName(charsetName);
    int around = "<!--".length() + "-->".length();
    String start = head + "<r>";

    try (XmlCursor cursor = XmlCursor.open(GeneratedXml.filled(charset, start + "<!--", 'é',
        LIMIT / 2 - around, "--></r>"), "f.xml", RULES)) {
      cursor.readToEnd();

      assertThat(cursor.depth()).isZero();
    }
    assertThatThrownBy(() -> readAll(GeneratedXml.filled(charset, start + "<!--", 'é',
        LIMIT / 2 - around + 1, "--></r>")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("file 'f.xml', byte offset " + 2 * start.length() + ": a comment longer than"
            + " 1048576 bytes" + WAY_OUT);
  }

  static Stream<Arguments> utf16() {
    String declaration = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>";
    return Stream.of(
        Arguments.of("UTF-16BE", "\uFEFF"),
        Arguments.of("UTF-16LE", "\uFEFF" + declaration),
        Arguments.of("UTF-16BE", declaration),
        Arguments.of("UTF-16LE", declaration));
  }

  @Test
  void nextEvent_countsIso885915MarkupInBytes() {
    String head = "<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?><r>";
    Charset latin9 = Charset.forName("ISO-8859-15");

    assertThatThrownBy(() -> readAll(GeneratedXml.filled(latin9, head + "<!--", '€',
        LIMIT - 6, "--></r>")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("file 'f.xml', byte offset " + head.length() + ": a comment longer than"
            + " 1048576 bytes" + WAY_OUT);
  }

  @Test
  void open_refusesUtf32AndEbcdicFromTheirFirstBytes() throws IOException {
    String xml = "<?xml version=\"1.0\" encoding=\"UTF-32\"?><r/>";

    assertThatThrownBy(() -> readAll(new ByteArrayInputStream(xml.getBytes("UTF-32BE"))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("file 'f.xml', byte offset 0: the file starts with the bytes 00 00 00 3C,"
            + " which mark UTF-32 or EBCDIC; Folios reads UTF-8, UTF-16 and single-byte"
            + " encodings such as ISO-8859-1: export the file in UTF-8");
    assertThatThrownBy(() -> readAll(new ByteArrayInputStream(
        "<?xml version='1.0' encoding='IBM037'?><r/>".getBytes("IBM037"))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("the bytes 4C 6F A7 94, which mark UTF-32 or EBCDIC");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unfollowedEncodings")
  void open_refusesAnEncodingWhoseMarkupItCannotCount(String encoding, byte[] xml) {
    assertThatThrownBy(() -> readAll(new ByteArrayInputStream(xml)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("file 'f.xml', line 1, column ")
        .hasMessageContaining(": the file is to be read as " + encoding + ", which does not"
            + " match its first bytes or is not an encoding Folios reads (UTF-8, UTF-16, or a"
            + " single-byte one such as ISO-8859-1 or ISO-8859-15): export the file in UTF-8");
  }

  static Stream<Arguments> unfollowedEncodings()
      throws IOException {
    return Stream.of(
        Arguments.of("Shift_JIS",
            "<?xml version='1.0' encoding='Shift_JIS'?><r>表</r>".getBytes("Shift_JIS")),
        Arguments.of("UTF-16",
            "<?xml version='1.0' encoding='UTF-16'?><r/>".getBytes(StandardCharsets.US_ASCII)),
        Arguments.of("ISO-8859-1",
            "<?xml version='1.0' encoding='ISO-8859-1'?><r/>".getBytes(StandardCharsets.UTF_16)));
  }

  private static void readAll(InputStream in) {
    try (XmlCursor cursor = XmlCursor.open(in, "f.xml", RULES)) {
      cursor.readToEnd();
    }
  }

  @Property(tries = 200)
  @Label("nesting is read up to the limit and refused one level beyond")
  void depthLimitHoldsExactly(@ForAll @IntRange(min = 1, max = 40) int limit,
      @ForAll @IntRange(min = 1, max = 41) int nesting) {
    XmlCursor.Rules rules = new XmlCursor.Rules(limit, "", "");
    String xml = "<e>".repeat(nesting) + "</e>".repeat(nesting);
    int deepest = 0;

    try (XmlCursor cursor = open(xml, rules)) {
      while (cursor.nextEvent() != XMLStreamConstants.END_DOCUMENT) {
        deepest = Math.max(deepest, cursor.depth());
      }
      assertThat(nesting).isLessThanOrEqualTo(limit);
      assertThat(deepest).isEqualTo(nesting);
      assertThat(cursor.depth()).isZero();
    } catch (InvalidInputException e) {
      assertThat(nesting).isGreaterThan(limit);
      assertThat(e).hasMessageEndingWith("elements nest " + (limit + 1)
          + " levels deep; the limit is " + limit);
    }
  }
}
