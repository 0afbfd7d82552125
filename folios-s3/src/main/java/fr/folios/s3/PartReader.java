package fr.folios.s3;

import fr.folios.core.spi.BlobKey;
import fr.folios.core.spi.BlobTooLargeException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Reads a stream one part at a time into a single bounded buffer, counting the bytes against a
 * limit and computing their SHA-256 as it goes.
 *
 * <p>The buffer starts small and grows to the part size only if the stream is that long, so a
 * small blob costs a small buffer. Not safe for concurrent use: one reader serves one put.
 */
final class PartReader {

  private static final int FIRST_CAPACITY = 64 * 1024;

  private final InputStream content;

  private final long maxBytes;

  private final int partSize;

  private final MessageDigest digest = sha256();

  private byte[] buffer;

  private int length;

  private long total;

  private boolean ended;

  /** A byte read past a full part to learn whether the stream ended, or -1. */
  private int pending = -1;

  PartReader(InputStream content, long maxBytes, int partSize) {
    this.content = content;
    this.maxBytes = maxBytes;
    this.partSize = partSize;
    this.buffer = new byte[Math.min(partSize, FIRST_CAPACITY)];
  }

  /**
   * Replaces the buffer's bytes with the stream's next part.
   *
   * @return the part's length: the part size, or less when the stream ended; 0 if it had ended
   * @throws BlobTooLargeException as soon as the stream goes past the limit
   * @throws IOException if the stream fails
   */
  int fill() throws IOException {
    length = 0;
    takePending();
    while (!ended && !full()) {
      int n = content.read(buffer, length, nextReadLength());
      if (n == -1) {
        ended = true;
      } else {
        take(n);
      }
    }

    peek();
    return length;
  }

  /** {@return whether the stream has ended: no part follows the one in the buffer} */
  boolean ended() {
    return ended;
  }

  /** {@return a new stream over the part in the buffer, which stays valid until the next fill} */
  InputStream part() {
    return new ByteArrayInputStream(buffer, 0, length);
  }

  /** {@return the length of the part in the buffer} */
  int length() {
    return length;
  }

  /** {@return the number of bytes read so far} */
  long total() {
    return total;
  }

  /** {@return the key of every byte read; call once, after the stream ended} */
  BlobKey key() {
    return new BlobKey(HexFormat.of().formatHex(digest.digest()));
  }

  /** Tells whether the part is complete, growing the buffer first if it may still grow. */
  private boolean full() {
    if (length < buffer.length) {
      return false;
    }
    if (buffer.length == partSize) {
      return true;
    }
    buffer = Arrays.copyOf(buffer, (int) Math.min(partSize, 2L * buffer.length));
    return false;
  }

  /** Asks for at most one byte more than the limit leaves, so an oversized stream is seen early. */
  private int nextReadLength() {
    int space = buffer.length - length;
    long room = maxBytes - total;
    return room < space ? (int) room + 1 : space;
  }

  private void take(int n) {
    count(n);
    digest.update(buffer, length, n);
    length += n;
  }

  /**
   * Reads one byte past a full part, so that a stream ending exactly there is known to have
   * ended and its single part can be sent in one request.
   */
  private void peek() throws IOException {
    if (ended) {
      return;
    }
    int b = content.read();
    if (b == -1) {
      ended = true;
      return;
    }
    count(1);
    digest.update((byte) b);
    pending = b;
  }

  private void takePending() {
    if (pending != -1) {
      buffer[0] = (byte) pending;
      length = 1;
      pending = -1;
    }
  }

  private void count(int n) {
    total += n;
    if (total > maxBytes) {
      throw new BlobTooLargeException(maxBytes);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JVM lacks SHA-256, which every JVM must provide", e);
    }
  }
}
