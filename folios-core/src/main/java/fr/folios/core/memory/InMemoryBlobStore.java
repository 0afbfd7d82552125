package fr.folios.core.memory;

import fr.folios.core.NotFoundException;
import fr.folios.core.spi.BlobKey;
import fr.folios.core.spi.BlobStore;
import fr.folios.core.spi.BlobTooLargeException;
import fr.folios.core.spi.StoredBlob;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;

/**
 * A {@link BlobStore} that keeps every blob in the heap, for tests and small hosts.
 *
 * <p>Unlike a store on disk it holds each stored blob whole in memory, and it loses everything
 * when the process ends. The stream passed to {@link #put} is still read in fixed-size chunks
 * and its size counted while reading, so a stream that goes past the limit is refused without
 * being read to its end. One blob holds at most {@value #LARGEST_BLOB} bytes.
 *
 * <p>Instances are safe for concurrent use by any number of threads.
 */
public final class InMemoryBlobStore implements BlobStore {

  /** The largest blob this store can hold: about the largest array the JVM allocates. */
  public static final int LARGEST_BLOB = Integer.MAX_VALUE - 8;

  private static final int CHUNK = 8192;

  private final ConcurrentMap<BlobKey, byte[]> blobs = new ConcurrentHashMap<>();
  private final ConcurrentMap<BlobKey, Instant> storedAt = new ConcurrentHashMap<>();

  private InMemoryBlobStore() {}

  /**
   * Creates an empty store.
   *
   * @return a new store holding no blob
   */
  public static InMemoryBlobStore create() {
    return new InMemoryBlobStore();
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if {@code maxBytes} is negative
   * @throws IOException if reading the stream fails, or if it holds more than
   *     {@value #LARGEST_BLOB} bytes while {@code maxBytes} allows more
   */
  @Override
  public StoredBlob put(InputStream content, long maxBytes) throws IOException {
    Objects.requireNonNull(content, "content");
    if (maxBytes < 0) {
      throw new IllegalArgumentException("maxBytes is " + maxBytes + "; it must be at least 0");
    }

    MessageDigest digest = sha256();
    byte[] bytes = read(content, maxBytes, digest);
    BlobKey key = new BlobKey(HexFormat.of().formatHex(digest.digest()));

    boolean created = blobs.putIfAbsent(key, bytes) == null;
    storedAt.put(key, Instant.now());
    return new StoredBlob(key, bytes.length, created);
  }

  /**
   * {@inheritDoc}
   *
   * <p>The stream reads the stored bytes, which are never changed: a later {@link #delete}
   * does not affect it.
   */
  @Override
  public InputStream open(BlobKey key) {
    return new ByteArrayInputStream(stored(key));
  }

  @Override
  public boolean exists(BlobKey key) {
    return blobs.containsKey(Objects.requireNonNull(key, "key"));
  }

  @Override
  public long size(BlobKey key) {
    return stored(key).length;
  }

  @Override
  public boolean delete(BlobKey key) {
    storedAt.remove(Objects.requireNonNull(key, "key"));
    return blobs.remove(key) != null;
  }

  @Override
  public void forEachStoredBefore(Instant cutoff, Consumer<BlobKey> sink) {
    Objects.requireNonNull(cutoff, "cutoff");
    for (BlobKey key : List.copyOf(blobs.keySet())) {
      Instant at = storedAt.get(key);
      if (at != null && at.isBefore(cutoff)) {
        sink.accept(key);
      }
    }
  }

  @Override
  public String toString() {
    return "InMemoryBlobStore[blobs=" + blobs.size() + "]";
  }

  private byte[] stored(BlobKey key) {
    byte[] bytes = blobs.get(Objects.requireNonNull(key, "key"));
    if (bytes == null) {
      throw new NotFoundException("blob '" + key + "' is not stored in this in-memory store:"
          + " check the key, or store the content first");
    }
    return bytes;
  }

  private static byte[] read(InputStream content, long maxBytes, MessageDigest digest)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] chunk = new byte[CHUNK];
    long room = maxBytes;
    int n;
    while ((n = content.read(chunk, 0, nextReadLength(room))) != -1) {
      room -= n;
      if (room < 0) {
        throw new BlobTooLargeException(maxBytes);
      }
      checkFitsInArray(out.size() + (long) n, maxBytes);
      digest.update(chunk, 0, n);
      out.write(chunk, 0, n);
    }
    return out.toByteArray();
  }

  /** Asks for at most one byte more than the room left, so an oversized stream is seen early. */
  private static int nextReadLength(long room) {
    return room < CHUNK ? (int) room + 1 : CHUNK;
  }

  private static void checkFitsInArray(long size, long maxBytes) throws IOException {
    if (size > LARGEST_BLOB) {
      throw new IOException("the content is larger than " + LARGEST_BLOB + " bytes, the most"
          + " an in-memory store holds in one blob (the limit asked was " + maxBytes
          + " bytes); nothing was stored: store large files on disk instead");
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
