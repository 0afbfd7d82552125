package fr.folios.core.spi;

/**
 * What a {@link BlobStore} wrote.
 *
 * @param key the content address of the bytes
 * @param size the number of bytes actually read from the stream
 * @param created {@code true} if this call created the blob, {@code false} if identical bytes
 *     were already stored (the caller must not delete them when undoing its own work)
 */
public record StoredBlob(BlobKey key, long size, boolean created) {

  /**
   * Checks the size.
   *
   * @throws IllegalArgumentException if the size is negative
   */
  public StoredBlob {
    if (size < 0) {
      throw new IllegalArgumentException("blob size " + size + " is negative");
    }
  }
}
