package fr.folios.core.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Passes a stream through while keeping a copy of its first bytes, so that the type of an upload
 * is told from what was stored without reading it twice. Not part of the API; not thread-safe.
 */
public final class HeadCapture extends FilterInputStream {

  private final byte[] head;
  private int kept;

  /**
   * Wraps a stream.
   *
   * @param content the stream; not closed by this wrapper unless {@link #close()} is called
   * @param size how many leading bytes to keep
   */
  public HeadCapture(InputStream content, int size) {
    super(content);
    this.head = new byte[size];
  }

  /** {@return a copy of the first bytes read so far, at most the size given} */
  public byte[] head() {
    return Arrays.copyOf(head, kept);
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0 && kept < head.length) {
      head[kept++] = (byte) b;
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0 && kept < head.length) {
      int copied = Math.min(n, head.length - kept);
      System.arraycopy(buffer, offset, head, kept, copied);
      kept += copied;
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    byte[] discarded = new byte[(int) Math.min(8192, Math.max(0, n))];
    long skipped = 0;
    while (skipped < n) {
      int read = read(discarded, 0, (int) Math.min(discarded.length, n - skipped));
      if (read < 0) {
        break;
      }
      skipped += read;
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  @Override
  public synchronized void mark(int limit) {
  }

  @Override
  public synchronized void reset() throws IOException {
    throw new IOException("mark and reset are not supported while the head is kept");
  }
}
