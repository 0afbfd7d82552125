package fr.folios.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

  @Property
  void type_isToldOnceFromTheWholeHeadWhateverTheReads(@ForAll @Size(max = 300) byte[] content,
      @ForAll @IntRange(min = 1, max = 64) int chunk, @ForAll @IntRange(max = 100) int size)
      throws IOException {
    List<byte[]> told = new ArrayList<>();
    HeadCapture capture = new HeadCapture(new ByteArrayInputStream(content), size, head -> {
      told.add(head);
      return "type/" + head.length;
    });

    readInChunks(capture, chunk);
    String type = capture.type();

    int headLength = Math.min(size, content.length);
    assertThat(type).isEqualTo("type/" + headLength);
    assertThat(told).hasSize(1);
    assertThat(told.get(0)).isEqualTo(Arrays.copyOf(content, headLength));
  }

  @Test
  void type_isToldOnTheReadAfterTheHeadFills_beforeTheStreamEnds() throws IOException {
    List<Integer> readBeforeTelling = new ArrayList<>();
    ByteArrayInputStream bytes = new ByteArrayInputStream(new byte[100]);
    HeadCapture capture = new HeadCapture(bytes, 10, head -> {
      readBeforeTelling.add(100 - bytes.available());
      return "application/octet-stream";
    });

    capture.readNBytes(new byte[40], 0, 40);
    assertThat(readBeforeTelling).isEmpty();
    capture.read(new byte[20]);

    assertThat(readBeforeTelling).containsExactly(40);
    assertThat(capture.type()).isEqualTo("application/octet-stream");
  }

  @Test
  void type_rethrowsWhatTellingItThrew_andThePassingBytesStayIntact() throws IOException {
    byte[] content = new byte[50];
    Arrays.fill(content, (byte) 7);
    HeadCapture capture = new HeadCapture(new ByteArrayInputStream(content), 8, head -> {
      throw new IllegalArgumentException("unreadable head");
    });

    assertThat(capture.readAllBytes()).isEqualTo(content);
    assertThatThrownBy(capture::type).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unreadable head");
  }

  @Test
  void type_withoutAWayToTellIt_isRefused() {
    HeadCapture capture = new HeadCapture(new ByteArrayInputStream(new byte[2]), 1);

    assertThatThrownBy(capture::type).isInstanceOf(IllegalStateException.class);
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
