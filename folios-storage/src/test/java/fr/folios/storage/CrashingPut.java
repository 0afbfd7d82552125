package fr.folios.storage;

import fr.folios.core.spi.BlobKey;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;

/**
 * A program that starts storing a blob and kills its own JVM halfway, as a power cut would;
 * {@link FileSystemBlobStoreTest} runs it in a child process.
 */
final class CrashingPut {

  /** The exit code of the child when it halted where it should. */
  static final int EXIT_CODE = 57;

  private static final int SIZE = 1024 * 1024;

  private CrashingPut() {}

  /**
   * Opens the store at {@code args[0]} and halts the JVM once half of the content is read.
   *
   * @param args the store's root
   * @throws IOException if the store cannot be opened
   */
  public static void main(String[] args) throws IOException {
    FileSystemBlobStore store = FileSystemBlobStore.open(Path.of(args[0]));

    store.put(new HaltingStream(content(), SIZE / 2), SIZE);

    System.err.println("the put finished although the JVM should have halted");
    System.exit(1);
  }

  /** Returns the key the whole content would have had. */
  static BlobKey wholeKey() throws NoSuchAlgorithmException {
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(content());
    return new BlobKey(HexFormat.of().formatHex(digest));
  }

  private static byte[] content() {
    byte[] bytes = new byte[SIZE];
    new Random(57).nextBytes(bytes);
    return bytes;
  }

  /** Halts the JVM when asked for bytes past a position. */
  private static final class HaltingStream extends InputStream {

    private final ByteArrayInputStream content;

    private final int haltAt;

    private int position;

    HaltingStream(byte[] content, int haltAt) {
      this.content = new ByteArrayInputStream(content);
      this.haltAt = haltAt;
    }

    @Override
    public int read() {
      haltIfPast(1);
      position++;
      return content.read();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      haltIfPast(length);
      int n = content.read(buffer, offset, length);
      position += Math.max(n, 0);
      return n;
    }

    private void haltIfPast(int length) {
      if (position + length > haltAt) {
        Runtime.getRuntime().halt(EXIT_CODE);
      }
    }
  }
}
