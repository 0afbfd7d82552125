package fr.folios.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class XmlMarkupGuardTest {

  private static XmlMarkupGuard guard(String xml, int limit) {
    return new XmlMarkupGuard(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
        limit);
  }

  private static byte[] drain(InputStream in, int chunk) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[chunk];
    for (int count = in.read(buffer); count >= 0; count = in.read(buffer)) {
      out.write(buffer, 0, count);
    }
    return out.toByteArray();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      <a b="x>y" c='1">2'>                           | a start tag with its attributes
      </a   >                                        | an end tag
      <!-- a->b - > <c d="-->                        | a comment
      <![CDATA[a]>b]]c<d>]]]>                        | a CDATA section
      <?pi a>b?c? '>'??>                             | a processing instruction
      <!DOCTYPE r SYSTEM "a>[b'.dtd">                | a document type declaration
      <!DOCTYPE r [<!-- ]> ' --><!ENTITY e "]>'">]>  | a document type declaration
      <!DOCTYPE r [<?pi ]>"?><!ATTLIST r a CDATA '>'>] > | a document type declaration
      &#x20AC;                                       | a character or entity reference
      """)
  void read_measuresEachPieceOfMarkupFromItsFirstByteToItsLast(String piece, String kind)
      throws IOException {
    String xml = "text" + piece + "text<r/>";
    int length = piece.getBytes(StandardCharsets.UTF_8).length;

    assertThat(drain(guard(xml, length), 3)).asString(StandardCharsets.UTF_8).isEqualTo(xml);
    assertThatThrownBy(() -> drain(guard(xml, length - 1), 3))
        .isInstanceOf(XmlMarkupGuard.Refusal.class)
        .hasMessage(kind + " longer than " + (length - 1) + " bytes; Folios refuses markup this"
            + " large: remove it or ask for a new export")
        .extracting(e -> ((XmlMarkupGuard.Refusal) e).offset()).isEqualTo(4L);
  }

  @Test
  void read_leavesTextBetweenElementsUncounted() throws IOException {
    String xml = "<r>" + "é > ]]".repeat(1000) + "</r>";

    assertThat(drain(guard(xml, 4), 7)).asString(StandardCharsets.UTF_8).isEqualTo(xml);
  }

  @Test
  void read_endsAReferenceAtTheFirstByteThatCannotContinueIt() throws IOException {
    XmlMarkupGuard guard = guard("<r>&amp<b>&lt x</b></r>", 4);

    assertThat(drain(guard, 1)).hasSize(23);
    assertThat(guard.outsideMarkup()).isTrue();
  }

  @Test
  void read_measuresAReferenceThatEndsWithoutItsSemicolon() {
    assertThatThrownBy(() -> drain(guard("<r>&amp<b/></r>", 3), 4))
        .isInstanceOf(XmlMarkupGuard.Refusal.class)
        .hasMessageStartingWith("a character or entity reference longer than 3 bytes");
  }

  @Test
  void read_countsAPieceSpreadOverManyReads() {
    String xml = "<r><!--" + "x".repeat(100) + "--></r>";

    assertThatThrownBy(() -> drain(guard(xml, 106), 1))
        .isInstanceOf(XmlMarkupGuard.Refusal.class).hasMessageStartingWith("a comment longer");
  }

  @Test
  void read_readsOneByteAtATimeAsItReadsBlocks() throws IOException {
    XmlMarkupGuard guard = guard("<r a='>'/>", 9);

    assertThat(guard.read()).isEqualTo('<');
    assertThatThrownBy(() -> {
      while (guard.read() >= 0) {
        // the tag is ten bytes long
      }
    }).isInstanceOf(XmlMarkupGuard.Refusal.class).hasMessageStartingWith("a start tag");
  }

  @Test
  void read_keepsRefusingOnceItRefused() {
    XmlMarkupGuard guard = guard("<r a='" + "x".repeat(50) + "'/>", 20);

    assertThatThrownBy(() -> drain(guard, 64)).isInstanceOf(XmlMarkupGuard.Refusal.class);
    assertThatThrownBy(guard::read).isSameAs(guard.refusal());
  }

  @Test
  void read_countsUtf16InTwoByteUnits() throws IOException {
    byte[] xml = "\uFEFF<r><!--€ --></r>".getBytes(StandardCharsets.UTF_16BE);

    assertThat(drain(new XmlMarkupGuard(new ByteArrayInputStream(xml), 18), 3)).isEqualTo(xml);
    assertThatThrownBy(() -> drain(new XmlMarkupGuard(new ByteArrayInputStream(xml), 17), 3))
        .isInstanceOf(XmlMarkupGuard.Refusal.class)
        .extracting(e -> ((XmlMarkupGuard.Refusal) e).offset()).isEqualTo(8L);
  }

  @Test
  void read_refusesUtf32FromItsFirstBytes() {
    byte[] xml = {(byte) 0xFF, (byte) 0xFE, 0, 0, '<', 0, 0, 0};

    assertThatThrownBy(() -> drain(new XmlMarkupGuard(new ByteArrayInputStream(xml), 99), 8))
        .isInstanceOf(XmlMarkupGuard.Refusal.class)
        .hasMessageStartingWith("the file starts with the bytes FF FE 00 00, which mark UTF-32"
            + " or EBCDIC");
  }

  @Test
  void reads_followsUtf8AndSingleByteEncodingsThatKeepAscii() throws IOException {
    XmlMarkupGuard guard = guard("<?xml version='1.0'?><r/>", 99);
    drain(guard, 8);

    assertThat(guard.reads(null)).isTrue();
    assertThat(guard.reads("UTF-8")).isTrue();
    assertThat(guard.reads("ISO-8859-1")).isTrue();
    assertThat(guard.reads("ISO-8859-15")).isTrue();
    assertThat(guard.reads("windows-1252")).isTrue();
    assertThat(guard.reads("US-ASCII")).isTrue();
    assertThat(guard.reads("Shift_JIS")).isFalse();
    assertThat(guard.reads("IBM037")).isFalse();
    assertThat(guard.reads("UTF-16")).isFalse();
    assertThat(guard.reads("X-FOLIOS-9")).isFalse();
  }

  @Test
  void reads_followsUtf16OnlyInTheOrderItsFirstBytesShow() throws IOException {
    XmlMarkupGuard guard = new XmlMarkupGuard(new ByteArrayInputStream(
        "<?xml version='1.0'?><r/>".getBytes(StandardCharsets.UTF_16LE)), 99);
    drain(guard, 8);

    assertThat(guard.reads("UTF-16LE")).isTrue();
    assertThat(guard.reads("UTF-16BE")).isFalse();
    assertThat(guard.reads("UTF-8")).isFalse();
    assertThat(guard.reads("ISO-8859-1")).isFalse();
  }

  @Test
  void reads_decidesFromTheFirstBytesEvenBeforeFourAreRead() throws IOException {
    XmlMarkupGuard guard = guard("<r/>", 99);

    assertThat(guard.read()).isEqualTo('<');
    assertThat(guard.reads("UTF-8")).isTrue();
    assertThat(drain(guard, 8)).asString(StandardCharsets.UTF_8).isEqualTo("r/>");
    assertThat(guard.outsideMarkup()).isTrue();
  }

  @Test
  void close_leavesTheUnderlyingStreamOpen() {
    boolean[] closed = {false};
    InputStream in = new FilterInputStream(new ByteArrayInputStream(new byte[0])) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };

    new XmlMarkupGuard(in, 1).close();

    assertThat(closed[0]).isFalse();
  }

  @Test
  void new_refusesALimitBelowOneByte() {
    assertThatThrownBy(() -> guard("", 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit is 0: allow at least 1 byte");
  }
}
