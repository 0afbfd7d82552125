package fr.folios.storage;

import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.WRITE;

import fr.folios.core.NotFoundException;
import fr.folios.core.spi.BlobKey;
import fr.folios.core.spi.BlobStore;
import fr.folios.core.spi.StoredBlob;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link BlobStore} that keeps each blob in its own file under a root directory.
 *
 * <p>A blob whose key is {@code abcd1234...} lives at {@code blobs/ab/cd/abcd1234...} under
 * the root. {@link #put} copies the stream into a temporary file in the root's {@code tmp}
 * directory, counting the bytes and computing the SHA-256 as it goes, flushes the file to the
 * device, then moves it atomically to its address and flushes the directories it changed. A
 * stream longer than 256 KB is hashed, and its file flushed in steps, by two threads the put
 * starts and waits for, so that hashing and the device's writes overlap the copy; a put returns
 * or throws only once both have ended. A crash before that move
 * leaves only a temporary file, which no read ever sees and which the next
 * {@link #open(Path)} of the store removes; a crash after it leaves the whole blob. Blob files
 * are created readable and writable by their owner only, where the filesystem has POSIX
 * permissions.
 *
 * <p>Instances are safe for concurrent use by any number of threads, and several instances on
 * the same root within one JVM agree on which {@link #put} created a blob. Several processes may
 * read and write the same root without ever corrupting it, with two limits: when two of them
 * store the same new bytes at the same moment both may report {@code created}, and opening a
 * store removes every temporary file, so a put still running in another process then fails
 * with an {@link IOException} (nothing is stored) and must be retried.
 */
public final class FileSystemBlobStore implements BlobStore {

  /** The directory under the root that holds the blobs. */
  static final String BLOBS = "blobs";

  /** The directory under the root that holds unfinished writes. */
  static final String TEMP = "tmp";

  /** The name ending of an unfinished write. */
  static final String TEMP_SUFFIX = ".part";

  private static final Logger LOG = LoggerFactory.getLogger(FileSystemBlobStore.class);

  /**
   * Locks shared by every instance in the JVM, chosen by key, so that two instances on one root
   * still decide atomically whether a blob already exists.
   */
  private static final ReentrantLock[] LOCKS = newLocks(64);

  private static final int SHA256_HEX = 64;

  /** How many directories the first level of shards holds: one per first byte of a key. */
  private static final int FIRST_LEVEL_SHARDS = 256;

  private final Path root;

  private final Path blobs;

  private final Path temp;

  private FileSystemBlobStore(Path root) {
    this.root = root;
    this.blobs = root.resolve(BLOBS);
    this.temp = root.resolve(TEMP);
  }

  /**
   * Opens the store kept under a directory, creating the directories it needs and removing the
   * temporary files that an earlier crash may have left.
   *
   * @param root the directory of the store; created with its parents if missing
   * @return the store
   * @throws NotDirectoryException if {@code root} exists and is not a directory
   * @throws IOException if the directories cannot be created or listed
   */
  public static FileSystemBlobStore open(Path root) throws IOException {
    Objects.requireNonNull(root, "root");
    if (Files.exists(root) && !Files.isDirectory(root)) {
      throw new NotDirectoryException(root.toString());
    }
    FileSystemBlobStore store = new FileSystemBlobStore(root.toAbsolutePath().normalize());

    Files.createDirectories(store.blobs);
    Files.createDirectories(store.temp);
    store.createFirstLevelShards();

    store.removeUnfinishedWrites();
    return store;
  }

  /**
   * Creates the 256 first-level shard directories that are missing, then flushes {@code blobs/}
   * once, so that a put never has to flush it.
   */
  private void createFirstLevelShards() throws IOException {
    boolean created = false;
    for (int i = 0; i < FIRST_LEVEL_SHARDS; i++) {
      Path shard = blobs.resolve(String.format(Locale.ROOT, "%02x", i));
      if (!Files.isDirectory(shard)) {
        Files.createDirectories(shard);
        created = true;
      }
    }
    if (created) {
      syncDirectory(blobs);
    }
  }

  /**
   * Returns the directory that holds this store.
   *
   * @return the absolute, normalized root given to {@link #open}
   */
  public Path root() {
    return root;
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if {@code maxBytes} is negative
   */
  @Override
  public StoredBlob put(InputStream content, long maxBytes) throws IOException {
    Objects.requireNonNull(content, "content");
    if (maxBytes < 0) {
      throw new IllegalArgumentException("maxBytes is " + maxBytes + "; it must be at least 0");
    }

    Path part = Files.createTempFile(temp, "put-", TEMP_SUFFIX);
    try {
      OverlappedCopy.Copied written = write(content, maxBytes, part);
      boolean created = publish(part, written.key());
      return new StoredBlob(written.key(), written.size(), created);
    } finally {
      discard(part);
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>On POSIX systems the stream stays readable if the blob is deleted meanwhile.
   */
  @Override
  public InputStream open(BlobKey key) throws IOException {
    Path path = pathOf(key);
    try {
      return Files.newInputStream(path);
    } catch (NoSuchFileException e) {
      throw notFound(key, e);
    }
  }

  @Override
  public boolean exists(BlobKey key) throws IOException {
    try {
      return Files.readAttributes(pathOf(key), BasicFileAttributes.class).isRegularFile();
    } catch (NoSuchFileException e) {
      return false;
    }
  }

  @Override
  public long size(BlobKey key) throws IOException {
    Path path = pathOf(key);
    try {
      return Files.readAttributes(path, BasicFileAttributes.class).size();
    } catch (NoSuchFileException e) {
      throw notFound(key, e);
    }
  }

  @Override
  public boolean delete(BlobKey key) throws IOException {
    Path path = pathOf(key);
    ReentrantLock lock = lockFor(key);
    lock.lock();
    try {
      return Files.deleteIfExists(path);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public String toString() {
    return "FileSystemBlobStore[" + root + "]";
  }

  /** Copies the stream into the file and flushes it to the device. */
  private static OverlappedCopy.Copied write(InputStream content, long maxBytes, Path part)
      throws IOException {
    try (FileChannel channel = FileChannel.open(part, WRITE)) {
      return OverlappedCopy.copy(content, maxBytes, channel);
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>The time a blob was last stored is its file's modification time: a put that finds the
   * blob already there touches it.
   */
  @Override
  public void forEachStoredBefore(Instant cutoff, Consumer<BlobKey> sink) throws IOException {
    Objects.requireNonNull(cutoff, "cutoff");
    FileTime before = FileTime.from(cutoff);
    try (Stream<Path> files = Files.walk(blobs, 3)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String name = String.valueOf(file.getFileName());
        if (name.length() == SHA256_HEX && Files.isRegularFile(file)
            && Files.getLastModifiedTime(file).compareTo(before) < 0) {
          sink.accept(new BlobKey(name));
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Moves the written file to the key's address unless a blob is there; tells which. The new
   * entries (the blob, then its second-level shard directory, in its first-level one) are made
   * durable after the move, in one series of directory flushes, so that a journaling filesystem
   * commits them together.
   */
  private boolean publish(Path part, BlobKey key) throws IOException {
    Path target = pathOf(key);
    ReentrantLock lock = lockFor(key);
    lock.lock();
    try {
      if (Files.exists(target)) {
        Files.setLastModifiedTime(target, FileTime.from(Instant.now()));
        return false;
      }
      boolean newFirstLevel = createShard(target.getParent());
      Files.move(part, target, ATOMIC_MOVE);
      syncDirectory(target.getParent());
      syncDirectory(target.getParent().getParent());
      if (newFirstLevel) {
        syncDirectory(blobs);
      }
      return true;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Creates the two shard levels of a blob's directory where missing; tells whether the first
   * level was (the store creates them all when it opens, so only if one was removed since).
   * The first level is flushed at every put all the same: the second-level directory may have
   * been created by a put racing this one, which may not have flushed its entry yet.
   */
  private static boolean createShard(Path shard) throws IOException {
    if (Files.isDirectory(shard)) {
      return false;
    }
    boolean firstLevelMissing = !Files.isDirectory(shard.getParent());
    Files.createDirectories(shard);
    return firstLevelMissing;
  }

  private Path pathOf(BlobKey key) {
    String sha = Objects.requireNonNull(key, "key").sha256();
    return blobs.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
  }

  private NotFoundException notFound(BlobKey key, NoSuchFileException cause) {
    return new NotFoundException("blob '" + key + "' is not stored under " + root
        + ": check the key, or store the content first", cause);
  }

  private void removeUnfinishedWrites() throws IOException {
    try (DirectoryStream<Path> parts = Files.newDirectoryStream(temp, "*" + TEMP_SUFFIX)) {
      for (Path part : parts) {
        discard(part);
      }
    }
  }

  /** Removes a temporary file if it is still there; a failure is logged, never thrown. */
  private static void discard(Path part) {
    try {
      Files.deleteIfExists(part);
    } catch (IOException e) {
      LOG.warn("could not remove the unfinished blob file {}; it is never read and the next"
          + " opening of the store retries: remove it by hand if it stays", part, e);
    }
  }

  /**
   * Flushes a directory's entries to the device where the platform allows it; some platforms
   * (Windows among them) refuse to open a directory, and there the rename is left to the
   * filesystem's own journal.
   */
  private static void syncDirectory(Path directory) {
    try (FileChannel channel = FileChannel.open(directory, READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      LOG.trace("directory {} cannot be flushed on this platform", directory, e);
    }
  }

  private static ReentrantLock lockFor(BlobKey key) {
    return LOCKS[Math.floorMod(key.hashCode(), LOCKS.length)];
  }

  private static ReentrantLock[] newLocks(int count) {
    ReentrantLock[] locks = new ReentrantLock[count];
    for (int i = 0; i < count; i++) {
      locks[i] = new ReentrantLock();
    }
    return locks;
  }

}
