package fr.folios.core.internal;

import fr.folios.core.spi.BlobKey;
import fr.folios.core.spi.BlobStore;
import fr.folios.core.spi.SpaceRepository;
import fr.folios.core.spi.VersionRepository;
import java.io.IOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a failed write from leaving a blob without its record, without ever removing a blob
 * that another write in flight is about to record. Not part of the API.
 *
 * <p>Every write holds the shared side from before it stores bytes until its record is
 * committed or abandoned. Removing an unrecorded blob takes the exclusive side, and only when no
 * write is in flight; otherwise the blob waits, and the end of a later write removes it.
 */
public final class BlobGuard {

  private static final Logger LOG = LoggerFactory.getLogger(BlobGuard.class);

  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final Queue<BlobKey> pending = new ConcurrentLinkedQueue<>();
  private final BlobStore blobs;
  private final SpaceRepository spaces;
  private final VersionRepository versions;

  /**
   * Creates the guard.
   *
   * @param blobs the blob store
   * @param spaces the documents that reference blobs
   * @param versions the documents' versions, which reference blobs too
   */
  public BlobGuard(BlobStore blobs, SpaceRepository spaces, VersionRepository versions) {
    this.blobs = blobs;
    this.spaces = spaces;
    this.versions = versions;
  }

  /** Marks the start of a write; pair it with {@link #end()} in a finally block. */
  public void begin() {
    lock.readLock().lock();
  }

  /** Marks the end of a write. */
  public void end() {
    lock.readLock().unlock();
  }

  /**
   * Removes a blob that a failed write created, once no record uses it and no write of this
   * guard is in flight. Call it after {@link #end()}. If writes are in flight, the blob is
   * remembered and removed at the end of a later write.
   *
   * <p>The guard knows only the writes of its own JVM: hosts that run several Folios instances
   * on one blob store must collect orphan blobs instead of relying on it.
   *
   * @param key the blob
   */
  public void discard(BlobKey key) {
    pending.add(key);
    drain();
  }

  /** Removes the remembered blobs if no write is in flight; otherwise leaves them for later. */
  public void drain() {
    if (pending.isEmpty() || !lock.writeLock().tryLock()) {
      return;
    }
    try {
      for (BlobKey key = pending.poll(); key != null; key = pending.poll()) {
        remove(key);
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Removes a blob if no record uses it, once no write of this guard is in flight (waiting for
   * those in flight to end, so that none of them is about to record it).
   *
   * @param key the blob
   * @return whether the blob was removed
   * @throws IOException if the store fails
   */
  public boolean removeIfUnused(BlobKey key) throws IOException {
    lock.writeLock().lock();
    try {
      return unused(key) && blobs.delete(key);
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Returns how many unrecorded blobs wait for removal. */
  public int waiting() {
    return pending.size();
  }

  /** Tells whether no document, and no version of one, uses a blob. */
  private boolean unused(BlobKey key) {
    return spaces.countDocumentsUsing(key) == 0 && versions.countVersionsUsing(key) == 0;
  }

  private void remove(BlobKey key) {
    try {
      if (unused(key)) {
        blobs.delete(key);
      }
    } catch (IOException | RuntimeException e) {
      LOG.warn("could not remove unrecorded blob {}; it stays until orphans are collected",
          key, e);
    }
  }
}
