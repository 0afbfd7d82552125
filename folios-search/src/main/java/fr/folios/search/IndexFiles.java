package fr.folios.search;

import fr.folios.core.FoliosException;
import java.io.Closeable;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files of one Lucene index and their life: one writer whose every change is committed and
 * then visible to searches before the change returns, or discarded whole; searchers shared
 * between threads; an orderly close.
 *
 * <p>Safe for concurrent use: changes run one at a time, searches run alongside them and see
 * the last committed content.
 */
final class IndexFiles implements Closeable {

  /** The commit data key that names the layout the index was written with. */
  static final String FORMAT = "folios.format";

  private static final Logger LOG = LoggerFactory.getLogger(IndexFiles.class);

  private final String name;
  private final Directory directory;
  private final Layout layout;
  private final Closeable[] owned;
  private final ReentrantReadWriteLock lifecycle = new ReentrantReadWriteLock();
  private final ReentrantLock writing = new ReentrantLock();
  private final SearcherManager searchers;

  /** Guarded by {@link #writing}; replaced when a failed change is discarded. */
  private IndexWriter writer;

  /** Guarded by {@link #lifecycle}. */
  private boolean closed;

  /**
   * Opens the index in a directory, creating it empty if needed; the index then owns the
   * directory, the layout's analyzer and the other resources given, and closes them. An index
   * written with another layout format (by an earlier version whose analysis or fields
   * differ) is emptied, so that the host's {@code ensureIndexed} rebuilds it from the
   * repository rather than searching it wrong.
   *
   * @param directory the directory
   * @param name how messages name the index
   * @param layout how the index is written and read
   * @param owned more resources to close with the index
   * @return the open index files
   * @throws FoliosException if the index cannot be opened; everything given is then closed
   */
  static IndexFiles open(Directory directory, String name, Layout layout, Closeable... owned) {
    try {
      return new IndexFiles(directory, name, layout, owned);
    } catch (IOException | RuntimeException e) {
      closeAll(e, owned);
      closeAll(e, layout.analyzer(), directory);
      throw new FoliosException(name + " could not be opened: " + e + "; check that the folder"
          + " is writable and that no other index holds it", e);
    }
  }

  private IndexFiles(Directory directory, String name, Layout layout, Closeable... owned)
      throws IOException {
    this.directory = directory;
    this.name = name;
    this.layout = layout;
    this.owned = owned.clone();
    this.writer = newWriter();
    try {
      emptyIfWrittenOtherwise();
      this.searchers = new SearcherManager(directory, layout.searchers());
    } catch (IOException | RuntimeException e) {
      closeAll(e, writer);
      throw e;
    }
  }

  /** Empties an index whose commit names another layout format, and names the current one. */
  private void emptyIfWrittenOtherwise() throws IOException {
    String written = null;
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    if (data != null) {
      for (Map.Entry<String, String> entry : data) {
        if (FORMAT.equals(entry.getKey())) {
          written = entry.getValue();
        }
      }
    }
    if (layout.format().equals(written)) {
      return;
    }
    if (writer.getDocStats().numDocs > 0) {
      LOG.warn("{} was written with layout '{}', not '{}': it is emptied; rebuild it from the"
          + " repository (ensureIndexed does)", name, written, layout.format());
      writer.deleteAll();
    }
    writer.setLiveCommitData(Map.of(FORMAT, layout.format()).entrySet());
    writer.commit();
  }

  /**
   * Applies a change, commits it and makes it visible to searches.
   *
   * @param change the change
   * @throws FoliosException if the index cannot be written (nothing of the change is kept), or
   *     was written but cannot be reopened for searching
   * @throws IllegalStateException if the index is closed
   */
  void write(Change change) {
    lifecycle.readLock().lock();
    try {
      ensureOpen();
      writing.lock();
      try {
        commit(change);
        refresh();
      } finally {
        writing.unlock();
      }
    } finally {
      lifecycle.readLock().unlock();
    }
  }

  /**
   * Reads the last committed content.
   *
   * @param reading the reading
   * @param <T> what it returns
   * @return what the reading returned
   * @throws FoliosException if the index cannot be read
   * @throws IllegalStateException if the index is closed
   */
  <T> T read(Reading<T> reading) {
    lifecycle.readLock().lock();
    try {
      ensureOpen();
      IndexSearcher searcher = searchers.acquire();
      try {
        return reading.apply(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new FoliosException(name + " could not be read: " + e
          + "; rebuild the index from the repository", e);
    } finally {
      lifecycle.readLock().unlock();
    }
  }

  /**
   * Waits for running searches and changes, then releases the files. Closing twice does
   * nothing.
   *
   * @throws FoliosException if a file cannot be released
   */
  @Override
  public void close() {
    lifecycle.writeLock().lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      closeEverything();
    } finally {
      lifecycle.writeLock().unlock();
    }
  }

  @Override
  public String toString() {
    return name;
  }

  private void closeEverything() {
    writing.lock();
    try {
      IOException failure = new IOException(name + " could not be closed");
      closeAll(failure, searchers, writer);
      closeAll(failure, owned);
      closeAll(failure, layout.analyzer(), directory);
      if (failure.getSuppressed().length > 0) {
        throw new FoliosException(name + " could not release every file: "
            + failure.getSuppressed()[0] + "; the index content is safe (it was committed)",
            failure);
      }
    } finally {
      writing.unlock();
    }
  }

  private void commit(Change change) {
    try {
      change.apply(writer);
      writer.commit();
    } catch (IOException | RuntimeException e) {
      discardPendingChanges(e);
      throw new FoliosException(name + " could not be written: " + e
          + "; nothing of this change was kept and the index holds its former content: fix the"
          + " cause (disk space, permissions) and retry, or rebuild the index", e);
    } catch (Error e) {
      discardPendingChanges(e);
      throw e;
    }
  }

  /**
   * Rolls back what the writer holds and opens a new one, so that a change cut off half-way,
   * even by an error, is never committed with the next change.
   */
  private void discardPendingChanges(Throwable failure) {
    try {
      writer.rollback();
    } catch (IOException | RuntimeException e) {
      failure.addSuppressed(e);
    }
    try {
      writer = newWriter();
    } catch (IOException | RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  private void refresh() {
    try {
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new FoliosException(name + " was written but could not be reopened for searching: "
          + e + "; close it and open it again", e);
    }
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException(name + " is closed: open the index again to use it");
    }
  }

  private IndexWriter newWriter() throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(layout.analyzer())
        .setCodec(layout.codec())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setCommitOnClose(false);
    IndexWriter created = new IndexWriter(directory, config);
    try {
      created.commit();
      return created;
    } catch (IOException | RuntimeException e) {
      closeAll(e, created);
      throw e;
    }
  }

  /**
   * Closes resources, keeping each failure as suppressed by another.
   *
   * @param failure where failures are kept
   * @param closeables what to close
   */
  static void closeAll(Exception failure, Closeable... closeables) {
    for (Closeable closeable : closeables) {
      try {
        closeable.close();
      } catch (IOException | RuntimeException e) {
        failure.addSuppressed(e);
      }
    }
  }

  /**
   * How an index is written and read.
   *
   * @param analyzer the writer's analyzer, closed with the index
   * @param codec the writer's codec
   * @param searchers makes the searchers
   * @param format names the layout (fields and analysis); change it when either changes, so
   *     that indexes written before are emptied and rebuilt
   */
  record Layout(Analyzer analyzer, Codec codec, SearcherFactory searchers, String format) {
  }

  /** A change made through the index writer, committed afterwards. */
  @FunctionalInterface
  interface Change {
    void apply(IndexWriter lucene) throws IOException;
  }

  /** A read of one view of the index. */
  @FunctionalInterface
  interface Reading<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }
}
