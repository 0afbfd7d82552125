package fr.folios.storage;

import fr.folios.core.spi.BlobKey;
import fr.folios.core.spi.BlobTooLargeException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * Copies a stream into a file and flushes it to the device, computing the SHA-256 of the bytes
 * it copied and refusing a stream longer than a limit as soon as it reads past it.
 *
 * <p>A stream that fits in one buffer is copied, hashed and flushed on the calling thread. A
 * longer one is copied on the calling thread while two threads of the copy's own overlap the
 * rest: one hashes each buffer once it is written, and one asks the device to write what is in
 * the file so far ({@code fdatasync}) each time {@link #FLUSH_BYTES} more bytes were written,
 * so that the device's work runs during the hashing rather than after it. The calling thread
 * then flushes the whole file and its metadata ({@code fsync}) as before; the early flushes
 * change no guarantee, only when the device does the work. A buffer is reused only once it is
 * hashed, so the key is that of the bytes written. Both threads have ended when {@link #copy}
 * returns or throws, whatever happened.
 *
 * <p>Not part of the API. Each call is independent; the class holds no state between calls.
 */
final class OverlappedCopy {

  /** The size of each buffer read from the stream. */
  static final int BUFFER_BYTES = 256 * 1024;

  /** How many buffers one copy uses at most: what the hashing may lag behind the writing. */
  static final int BUFFERS = 4;

  /** How many bytes written since the last early flush ask for the next one. */
  static final long FLUSH_BYTES = 2L * 1024 * 1024;

  /** Marks the end of the buffers to hash. */
  private static final Chunk END = new Chunk(new byte[0], 0);

  /** Marks the end of the flush requests. */
  private static final Object STOP = new Object();

  /** Asks for one early flush. */
  private static final Object FLUSH = new Object();

  private final Source source;

  private final FileChannel channel;

  private final MessageDigest digest = sha256();

  private OverlappedCopy(Source source, FileChannel channel) {
    this.source = source;
    this.channel = channel;
  }

  /**
   * Copies a stream to the end of a file, then forces the file and its metadata to the device.
   *
   * @param content the stream, read to its end and not closed
   * @param maxBytes how many bytes the stream may hold, at least 0
   * @param channel the file, open for writing; not closed
   * @return the SHA-256 of the bytes copied, and their number
   * @throws BlobTooLargeException if the stream holds more than {@code maxBytes} bytes; it is
   *     read at most one byte past the limit
   * @throws InterruptedIOException if the calling thread is interrupted while it waits for the
   *     hashing; its interrupt status stays set
   * @throws IOException if the stream cannot be read, or the file written or flushed
   */
  static Copied copy(InputStream content, long maxBytes, FileChannel channel)
      throws IOException {
    return new OverlappedCopy(new Source(content, maxBytes), channel).run();
  }

  private Copied run() throws IOException {
    byte[] first = new byte[BUFFER_BYTES];
    int n = source.fill(first);
    if (source.ended()) {
      digest.update(first, 0, n);
      writeFully(channel, first, n);
    } else {
      overlap(first);
    }

    channel.force(true);
    return new Copied(new BlobKey(HexFormat.of().formatHex(digest.digest())), source.size());
  }

  /** Writes the first, full buffer and the rest of the stream, hashing and flushing aside. */
  private void overlap(byte[] first) throws IOException {
    try (Helpers helpers = new Helpers(channel, digest)) {
      byte[] buffer = first;
      int n = first.length;
      while (n > 0) {
        writeFully(channel, buffer, n);
        helpers.written(buffer, n);
        if (source.ended()) {
          break;
        }
        buffer = helpers.freeBuffer();
        n = source.fill(buffer);
      }
      helpers.finish();
    }
  }

  private static void writeFully(FileChannel channel, byte[] buffer, int length)
      throws IOException {
    ByteBuffer bytes = ByteBuffer.wrap(buffer, 0, length);
    while (bytes.hasRemaining()) {
      channel.write(bytes);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JVM lacks SHA-256, which every JVM must provide", e);
    }
  }

  /**
   * What a copy wrote.
   *
   * @param key the SHA-256 of the bytes
   * @param size how many bytes
   */
  record Copied(BlobKey key, long size) {}

  /** A written buffer waiting to be hashed. */
  private record Chunk(byte[] buffer, int length) {}

  /** The stream being copied: counts its bytes and stops at the limit. */
  private static final class Source {

    private final InputStream content;

    private final long maxBytes;

    private long size;

    private boolean ended;

    Source(InputStream content, long maxBytes) {
      this.content = content;
      this.maxBytes = maxBytes;
    }

    /** Reads until the buffer is full or the stream ends; returns how many bytes it holds. */
    int fill(byte[] buffer) throws IOException {
      int filled = 0;
      while (filled < buffer.length) {
        int n = content.read(buffer, filled, nextReadLength(buffer.length - filled));
        if (n == -1) {
          ended = true;
          return filled;
        }
        filled += n;
        size += n;
        if (size > maxBytes) {
          throw new BlobTooLargeException(maxBytes);
        }
      }
      return filled;
    }

    /** Asks for at most one byte more than the room left, so that a long stream is seen early. */
    private int nextReadLength(int free) {
      long room = maxBytes - size;
      return room < free ? (int) room + 1 : free;
    }

    boolean ended() {
      return ended;
    }

    long size() {
      return size;
    }
  }

  /**
   * The hashing thread and the flushing thread of one copy, with the buffers they share. Closing
   * stops both and waits for them, even if the calling thread is interrupted.
   */
  private static final class Helpers implements AutoCloseable {

    private final FileChannel channel;

    private final MessageDigest digest;

    private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(BUFFERS);

    private final BlockingQueue<Chunk> written = new ArrayBlockingQueue<>(BUFFERS + 1);

    private final BlockingQueue<Object> flushes = new LinkedBlockingQueue<>();

    private final AtomicBoolean flushAsked = new AtomicBoolean();

    private final Thread hasher;

    private final Thread flusher;

    private volatile @Nullable Throwable hashFailure;

    private volatile @Nullable IOException flushFailure;

    private long unflushed;

    private boolean stopped;

    Helpers(FileChannel channel, MessageDigest digest) {
      this.channel = channel;
      this.digest = digest;
      for (int i = 1; i < BUFFERS; i++) {
        free.add(new byte[BUFFER_BYTES]);
      }

      this.hasher = start(this::hashAll, "folios-blob-sha256");
      try {
        this.flusher = start(this::flushAll, "folios-blob-flush");
      } catch (RuntimeException | Error e) {
        written.add(END);
        if (join(hasher)) {
          Thread.currentThread().interrupt();
        }
        throw e;
      }
    }

    /** Hands a written buffer to the hashing, and asks for a flush every so many bytes. */
    void written(byte[] buffer, int length) {
      written.add(new Chunk(buffer, length));
      unflushed += length;
      if (unflushed >= FLUSH_BYTES) {
        unflushed = 0;
        if (flushAsked.compareAndSet(false, true)) {
          flushes.add(FLUSH);
        }
      }
    }

    /** Waits for a buffer the hashing is done with. */
    byte[] freeBuffer() throws IOException {
      try {
        return free.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while the blob's bytes were hashed;"
            + " nothing was stored");
      }
    }

    /** Waits for the hashing and the early flushes, and reports the first failure of either. */
    void finish() throws IOException {
      close();
      Throwable hashing = hashFailure;
      if (hashing != null) {
        throw new IllegalStateException("the SHA-256 of the blob could not be computed", hashing);
      }
      IOException flushing = flushFailure;
      if (flushing != null) {
        throw flushing;
      }
    }

    @Override
    public void close() {
      if (stopped) {
        return;
      }
      stopped = true;
      written.add(END);
      flushes.add(STOP);
      boolean interrupted = join(hasher);
      interrupted |= join(flusher);
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }

    private void hashAll() {
      for (Chunk chunk = take(written); chunk != END; chunk = take(written)) {
        if (hashFailure == null) {
          hash(chunk);
        }
        free.add(chunk.buffer());
      }
    }

    private void hash(Chunk chunk) {
      try {
        digest.update(chunk.buffer(), 0, chunk.length());
      } catch (RuntimeException | Error e) {
        hashFailure = e;
      }
    }

    /** Flushes what is written so far each time it is asked; a failure fails the copy. */
    private void flushAll() {
      for (Object request = take(flushes); request != STOP; request = take(flushes)) {
        flushAsked.set(false);
        if (flushFailure == null) {
          flush();
        }
      }
    }

    private void flush() {
      try {
        channel.force(false);
      } catch (IOException e) {
        flushFailure = e;
      }
    }

    private static Thread start(Runnable task, String name) {
      Thread thread = new Thread(task, name);
      thread.setDaemon(true);
      thread.start();
      return thread;
    }

    /** Takes the next element; these threads are never interrupted by the copy, so retries. */
    private static <T> T take(BlockingQueue<T> queue) {
      while (true) {
        try {
          return queue.take();
        } catch (InterruptedException e) {
          // Only the copy stops these threads, through the queues.
        }
      }
    }

    /** Waits for a thread to end; tells whether the caller was interrupted meanwhile. */
    private static boolean join(Thread thread) {
      boolean interrupted = false;
      while (true) {
        try {
          thread.join();
          return interrupted;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
  }
}
