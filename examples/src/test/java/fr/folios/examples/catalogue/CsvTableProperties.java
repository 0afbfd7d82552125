package fr.folios.examples.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CsvTableProperties {

  private static final List<String> HEADER = List.of("a", "b", "c");

  @Property(tries = 200)
  void read_givesBackEveryQuotedFieldAsWritten(
      @ForAll("rows") List<List<String>> rows) throws IOException {
    Path file = Files.createTempFile("folios-csv", ".csv");
    try {
      Files.writeString(file, "\uFEFF" + csv(rows), StandardCharsets.UTF_8);

      List<CsvTable.Row> read = CsvTable.read(file, HEADER).rows();

      assertThat(read).extracting(CsvTable.Row::fields).containsExactlyElementsOf(rows);
    } finally {
      Files.delete(file);
    }
  }

  @Provide
  Arbitrary<List<List<String>>> rows() {
    Arbitrary<String> field = Arbitraries.strings()
        .withChars('x', 'é', ' ', ';', '"', '\n', '|', '/')
        .ofMaxLength(12);
    return field.list().ofSize(HEADER.size()).list().ofMaxSize(8);
  }

  private static String csv(List<List<String>> rows) {
    StringBuilder text = new StringBuilder(line(HEADER));
    rows.forEach(row -> text.append(line(row)));
    return text.toString();
  }

  private static String line(List<String> fields) {
    return fields.stream()
        .map(field -> '"' + field.replace("\"", "\"\"") + '"')
        .collect(Collectors.joining(";")) + "\n";
  }
}
