package fr.folios.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class XmlEncodingTest {

  private static XmlEncoding of(String xml, Charset charset) {
    return XmlEncoding.of(xml.getBytes(charset));
  }

  @Test
  void of_readsUtf8WithoutADeclaration() {
    XmlEncoding encoding = of("<r/>", StandardCharsets.UTF_8);

    assertThat(encoding.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(encoding.declared()).isNull();
    assertThat(encoding.byteOrderMarkLength()).isZero();
  }

  @Test
  void of_honoursTheDeclaredEncodingInEitherQuotes() {
    XmlEncoding encoding = of("<?xml version='1.0'\tencoding = 'ISO-8859-15'?><r/>",
        StandardCharsets.US_ASCII);

    assertThat(encoding.charset()).isEqualTo(Charset.forName("ISO-8859-15"));
    assertThat(encoding.declared()).isEqualTo("ISO-8859-15");
    assertThat(encoding.line()).isEqualTo(1);
    assertThat(encoding.column()).isEqualTo(33);
  }

  @Test
  void of_ignoresAnEncodingNamedOutsideTheDeclaration() {
    XmlEncoding encoding = of("<?pi encoding='ISO-8859-1'?><r/>", StandardCharsets.US_ASCII);

    assertThat(encoding.charset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void of_letsTheByteOrderMarkChooseTheOrderOfUtf16() {
    XmlEncoding encoding = of("\uFEFF<?xml version='1.0' encoding='UTF-16'?><r/>",
        StandardCharsets.UTF_16LE);

    assertThat(encoding.charset()).isEqualTo(StandardCharsets.UTF_16LE);
    assertThat(encoding.byteOrderMarkLength()).isEqualTo(2);
  }

  @Test
  void of_skipsTheUtf8ByteOrderMark() {
    XmlEncoding encoding = of("\uFEFF<r/>", StandardCharsets.UTF_8);

    assertThat(encoding.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(encoding.byteOrderMarkLength()).isEqualTo(3);
  }

  @Test
  void charset_isNullForAnUnknownOrContradictedEncoding() {
    assertThat(of("<?xml version='1.0' encoding='X-FOLIOS-9'?><r/>", StandardCharsets.US_ASCII)
        .charset()).isNull();
    assertThat(of("<?xml version='1.0' encoding='UTF-8'?><r/>", StandardCharsets.UTF_16BE)
        .charset()).isNull();
  }
}
