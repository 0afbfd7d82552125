package fr.folios.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RawAafReaderTest {

  @TempDir
  Path directory;

  @Test
  void read_givesEachRequestWithItsNonBlankValues() throws Exception {
    Path file = write("UTF-8", "<addRequest><operationalAttributes><attr"
        + " name=\"categoriePersonne\"><value>Eleve</value></attr></operationalAttributes>"
        + "<identifier><id> 42 </id></identifier><attributes>"
        + "<attr name=\"sn\"><value>Morel</value></attr>"
        + "<attr name=\"ENTEleveGroupes\"><value/><value>  </value></attr>"
        + "<attr name=\"ENTEleveClasses\"><value>100$3eB</value><value>100$4eA</value></attr>"
        + "</attributes></addRequest><deleteRequest><identifier><id>43</id></identifier>"
        + "</deleteRequest>");
    List<RawRecord> records = new ArrayList<>();

    long read = RawAafReader.read(file, records::add);

    assertThat(read).isEqualTo(2);
    RawRecord pupil = records.get(0);
    assertThat(pupil.operation()).isEqualTo("addRequest");
    assertThat(pupil.identifier()).isEqualTo("42");
    assertThat(pupil.attributes()).containsEntry("sn", List.of("Morel"))
        .containsEntry("ENTEleveGroupes", List.of())
        .containsEntry("ENTEleveClasses", List.of("100$3eB", "100$4eA"));
    assertThat(records.get(1).operation()).isEqualTo("deleteRequest");
    assertThat(records.get(1).attributes()).isEqualTo(Map.of());
  }

  @Test
  void read_decodesTheEncodingTheDeclarationNames() throws Exception {
    Path file = write("ISO-8859-1", "<addRequest><identifier><id>1</id></identifier>"
        + "<attributes><attr name=\"sn\"><value>Hélène</value></attr></attributes>"
        + "</addRequest>");
    List<RawRecord> records = new ArrayList<>();

    RawAafReader.read(file, records::add);

    assertThat(records.get(0).first("sn")).isEqualTo("Hélène");
  }

  @Test
  void read_neverResolvesAnExternalEntity() throws Exception {
    Path secret = Files.writeString(directory.resolve("secret.txt"), "do not read me");
    Path file = directory.resolve("FULL_Eleve_0000.xml");
    Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<!DOCTYPE ficAlimMENESR [<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">]>\n"
        + "<ficAlimMENESR><addRequest><identifier><id>&secret;</id></identifier>"
        + "</addRequest></ficAlimMENESR>", StandardCharsets.UTF_8);
    List<RawRecord> records = new ArrayList<>();

    assertThatThrownBy(() -> RawAafReader.read(file, records::add))
        .isInstanceOf(XMLStreamException.class);
    assertThat(records).isEmpty();
  }

  private Path write(String encoding, String requests) throws Exception {
    Path file = directory.resolve("FULL_Eleve_0000.xml");
    String xml = "<?xml version=\"1.0\" encoding=\"" + encoding + "\"?>\n<ficAlimMENESR>"
        + requests + "</ficAlimMENESR>\n";
    Files.write(file, xml.getBytes(encoding));
    return file;
  }
}
