package fr.folios.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class HeadCaptureTest {

  @Property
  void head_isThePrefixOfWhatWasReadWhateverTheReads(@ForAll @Size(max = 300) byte[] content,
      @ForAll @IntRange(min = 1, max = 64) int chunk, @ForAll @IntRange(max = 100) int size)
      throws IOException {
    HeadCapture capture = new HeadCapture(new ByteArrayInputStream(content), size);

    byte[] read = readInChunks(capture, chunk);

    assertThat(read).isEqualTo(content);
    assertThat(capture.head()).isEqualTo(java.util.Arrays.copyOf(content,
        Math.min(size, content.length)));
  }

  @Test
  void skip_keepsTheSkippedBytesInTheHead() throws IOException {
    HeadCapture capture = new HeadCapture(new ByteArrayInputStream(new byte[] {1, 2, 3, 4}), 3);

    assertThat(capture.skip(2)).isEqualTo(2);
    assertThat(capture.read()).isEqualTo(3);
    assertThat(capture.head()).containsExactly(1, 2, 3);
  }

  @Test
  void reset_isRefused() {
    HeadCapture capture = new HeadCapture(new ByteArrayInputStream(new byte[2]), 1);

    assertThat(capture.markSupported()).isFalse();
    assertThatThrownBy(capture::reset).isInstanceOf(IOException.class);
  }

  private static byte[] readInChunks(InputStream in, int chunk) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    byte[] buffer = new byte[chunk];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      out.write(buffer, 0, n);
      int single = in.read();
      if (single < 0) {
        break;
      }
      out.write(single);
    }
    return out.toByteArray();
  }
}
