package fr.folios.storage;

import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.WRITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.spi.BlobTooLargeException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class OverlappedCopyTest {

  private static final int BUFFER = OverlappedCopy.BUFFER_BYTES;

  /** Injected by JUnit Jupiter; jqwik leaves it null and the property makes its own files. */
  @TempDir
  Path tempDir;

  @AfterEach
  void clearInterrupt() {
    Thread.interrupted();
  }

  @Property(tries = 60)
  void copy_writesAndHashesEveryByte_whateverTheSizeAndTheReads(
      @ForAll("sizes") int size, @ForAll @IntRange(min = 1, max = 3 * BUFFER) int readMost)
      throws Exception {
    byte[] content = randomBytes(size, size);
    Path file = Files.createTempFile("folios-overlapped-", ".part");
    try {
      OverlappedCopy.Copied copied = copyInto(file, new ShortReads(content, readMost), size);

      assertThat(copied.size()).isEqualTo(size);
      assertThat(copied.key().sha256()).isEqualTo(sha256(content));
      assertThat(Files.readAllBytes(file)).isEqualTo(content);
      assertThat(helperThreads()).isEmpty();
    } finally {
      Files.delete(file);
    }
  }

  @Provide
  Arbitrary<Integer> sizes() {
    return Arbitraries.oneOf(
        Arbitraries.of(0, 1, BUFFER - 1, BUFFER, BUFFER + 1, 2 * BUFFER, 4 * BUFFER,
            5 * BUFFER + 3),
        Arbitraries.integers().between(0, 6 * BUFFER));
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void copy_flushesInStepsAndKeysTheWholeStream_whenLongerThanSeveralFlushes()
      throws Exception {
    long size = 3 * OverlappedCopy.FLUSH_BYTES + 12_345;
    MessageDigest sent = MessageDigest.getInstance("SHA-256");
    Path file = tempDir.resolve("long.part");

    OverlappedCopy.Copied copied = copyInto(file,
        new DigestInputStream(new FileSystemBlobStoreTest.GeneratedStream(size, 5), sent), size);

    assertThat(copied.size()).isEqualTo(size);
    assertThat(copied.key().sha256()).isEqualTo(HexFormat.of().formatHex(sent.digest()));
    assertThat(Files.size(file)).isEqualTo(size);
    assertThat(helperThreads()).isEmpty();
  }

  @Test
  void copy_refusesStreamPassingTheLimitMidStream_andStopsItsThreads() throws IOException {
    byte[] content = randomBytes(3 * BUFFER, 1);
    long limit = BUFFER + 7;
    CountingStream counted = new CountingStream(new ByteArrayInputStream(content));

    assertThatThrownBy(() -> copyInto(tempDir.resolve("long.part"), counted, limit))
        .isInstanceOf(BlobTooLargeException.class);

    assertThat(counted.read).isEqualTo(limit + 1);
    assertThat(helperThreads()).isEmpty();
  }

  @Test
  void copy_passesTheStreamsFailure_andStopsItsThreads() throws IOException {
    InputStream failing = new FailingAfter(randomBytes(2 * BUFFER + 10, 2));

    assertThatThrownBy(() -> copyInto(tempDir.resolve("failing.part"), failing, 10 * BUFFER))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("unplugged");

    assertThat(helperThreads()).isEmpty();
  }

  @Test
  void copy_failsWhenTheCallerIsInterrupted_keepsTheInterrupt_andStopsItsThreads()
      throws IOException {
    InputStream interrupting = new InterruptingAfter(randomBytes(6 * BUFFER, 3), 2 * BUFFER);

    assertThatThrownBy(() -> copyInto(tempDir.resolve("interrupted.part"), interrupting,
        10 * BUFFER)).isInstanceOf(IOException.class);

    assertThat(Thread.currentThread().isInterrupted()).isTrue();
    assertThat(helperThreads()).isEmpty();
  }

  @Test
  void copy_longStream_isHashedAsideWhileRead() throws IOException {
    byte[] content = randomBytes(4 * BUFFER, 4);
    ThreadWatchingStream watched = new ThreadWatchingStream(content);

    copyInto(tempDir.resolve("watched.part"), watched, content.length);

    assertThat(watched.helpersSeen).isTrue();
    assertThat(helperThreads()).isEmpty();
  }

  private static OverlappedCopy.Copied copyInto(Path file, InputStream content, long maxBytes)
      throws IOException {
    if (!Files.exists(file)) {
      Files.createFile(file);
    }
    try (FileChannel channel = FileChannel.open(file, READ, WRITE)) {
      return OverlappedCopy.copy(content, maxBytes, channel);
    }
  }

  private static List<Thread> helperThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> thread.getName().startsWith("folios-blob-"))
        .toList();
  }

  private static byte[] randomBytes(int size, long seed) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  private static String sha256(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }

  /** Gives at most a few bytes a read, fewer than asked, as a network stream may. */
  private static final class ShortReads extends InputStream {

    private final ByteArrayInputStream content;

    private final int readMost;

    ShortReads(byte[] content, int readMost) {
      this.content = new ByteArrayInputStream(content);
      this.readMost = readMost;
    }

    @Override
    public int read() {
      return content.read();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      return content.read(buffer, offset, Math.min(length, readMost));
    }
  }

  /** Counts the bytes it gave. */
  private static final class CountingStream extends InputStream {

    private final InputStream content;

    private long read;

    CountingStream(InputStream content) {
      this.content = content;
    }

    @Override
    public int read() throws IOException {
      int b = content.read();
      read += b < 0 ? 0 : 1;
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = content.read(buffer, offset, length);
      read += Math.max(n, 0);
      return n;
    }
  }

  /** Gives its bytes, then fails as a dropped connection would. */
  private static final class FailingAfter extends InputStream {

    private final ByteArrayInputStream content;

    FailingAfter(byte[] content) {
      this.content = new ByteArrayInputStream(content);
    }

    @Override
    public int read() throws IOException {
      return read(new byte[1], 0, 1);
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = content.read(buffer, offset, length);
      if (n == -1) {
        throw new IOException("connection unplugged");
      }
      return n;
    }
  }

  /** Interrupts the reading thread once it has given a number of bytes, then goes on. */
  private static final class InterruptingAfter extends InputStream {

    private final ByteArrayInputStream content;

    private final int interruptAt;

    private int given;

    InterruptingAfter(byte[] content, int interruptAt) {
      this.content = new ByteArrayInputStream(content);
      this.interruptAt = interruptAt;
    }

    @Override
    public int read() {
      return content.read();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      int n = content.read(buffer, offset, length);
      given += Math.max(n, 0);
      if (given >= interruptAt) {
        Thread.currentThread().interrupt();
      }
      return n;
    }
  }

  /** Notes whether the copy's threads were running while it was read. */
  private static final class ThreadWatchingStream extends InputStream {

    private final ByteArrayInputStream content;

    private boolean helpersSeen;

    ThreadWatchingStream(byte[] content) {
      this.content = new ByteArrayInputStream(content);
    }

    @Override
    public int read() {
      return content.read();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      helpersSeen |= !helperThreads().isEmpty();
      return content.read(buffer, offset, length);
    }
  }
}
