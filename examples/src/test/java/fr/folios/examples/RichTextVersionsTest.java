package fr.folios.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RichTextVersionsTest {

  @Test
  void main_cleansRewritesAndRestoresAReport() throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      RichTextVersions.main(new String[0]);
    } finally {
      System.setOut(original);
    }

    String n = System.lineSeparator();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("version 1: 28 bytes" + n
        + "version 2: 16 bytes" + n
        + "attachment; filename=\"Compte rendu.html\";"
        + " filename*=UTF-8''Compte%20rendu.html" + n
        + "version 3, text/html; charset=UTF-8: <h1>Sortie</h1><p>Musée</p>" + n);
  }
}
