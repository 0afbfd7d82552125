package fr.folios.core.spi;

import fr.folios.core.FoliosException;

/**
 * A {@link BlobStore} stopped reading a stream because it went past the allowed size; nothing
 * was stored. Use cases translate it into a message that names the file and the space.
 */
public class BlobTooLargeException extends FoliosException {

  private static final long serialVersionUID = 1L;

  private final long maxBytes;

  /**
   * Creates the exception.
   *
   * @param maxBytes the size that the stream went past
   */
  public BlobTooLargeException(long maxBytes) {
    super("the content is larger than " + maxBytes + " bytes, the most allowed here;"
        + " nothing was stored: send a smaller file");
    this.maxBytes = maxBytes;
  }

  /** {@return the size the stream went past} */
  public long maxBytes() {
    return maxBytes;
  }
}
