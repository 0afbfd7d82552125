package fr.folios.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.NotFoundException;
import fr.folios.core.spi.BlobKey;
import fr.folios.core.spi.BlobStore;
import fr.folios.core.spi.BlobStoreContract;
import fr.folios.core.spi.BlobTooLargeException;
import fr.folios.core.spi.StoredBlob;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import net.jqwik.api.lifecycle.AfterProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class FileSystemBlobStoreTest extends BlobStoreContract {

  /** Injected by JUnit Jupiter; jqwik, which runs the contract's property, leaves it null. */
  @TempDir
  Path tempDir;

  private Path propertyRoot;

  @Override
  protected BlobStore newStore() throws IOException {
    if (tempDir != null) {
      return FileSystemBlobStore.open(tempDir.resolve("store"));
    }
    propertyRoot = Files.createTempDirectory("folios-blobs-property-");
    return FileSystemBlobStore.open(propertyRoot);
  }

  @AfterProperty
  void removePropertyRoot() throws IOException {
    if (propertyRoot != null) {
      deleteTree(propertyRoot);
    }
  }

  @Test
  void open_createsRootAndItsDirectories() throws IOException {
    Path root = tempDir.resolve("a/b/c");

    FileSystemBlobStore store = FileSystemBlobStore.open(root);

    assertThat(store.root()).isEqualTo(root.toAbsolutePath());
    assertThat(root.resolve(FileSystemBlobStore.BLOBS)).isDirectory();
    assertThat(root.resolve(FileSystemBlobStore.TEMP)).isDirectory();
  }

  @Test
  void open_refusesRootThatIsAFile() throws IOException {
    Path file = Files.writeString(tempDir.resolve("not-a-directory"), "x");

    assertThatThrownBy(() -> FileSystemBlobStore.open(file))
        .isInstanceOf(NotDirectoryException.class)
        .hasMessageContaining("not-a-directory");
  }

  @Test
  void put_storesBlobAtShardedContentPath() throws IOException {
    FileSystemBlobStore store = FileSystemBlobStore.open(tempDir);
    byte[] content = randomBytes(777, 1);

    String sha = store.put(new ByteArrayInputStream(content), 777).key().sha256();

    Path expected = tempDir.resolve("blobs")
        .resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
    assertThat(expected).isRegularFile().hasBinaryContent(content);
  }

  @Test
  void put_leavesNoTemporaryFile_whateverTheOutcome() throws IOException {
    FileSystemBlobStore store = FileSystemBlobStore.open(tempDir);
    byte[] content = randomBytes(5_000, 2);

    store.put(new ByteArrayInputStream(content), 5_000);
    store.put(new ByteArrayInputStream(content), 5_000);
    assertThatThrownBy(() -> store.put(new ByteArrayInputStream(content), 4_999))
        .isInstanceOf(BlobTooLargeException.class);
    assertThatThrownBy(() -> store.put(failingAfter(100), 5_000))
        .isInstanceOf(IOException.class);

    assertThat(filesUnder(tempDir.resolve("tmp"))).isEmpty();
    assertThat(filesUnder(tempDir.resolve("blobs"))).hasSize(1);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void put_streamsLargeContentThroughFixedBuffer() throws Exception {
    FileSystemBlobStore store = FileSystemBlobStore.open(tempDir);
    long size = 48L * 1024 * 1024;
    MessageDigest sent = MessageDigest.getInstance("SHA-256");

    StoredBlob stored = store.put(
        new DigestInputStream(new GeneratedStream(size, 3), sent), size);

    assertThat(stored.size()).isEqualTo(size);
    assertThat(stored.key().sha256()).isEqualTo(HexFormat.of().formatHex(sent.digest()));
    assertThat(store.size(stored.key())).isEqualTo(size);
    assertThat(digestOf(store, stored.key())).isEqualTo(stored.key().sha256());
  }

  @Test
  void put_interruptedMidStream_failsKeepingTheInterrupt_andLeavesNothingBehind()
      throws IOException {
    FileSystemBlobStore store = FileSystemBlobStore.open(tempDir);
    long size = 4L * 1024 * 1024;
    InputStream interrupting = new FilterInputStream(new GeneratedStream(size, 6)) {
      private long given;

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        given += Math.max(n, 0);
        if (given > size / 2) {
          Thread.currentThread().interrupt();
        }
        return n;
      }
    };

    try {
      assertThatThrownBy(() -> store.put(interrupting, size)).isInstanceOf(IOException.class);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }

    assertThat(filesUnder(tempDir.resolve("tmp"))).isEmpty();
    assertThat(filesUnder(tempDir.resolve("blobs"))).isEmpty();
  }

  @Test
  void open_keepsBlobsStoredBefore() throws IOException {
    byte[] content = randomBytes(2_000, 4);
    BlobKey key = FileSystemBlobStore.open(tempDir)
        .put(new ByteArrayInputStream(content), 2_000).key();

    FileSystemBlobStore reopened = FileSystemBlobStore.open(tempDir);

    assertThat(reopened.exists(key)).isTrue();
    try (InputStream in = reopened.open(key)) {
      assertThat(in.readAllBytes()).isEqualTo(content);
    }
  }

  @Test
  void unfinishedWrite_isInvisible_andRemovedOnNextOpen() throws IOException {
    FileSystemBlobStore store = FileSystemBlobStore.open(tempDir);
    byte[] partial = randomBytes(3_000, 5);
    BlobKey key = sha256(partial);
    Path leftOver = Files.write(tempDir.resolve("tmp/put-123456789.part"), partial);

    assertThat(store.exists(key)).isFalse();
    assertThatThrownBy(() -> store.open(key)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> store.size(key)).isInstanceOf(NotFoundException.class);

    FileSystemBlobStore.open(tempDir);

    assertThat(leftOver).doesNotExist();
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void processKilledMidPut_leavesNoVisibleBlob_andNextOpenCleansUp() throws Exception {
    Process child = new ProcessBuilder(javaCommand(), "-cp", System.getProperty("java.class.path"),
        CrashingPut.class.getName(), tempDir.toString())
        .redirectErrorStream(true)
        .start();
    String output = new String(child.getInputStream().readAllBytes());

    assertThat(child.waitFor()).as(output).isEqualTo(CrashingPut.EXIT_CODE);
    assertThat(filesUnder(tempDir.resolve("tmp"))).as("unfinished write").hasSize(1);
    FileSystemBlobStore reopened = FileSystemBlobStore.open(tempDir);
    assertThat(reopened.exists(CrashingPut.wholeKey())).isFalse();
    assertThat(filesUnder(tempDir.resolve("tmp"))).isEmpty();
    assertThat(filesUnder(tempDir.resolve("blobs"))).isEmpty();
  }

  @Test
  @DisabledOnOs(OS.WINDOWS)
  void openedStream_staysReadableAfterDelete() throws IOException {
    FileSystemBlobStore store = FileSystemBlobStore.open(tempDir);
    byte[] content = randomBytes(10_000, 6);
    BlobKey key = store.put(new ByteArrayInputStream(content), 10_000).key();

    try (InputStream in = store.open(key)) {
      assertThat(store.delete(key)).isTrue();

      assertThat(in.readAllBytes()).isEqualTo(content);
    }
  }

  @Test
  void put_throughTwoStoresOnOneRoot_createsOnce() throws IOException {
    FileSystemBlobStore first = FileSystemBlobStore.open(tempDir);
    FileSystemBlobStore second = FileSystemBlobStore.open(tempDir);
    byte[] content = randomBytes(1_000, 7);

    StoredBlob one = first.put(new ByteArrayInputStream(content), 1_000);
    StoredBlob two = second.put(new ByteArrayInputStream(content), 1_000);

    assertThat(one.created()).isTrue();
    assertThat(two.created()).isFalse();
    assertThat(second.delete(one.key())).isTrue();
    assertThat(first.exists(one.key())).isFalse();
  }

  @Test
  void toString_namesRoot() throws IOException {
    FileSystemBlobStore store = FileSystemBlobStore.open(tempDir);

    assertThat(store.toString()).contains(tempDir.toAbsolutePath().toString());
  }

  private static InputStream failingAfter(int bytes) {
    return new InputStream() {
      private int left = bytes;

      @Override
      public int read() throws IOException {
        if (left-- <= 0) {
          throw new IOException("connection unplugged");
        }
        return 7;
      }
    };
  }

  private static String digestOf(BlobStore store, BlobKey key) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    try (InputStream in = new DigestInputStream(store.open(key), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static List<Path> filesUnder(Path directory) throws IOException {
    try (Stream<Path> paths = Files.walk(directory)) {
      return paths.filter(Files::isRegularFile).toList();
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.delete(path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  private static String javaCommand() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** Yields a fixed number of pseudo-random bytes without holding them. */
  static final class GeneratedStream extends InputStream {

    private final Random random;

    private long left;

    GeneratedStream(long size, long seed) {
      this.random = new Random(seed);
      this.left = size;
    }

    @Override
    public int read() {
      if (left == 0) {
        return -1;
      }
      left--;
      return random.nextInt(256);
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (left == 0) {
        return -1;
      }
      int n = (int) Math.min(length, left);
      byte[] chunk = new byte[n];
      random.nextBytes(chunk);
      System.arraycopy(chunk, 0, buffer, offset, n);
      left -= n;
      return n;
    }
  }
}
