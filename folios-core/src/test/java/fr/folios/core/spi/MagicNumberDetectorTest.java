package fr.folios.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MagicNumberDetectorTest {

  private final TypeDetector detector = MagicNumberDetector.create();

  @ParameterizedTest
  @CsvSource({
      "ffd8ffe0, image/jpeg",
      "89504e470d0a1a0a, image/png",
      "474946383961, image/gif",
      "4d5a900003, application/x-msdownload",
      "7f454c4602, application/x-executable",
      "cffaedfe07, application/x-mach-o-executable",
      "cafebabe00, application/java-vm",
      "d0cf11e0a1b11ae1, application/x-tika-msoffice"})
  void detect_tellsSignaturesWhateverTheName(String hex, String expected) {
    byte[] head = HexFormat.of().parseHex(hex);

    assertThat(detector.detect(head, "devoir.pdf")).isEqualTo(expected);
    assertThat(detector.detect(head, "sans nom")).isEqualTo(expected);
  }

  @Test
  void detect_keepsAPdfNamedTxtAPdf() {
    assertThat(detector.detect(ascii("%PDF-1.4\n"), "notes.txt")).isEqualTo("application/pdf");
  }

  @Test
  void detect_givesUnknownForBytesThatShowNothingWhateverTheName() {
    assertThat(detector.detect(new byte[] {0, 1, 2, 3}, "stage.pdf"))
        .isEqualTo(TypeDetector.UNKNOWN);
    assertThat(detector.detect(new byte[0], "stage.pdf")).isEqualTo(TypeDetector.UNKNOWN);
  }

  @Test
  void detect_narrowsTextByTheNameOnly() {
    byte[] text = "nom;note\nLéa;15\n".getBytes(StandardCharsets.UTF_8);

    assertThat(detector.detect(text, "notes.csv")).isEqualTo("text/csv");
    assertThat(detector.detect(text, "notes.txt")).isEqualTo("text/plain");
    assertThat(detector.detect(text, "notes.bat")).isEqualTo("application/x-bat");
    assertThat(detector.detect(text, "notes.pdf")).isEqualTo("text/plain");
  }

  @Test
  void detect_tellsMarkupAndScriptsFromTheirFirstTag() {
    assertThat(detector.detect(utf8("\uFEFF  <!doctype HTML><p>"), "a.txt"))
        .isEqualTo("text/html");
    assertThat(detector.detect(utf8("<div><script>x()</script>"), "a.txt"))
        .isEqualTo("text/html");
    assertThat(detector.detect(utf8("<?xml version='1.0'?><svg onload='x()'/>"), "a.png"))
        .isEqualTo("image/svg+xml");
    assertThat(detector.detect(utf8("<?xml version='1.0'?><note/>"), "a.txt"))
        .isEqualTo("application/xml");
    assertThat(detector.detect(utf8("#!/bin/sh\nrm -rf ~"), "a.txt"))
        .isEqualTo("application/x-sh");
    assertThat(detector.detect(utf8("x < y and <b> is bold"), "a.txt")).isEqualTo("text/plain");
  }

  @Test
  void detect_acceptsAHeadThatCutsTheLastCharacterInTwo() {
    byte[] text = "Hélène écrit en été".getBytes(StandardCharsets.UTF_8);
    byte[] cut = Arrays.copyOf(text, text.length - 1);

    assertThat(detector.detect(cut, "a.txt")).isEqualTo("text/plain");
    assertThat(detector.detect(new byte[] {'a', (byte) 0xC3, 'b'}, "a.txt"))
        .isEqualTo(TypeDetector.UNKNOWN);
  }

  @Test
  void detect_readsTheMimetypeEntryOfAnOpenDocument() {
    byte[] odt = zip("mimetype", "application/vnd.oasis.opendocument.spreadsheet");

    assertThat(detector.detect(odt, "tableur.odt"))
        .isEqualTo("application/vnd.oasis.opendocument.spreadsheet");
  }

  @Test
  void detect_tellsOfficeOpenXmlJavaAndAndroidArchivesByTheirEntries() {
    assertThat(detector.detect(zip("[Content_Types].xml", "x", "word/document.xml", "x"), "a.zip"))
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(detector.detect(zip("META-INF/MANIFEST.MF", "Main-Class: X"), "a.zip"))
        .isEqualTo("application/java-archive");
    assertThat(detector.detect(zip("AndroidManifest.xml", "x"), "jeu.zip"))
        .isEqualTo("application/vnd.android.package-archive");
  }

  @Test
  void detect_narrowsAPlainArchiveByItsName() {
    byte[] archive = zip("photo.jpg", "x");

    assertThat(detector.detect(archive, "projet.zip")).isEqualTo("application/zip");
    assertThat(detector.detect(archive, "rapport.docx"))
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(detector.detect(archive, "rapport.txt")).isEqualTo("application/zip");
  }

  @Test
  void typeOfName_readsTheExtensionInAnyCase() {
    assertThat(detector.typeOfName("Setup.EXE")).isEqualTo("application/x-msdownload");
    assertThat(detector.typeOfName("raccourci.lnk")).isEqualTo("application/x-ms-shortcut");
    assertThat(detector.typeOfName("script.ps1")).isEqualTo("text/x-powershell");
    assertThat(detector.typeOfName("photo.jpeg")).isEqualTo("image/jpeg");
    assertThat(detector.typeOfName("sans extension")).isEqualTo(TypeDetector.UNKNOWN);
    assertThat(detector.typeOfName("point.")).isEqualTo(TypeDetector.UNKNOWN);
  }

  /** A ZIP local file header for each name and content pair, stored uncompressed. */
  static byte[] zip(String... namesAndContents) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < namesAndContents.length; i += 2) {
      byte[] name = namesAndContents[i].getBytes(StandardCharsets.US_ASCII);
      byte[] content = namesAndContents[i + 1].getBytes(StandardCharsets.US_ASCII);
      out.writeBytes(new byte[] {'P', 'K', 3, 4, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0});
      out.writeBytes(new byte[12]);
      out.writeBytes(new byte[] {(byte) name.length, 0, 0, 0});
      out.writeBytes(name);
      out.writeBytes(content);
    }
    return out.toByteArray();
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
