package fr.folios.core.spi;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Stores and returns immutable byte sequences addressed by their SHA-256 digest.
 *
 * <p>Implementations must be safe for concurrent use, must never hold a whole blob in memory,
 * and must never make a partial blob visible: after a crash, a blob either exists whole under its
 * key or not at all. Storing identical bytes twice stores them once, and refreshes the time the
 * blob was last stored (see {@link #forEachStoredBefore}), so that a blob an upload has just
 * deduplicated is never taken for an old orphan.
 */
public interface BlobStore {

  /**
   * Reads the stream to its end and stores its bytes.
   *
   * <p>The size is counted while reading: a declared size is never trusted. If the stream yields
   * more than {@code maxBytes} bytes, reading stops, nothing is stored and
   * {@link BlobTooLargeException} is thrown. The stream is not closed.
   *
   * @param content the bytes to store
   * @param maxBytes the largest size accepted, at least 0
   * @return the key, the size read, and whether this call created the blob
   * @throws BlobTooLargeException if the stream holds more than {@code maxBytes} bytes
   * @throws IOException if reading the stream or writing the store fails; nothing is stored
   */
  StoredBlob put(InputStream content, long maxBytes) throws IOException;

  /**
   * Opens a stored blob for reading; the caller closes the stream.
   *
   * @param key the blob's key
   * @return a stream over the blob's bytes
   * @throws fr.folios.core.NotFoundException if no blob has that key
   * @throws IOException if the store cannot be read
   */
  InputStream open(BlobKey key) throws IOException;

  /**
   * Tells whether a blob is stored under the key.
   *
   * @param key the blob's key
   * @return {@code true} if it is stored
   * @throws IOException if the store cannot be read
   */
  boolean exists(BlobKey key) throws IOException;

  /**
   * Returns the size of a stored blob.
   *
   * @param key the blob's key
   * @return its size in bytes
   * @throws fr.folios.core.NotFoundException if no blob has that key
   * @throws IOException if the store cannot be read
   */
  long size(BlobKey key) throws IOException;

  /**
   * Removes a blob. Removing a missing blob does nothing.
   *
   * @param key the blob's key
   * @return {@code true} if a blob was removed
   * @throws IOException if the store cannot be written
   */
  boolean delete(BlobKey key) throws IOException;

  /**
   * Tells the keys of the blobs last stored before an instant, for collecting those no record
   * uses any more. Blobs stored meanwhile may or may not be told.
   *
   * @param cutoff only blobs last stored (or deduplicated) before this instant are told
   * @param sink told each key, one at a time
   * @throws IOException if the store cannot be listed
   */
  void forEachStoredBefore(Instant cutoff, Consumer<BlobKey> sink) throws IOException;
}
