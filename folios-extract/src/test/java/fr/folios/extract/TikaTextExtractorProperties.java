package fr.folios.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Whatever bytes claim a type, reading them either gives at most the characters asked or an
 * {@link IOException}: never another exception, never more text.
 */
class TikaTextExtractorProperties {

  private final TikaTextExtractor extractor = TikaTextExtractor.create();

  @Property(tries = 300)
  void extract_givesAtMostTheCharactersAsked_orAnIoException(
      @ForAll("types") String type, @ForAll("contents") byte[] content,
      @ForAll @IntRange(min = 0, max = 500) int maxChars) {
    try {
      String text = extractor.extract(type, new ByteArrayInputStream(content), maxChars);
      assertThat(text.length()).isLessThanOrEqualTo(maxChars);
    } catch (IOException refused) {
      assertThat(refused).hasMessageContaining(type);
    }
  }

  @Provide
  Arbitrary<String> types() {
    return Arbitraries.of(extractor.types());
  }

  @Provide
  Arbitrary<byte[]> contents() throws IOException {
    byte[] pdf = TikaTextExtractorTest.pdf("Un texte de stage");
    byte[] odt = TikaTextExtractorTest.openDocument(TikaTextExtractorTest.paragraphs("Projet"));
    Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(2_000);
    Arbitrary<byte[]> damagedPdf = damaged(pdf);
    Arbitrary<byte[]> damagedOdt = damaged(odt);
    return Arbitraries.oneOf(random, damagedPdf, damagedOdt,
        Arbitraries.strings().ofMaxLength(500).map(s -> ("<p>" + s).getBytes(
            java.nio.charset.StandardCharsets.UTF_8)));
  }

  /** A valid document with some bytes changed, or cut short. */
  private static Arbitrary<byte[]> damaged(byte[] valid) {
    Arbitrary<Integer> position = Arbitraries.integers().between(0, valid.length - 1);
    return Arbitraries.oneOf(
        position.map(cut -> java.util.Arrays.copyOf(valid, cut)),
        position.list().ofMinSize(1).ofMaxSize(8).map(positions -> {
          byte[] copy = valid.clone();
          for (int at : positions) {
            copy[at] = (byte) ~copy[at];
          }
          return copy;
        }));
  }

  @Property(tries = 20)
  void extract_ofAValidPdf_isItsTextWhateverTheLimit(
      @ForAll @Size(min = 1, max = 3) java.util.List<@net.jqwik.api.constraints.AlphaChars
          @net.jqwik.api.constraints.StringLength(min = 1, max = 30) String> lines)
      throws IOException {
    String text = extractor.extract("application/pdf",
        new ByteArrayInputStream(TikaTextExtractorTest.pdf(lines.toArray(String[]::new))),
        10_000);

    for (String line : lines) {
      assertThat(text).contains(line);
    }
  }
}
