package fr.folios.core.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Passes a stream through while keeping a copy of its first bytes, so that the type of an upload
 * is told from what was stored without reading it twice.
 *
 * <p>Given a way to tell the type, it tells it from the reading thread, on the first read after
 * the head is full, so that the telling overlaps the rest of the stream (a blob store hashing
 * and writing the first bytes meanwhile) instead of following it; a stream shorter than the
 * head has its type told by {@link #type()}. Not part of the API; not thread-safe for reading,
 * but {@link #type()} may be called from another thread once the reading has ended.
 */
public final class HeadCapture extends FilterInputStream {

  private final byte[] head;
  private final @Nullable Function<byte[], String> typer;
  private int kept;
  private boolean due;
  private volatile @Nullable String type;
  private volatile @Nullable RuntimeException typeFailure;

  /**
   * Wraps a stream, keeping its head only.
   *
   * @param content the stream; not closed by this wrapper unless {@link #close()} is called
   * @param size how many leading bytes to keep
   */
  public HeadCapture(InputStream content, int size) {
    this(content, size, null);
  }

  /**
   * Wraps a stream, keeping its head and telling its type from the head.
   *
   * @param content the stream; not closed by this wrapper unless {@link #close()} is called
   * @param size how many leading bytes to keep
   * @param typer tells the type from the head, or {@code null} to tell none
   */
  public HeadCapture(InputStream content, int size, @Nullable Function<byte[], String> typer) {
    super(content);
    this.head = new byte[size];
    this.typer = typer;
  }

  /** {@return a copy of the first bytes read so far, at most the size given} */
  public byte[] head() {
    return Arrays.copyOf(head, kept);
  }

  /**
   * Returns the type told from the head: told already if the head was filled and read past,
   * else told now from the bytes read so far.
   *
   * @return the type
   * @throws IllegalStateException if no way to tell the type was given
   * @throws RuntimeException what telling the type threw
   */
  public String type() {
    if (typer == null) {
      throw new IllegalStateException("no way to tell the type was given to this capture");
    }
    if (type == null && typeFailure == null) {
      tellType();
    }
    RuntimeException failure = typeFailure;
    if (failure != null) {
      throw failure;
    }
    return Objects.requireNonNull(type);
  }

  @Override
  public int read() throws IOException {
    tellTypeIfDue();
    int b = super.read();
    if (b >= 0 && kept < head.length) {
      head[kept++] = (byte) b;
      noteFull();
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    tellTypeIfDue();
    int n = super.read(buffer, offset, length);
    if (n > 0 && kept < head.length) {
      int copied = Math.min(n, head.length - kept);
      System.arraycopy(buffer, offset, head, kept, copied);
      kept += copied;
      noteFull();
    }
    return n;
  }

  private void noteFull() {
    due = kept == head.length && typer != null;
  }

  private void tellTypeIfDue() {
    if (due) {
      due = false;
      tellType();
    }
  }

  private void tellType() {
    try {
      type = Objects.requireNonNull(typer).apply(head());
    } catch (RuntimeException e) {
      typeFailure = e;
    }
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
