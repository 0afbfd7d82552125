package fr.folios.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.spi.BlobTooLargeException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class PartReaderTest {

  @Property(tries = 300)
  void parts_concatenateToTheStream_withItsDigest(
      @ForAll @Size(max = 5_000) byte[] content,
      @ForAll @IntRange(min = 1, max = 1_000) int partSize) throws Exception {
    PartReader reader = new PartReader(new ByteArrayInputStream(content), content.length,
        partSize);
    ByteArrayOutputStream joined = new ByteArrayOutputStream();

    int parts = readAll(reader, joined);

    assertThat(joined.toByteArray()).isEqualTo(content);
    assertThat(reader.total()).isEqualTo(content.length);
    assertThat(reader.key().sha256()).isEqualTo(sha256(content));
    assertThat(parts).isEqualTo(Math.max(1, (content.length + partSize - 1) / partSize));
  }

  @Property(tries = 300)
  void fill_refusesAsSoonAsTheLimitIsPassed(
      @ForAll @Size(min = 1, max = 5_000) byte[] content,
      @ForAll @IntRange(min = 1, max = 1_000) int partSize) {
    long limit = content.length - 1;
    PartReader reader = new PartReader(new ByteArrayInputStream(content), limit, partSize);

    assertThatThrownBy(() -> readAll(reader, new ByteArrayOutputStream()))
        .isInstanceOf(BlobTooLargeException.class);
    assertThat(reader.total()).isEqualTo(content.length);
  }

  @Test
  void fill_streamOfExactlyOnePart_endsAfterFirstPart() throws IOException {
    PartReader reader = new PartReader(new ByteArrayInputStream(new byte[100]), 100, 100);

    assertThat(reader.fill()).isEqualTo(100);
    assertThat(reader.ended()).isTrue();
  }

  @Test
  void fill_emptyStream_givesOneEmptyPart() throws IOException {
    PartReader reader = new PartReader(InputStream.nullInputStream(), 0, 10);

    assertThat(reader.fill()).isZero();
    assertThat(reader.ended()).isTrue();
  }

  /** Reads every part; tells how many fills gave bytes, or 1 for an empty stream. */
  private static int readAll(PartReader reader, ByteArrayOutputStream joined)
      throws IOException {
    int parts = 0;
    int length = reader.fill();
    do {
      reader.part().transferTo(joined);
      parts++;
      length = reader.ended() ? 0 : reader.fill();
    } while (length > 0);
    return parts;
  }

  private static String sha256(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }
}
