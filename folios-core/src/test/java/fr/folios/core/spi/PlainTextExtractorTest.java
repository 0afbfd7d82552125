package fr.folios.core.spi;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PlainTextExtractorTest {

  private final PlainTextExtractor extractor = PlainTextExtractor.create();

  @Test
  void extract_readsUtf8TextAndMarkdown_droppingAByteOrderMark() throws IOException {
    assertThat(extract("text/plain", "\uFEFFÉté 🌞 œuvre")).isEqualTo("Été 🌞 œuvre");
    assertThat(extract("text/markdown", "# Titre\n- point")).isEqualTo("# Titre\n- point");
  }

  @Test
  void extract_readsNothingOfOtherTypes() throws IOException {
    assertThat(extractor.reads("application/pdf")).isFalse();
    assertThat(extract("application/pdf", "%PDF-1.7")).isEmpty();
  }

  @Test
  void extract_replacesBytesThatAreNotUtf8() throws IOException {
    byte[] latin1 = {'c', 'a', 'f', (byte) 0xE9};

    assertThat(extractor.extract("text/plain", new ByteArrayInputStream(latin1), 100))
        .isEqualTo("caf\uFFFD");
  }

  @Property(tries = 300)
  void extract_neverGivesMoreThanAsked_norFailsOnAnyBytes(@ForAll byte[] content,
      @ForAll @IntRange(min = 0, max = 64) int maxChars) throws IOException {
    String text = extractor.extract("text/plain", new ByteArrayInputStream(content), maxChars);

    assertThat(text.length()).isLessThanOrEqualTo(maxChars);
  }

  private String extract(String type, String text) throws IOException {
    return extractor.extract(type, new ByteArrayInputStream(text.getBytes(UTF_8)), 1_000);
  }
}
