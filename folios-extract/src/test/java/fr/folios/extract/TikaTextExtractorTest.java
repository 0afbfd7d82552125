package fr.folios.extract;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

class TikaTextExtractorTest {

  private static final String ODT = "application/vnd.oasis.opendocument.text";

  private final TikaTextExtractor extractor = TikaTextExtractor.create();

  @Test
  void extract_readsThePagesOfAPdf() throws IOException {
    byte[] pdf = pdf("Stage d'observation en boulangerie", "Rapport de troisieme");

    String text = extract("application/pdf", pdf, 10_000);

    assertThat(text).contains("Stage d'observation en boulangerie")
        .contains("Rapport de troisieme");
  }

  @Test
  void extract_readsTheParagraphsOfAnOpenDocumentText() throws IOException {
    byte[] odt = openDocument(paragraphs("Projet d'orientation : devenir ébéniste"));

    assertThat(extract(ODT, odt, 10_000)).contains("Projet d'orientation : devenir ébéniste");
  }

  @Test
  void extract_readsTheWordsOfHtml_neverItsScriptsOrStyles() throws IOException {
    String html = "<html><head><title>Titre</title><style>.x{color:red}</style>"
        + "<script>alert('volé')</script></head><body><p>Bonjour <b>élève</b></p>"
        + "<img src=x onerror=\"steal()\"></body></html>";

    String text = extract("text/html", html.getBytes(UTF_8), 10_000);

    assertThat(text).contains("Bonjour élève").doesNotContain("alert").doesNotContain("color")
        .doesNotContain("steal");
  }

  @Test
  void extract_stopsAtTheCharactersAsked() throws IOException {
    String html = "<p>" + "mot ".repeat(10_000) + "</p>";

    assertThat(extract("text/html", html.getBytes(UTF_8), 100)).hasSizeLessThanOrEqualTo(100)
        .startsWith("mot mot");
    assertThat(extract("application/pdf", pdf("abcdefghij".repeat(8)), 20))
        .hasSizeLessThanOrEqualTo(20);
  }

  @Test
  void extract_refusesAMalformedPdf_namingItsType() {
    byte[] broken = "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage".getBytes(UTF_8);

    assertThatThrownBy(() -> extract("application/pdf", broken, 1_000))
        .isInstanceOf(IOException.class).hasMessageContaining("application/pdf")
        .hasMessageContaining("findable by its name");
  }

  @Test
  void extract_cutsACompressionBombAtTheCharactersAsked_andRefusesItBeyond() throws IOException {
    byte[] bomb = openDocument(paragraphs("a ".repeat(15_000_000)));
    assertThat(bomb.length).isLessThan(200_000);

    assertThat(extract(ODT, bomb, 10_000)).hasSizeLessThanOrEqualTo(10_000).startsWith("a a");
    assertThatThrownBy(() -> extract(ODT, bomb, Integer.MAX_VALUE))
        .isInstanceOf(IOException.class).hasMessageContaining("expands far beyond its size");
  }

  @Test
  void extract_neverReadsAnExternalEntity() throws IOException {
    String content = "<?xml version=\"1.0\"?><!DOCTYPE doc [<!ENTITY secret SYSTEM"
        + " \"file:///etc/hostname\">]>" + paragraphs("avant &secret; après").substring(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>".length());
    byte[] odt = openDocument(content);
    String hostname = new String(java.nio.file.Files.readAllBytes(
        java.nio.file.Path.of("/etc/hostname")), UTF_8).strip();

    String text;
    try {
      text = extract(ODT, odt, 10_000);
    } catch (IOException refused) {
      text = "";
    }

    assertThat(text).doesNotContain(hostname);
  }

  @Test
  void extract_leavesTheCallersStreamOpen() throws IOException {
    boolean[] closed = {false};
    InputStream content = new FilterInputStream(new ByteArrayInputStream(pdf("ouvert"))) {
      @Override
      public void close() throws IOException {
        closed[0] = true;
        super.close();
      }
    };

    extractor.extract("application/pdf", content, 1_000);

    assertThat(closed[0]).isFalse();
  }

  @Test
  void extract_readsPlainTextAndMarkdownItself_andNothingElse() throws IOException {
    assertThat(extract("text/markdown", "# Titre\n*gras*".getBytes(UTF_8), 100))
        .contains("Titre").contains("gras");
    assertThat(extractor.reads("application/zip")).isFalse();
    assertThat(extract("application/zip", new byte[] {1, 2, 3}, 100)).isEmpty();
    assertThat(extractor.types()).contains("application/pdf", ODT, "text/html", "text/plain");
  }

  private String extract(String type, byte[] bytes, int maxChars) throws IOException {
    return extractor.extract(type, new ByteArrayInputStream(bytes), maxChars);
  }

  /** {@return a PDF with one page per line of text} */
  static byte[] pdf(String... lines) throws IOException {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String line : lines) {
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
          stream.beginText();
          stream.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
          stream.newLineAtOffset(50, 700);
          stream.showText(line);
          stream.endText();
        }
      }
      document.save(out);
      return out.toByteArray();
    }
  }

  /** {@return the content.xml of an OpenDocument text holding one paragraph} */
  static String paragraphs(String text) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<office:document-content"
        + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
        + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.3\">"
        + "<office:body><office:text><text:p>" + text + "</text:p></office:text></office:body>"
        + "</office:document-content>";
  }

  /** {@return an OpenDocument text package around a content.xml} */
  static byte[] openDocument(String contentXml) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      byte[] mimetype = ODT.getBytes(UTF_8);
      ZipEntry first = new ZipEntry("mimetype");
      first.setMethod(ZipEntry.STORED);
      first.setSize(mimetype.length);
      CRC32 crc = new CRC32();
      crc.update(mimetype);
      first.setCrc(crc.getValue());
      zip.putNextEntry(first);
      zip.write(mimetype);
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write(contentXml.getBytes(UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
      zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest"
          + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
          + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + ODT
          + "\"/><manifest:file-entry manifest:full-path=\"content.xml\""
          + " manifest:media-type=\"text/xml\"/></manifest:manifest>").getBytes(UTF_8));
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }
}
