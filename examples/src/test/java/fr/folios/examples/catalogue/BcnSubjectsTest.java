package fr.folios.examples.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class BcnSubjectsTest {

  private static final String DTD = "<!ATTLIST ROOT leaked CDATA \"yes\">\n";

  @TempDir
  Path dir;

  @Test
  void read_givesTheRealFilesSubjectsWithTheirCodesAndLabels() {
    var subjects = BcnSubjects.read(BcnSubjects.realFile());

    assertThat(subjects).hasSize(36).allSatisfy((uri, subject) -> assertThat(subject.code())
        .as(uri).startsWith("BCN_MATIERE:"));
    assertThat(subjects.get(
        "http://data.education.fr/voc/scolomfr/concept/scolomfr-BCN_MATIERE-num-008"))
        .extracting(BcnSubjects.Subject::code, BcnSubjects.Subject::labels)
        .containsExactly("BCN_MATIERE:0207", List.of("FRANCAIS", "FRANC"));
  }

  @Test
  void document_loadsNoDtdTheFileNames() throws Exception {
    Files.writeString(dir.resolve("defaults.dtd"), DTD);
    Path file = Files.writeString(dir.resolve("doc.xml"),
        "<?xml version=\"1.0\"?>\n<!DOCTYPE ROOT SYSTEM \"defaults.dtd\">\n<ROOT/>\n");

    Document read = BcnSubjects.document(file);

    assertThat(openedByDefault(file).getDocumentElement().getAttribute("leaked"))
        .as("a parser left as it comes reads the DTD").isEqualTo("yes");
    assertThat(read.getDocumentElement().hasAttribute("leaked")).isFalse();
  }

  @Test
  void document_expandsNoExternalEntity() throws IOException {
    Files.writeString(dir.resolve("secret.txt"), "secret");
    Path file = Files.writeString(dir.resolve("doc.xml"), "<?xml version=\"1.0\"?>\n"
        + "<!DOCTYPE ROOT [<!ENTITY x SYSTEM \"secret.txt\">]>\n<ROOT>a&x;b</ROOT>\n");

    Document read = BcnSubjects.document(file);

    assertThat(read.getDocumentElement().getTextContent()).doesNotContain("secret");
  }

  private static Document openedByDefault(Path file) throws Exception {
    return DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
        .parse(file.toFile());
  }
}
