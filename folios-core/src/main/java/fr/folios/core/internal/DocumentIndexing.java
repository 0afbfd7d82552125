package fr.folios.core.internal;

import fr.folios.core.ProgressListener;
import fr.folios.core.space.Document;
import fr.folios.core.space.DocumentId;
import fr.folios.core.spi.BlobStore;
import fr.folios.core.spi.DocumentIndex;
import fr.folios.core.spi.IndexedDocument;
import fr.folios.core.spi.SpaceRepository;
import fr.folios.core.spi.TextExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the document index in step with the repository.
 *
 * <p>The repository tells it which documents a transaction saved or deleted; once the
 * outermost transaction has committed, each of them is read again from the repository and
 * indexed as it now is, or removed if it is gone. A transaction that fails indexes nothing. A
 * document's reads and writes to the index are serialised, so two commits of the same document
 * leave the later state indexed. The index failing never fails the change, which is already
 * committed: it is logged, and {@code DocumentSearch.rebuildIndex} puts the index right. Safe for
 * concurrent use.
 */
public final class DocumentIndexing {

  /** The most characters of a document's content that are indexed. */
  public static final int MAX_TEXT_CHARS = 200_000;

  /** The largest content whose text is read; larger documents are found by their name. */
  public static final long MAX_EXTRACTED_BYTES = 50L * 1024 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(DocumentIndexing.class);

  private static final int LOCKS = 64;

  /** How long the text of one document may take to read before it is given up. */
  static final Duration EXTRACTION_DEADLINE = Duration.ofSeconds(10);

  /** How many texts are read at once, and how many more may wait. */
  private static final int READERS = 2;

  private static final int WAITING_READS = 32;

  private final SpaceRepository repository;

  private final BlobStore blobs;

  private final TextExtractor extractor;

  private final DocumentIndex index;

  private final ThreadLocal<@Nullable Set<DocumentId>> pending = new ThreadLocal<>();

  private final ReentrantLock[] locks = new ReentrantLock[LOCKS];

  /** Whether a change failed to reach the index since it was last rebuilt. */
  private final AtomicBoolean behind = new AtomicBoolean();

  /**
   * Reads texts off the caller's thread, so that a file built to keep a parser busy costs the
   * caller at most {@link #deadline}; busy with such files, it turns new ones away at once.
   */
  private final ThreadPoolExecutor reading;

  private final Duration deadline;

  /**
   * Creates the indexing of a repository's documents.
   *
   * @param repository the repository, the source of truth
   * @param blobs where the documents' bytes are
   * @param extractor reads their text
   * @param index the index kept in step
   */
  public DocumentIndexing(SpaceRepository repository, BlobStore blobs, TextExtractor extractor,
      DocumentIndex index) {
    this(repository, blobs, extractor, index, EXTRACTION_DEADLINE);
  }

  DocumentIndexing(SpaceRepository repository, BlobStore blobs, TextExtractor extractor,
      DocumentIndex index, Duration deadline) {
    this.repository = repository;
    this.blobs = blobs;
    this.extractor = extractor;
    this.index = index;
    this.deadline = deadline;
    this.reading = new ThreadPoolExecutor(READERS, READERS, 1, TimeUnit.MINUTES,
        new ArrayBlockingQueue<>(WAITING_READS), runnable -> {
          Thread thread = new Thread(runnable, "folios-text-extraction");
          thread.setDaemon(true);
          return thread;
        });
    reading.allowCoreThreadTimeOut(true);
    for (int i = 0; i < LOCKS; i++) {
      locks[i] = new ReentrantLock();
    }
  }

  /**
   * Stops reading texts: a read still running is interrupted and left to end on its own
   * (parsers rarely heed interruptions; the threads are daemons).
   */
  public void close() {
    reading.shutdownNow();
  }

  /** {@return the index} */
  public DocumentIndex index() {
    return index;
  }

  /**
   * Runs a transaction, then indexes what it changed once it has committed. A transaction
   * nested in another is left to the outer one.
   *
   * @param transaction runs the work in a transaction and returns its result
   * @param <T> the result's type
   * @return the result
   */
  public <T> T afterCommit(Supplier<T> transaction) {
    if (pending.get() != null) {
      return transaction.get();
    }
    Set<DocumentId> changed = new LinkedHashSet<>();
    pending.set(changed);
    T result;
    try {
      result = transaction.get();
    } finally {
      pending.remove();
    }
    refresh(changed);
    return result;
  }

  /**
   * Notes that a document was saved or deleted: indexed after the transaction commits, or now
   * outside a transaction.
   *
   * @param id the document
   */
  public void changed(DocumentId id) {
    Set<DocumentId> changed = pending.get();
    if (changed != null) {
      changed.add(id);
    } else {
      refresh(List.of(id));
    }
  }

  /**
   * Reads the documents again from the repository and indexes them as they are, removing those
   * that are gone.
   *
   * @param ids the documents
   */
  public void refresh(Collection<DocumentId> ids) {
    for (DocumentId id : ids) {
      ReentrantLock lock = locks[Math.floorMod(id.hashCode(), LOCKS)];
      lock.lock();
      try {
        Optional<Document> document = repository.findDocument(id);
        if (document.isPresent()) {
          index.index(List.of(indexed(document.get())));
        } else {
          index.remove(List.of(id));
        }
      } catch (RuntimeException e) {
        behind.set(true);
        LOG.warn("document '{}' could not be indexed; rebuild the document index to find it"
            + " again", id.value(), e);
      } finally {
        lock.unlock();
      }
    }
  }

  /**
   * Empties the index and indexes every document of the repository again.
   *
   * @param progress told how many documents were indexed out of the total
   */
  public void rebuild(ProgressListener progress) {
    behind.set(false);
    try {
      long total = repository.countDocuments();
      index.rebuild(() -> new Pages(), total, progress);
    } catch (RuntimeException | Error e) {
      behind.set(true);
      throw e;
    }
  }

  /**
   * Rebuilds the index if it does not hold as many documents as the repository, or if a change
   * failed to reach it since it was last rebuilt (a rename lost to a full disk leaves the count
   * right and the index wrong).
   *
   * @param progress told how many documents were indexed out of the total, if it rebuilds
   * @return {@code true} if it rebuilt the index
   */
  public boolean ensureIndexed(ProgressListener progress) {
    if (!behind.get() && index.size() == repository.countDocuments()) {
      return false;
    }
    rebuild(progress);
    return true;
  }

  /**
   * Tells what the index holds of a document: its place, name and type, and the words of its
   * content when the extractor reads its type and it is not too large.
   *
   * @param document the document
   * @return what to index
   */
  IndexedDocument indexed(Document document) {
    String type = bareType(document.mediaType());
    return new IndexedDocument(document.id(), document.space(), document.name().value(), type,
        text(document, type), document.trashed());
  }

  private String text(Document document, String type) {
    if (!extractor.reads(type) || document.size() > MAX_EXTRACTED_BYTES) {
      return "";
    }
    Future<String> text;
    try {
      text = reading.submit(() -> read(document, type));
    } catch (RejectedExecutionException busy) {
      return nameOnly(document, type, "every reader is busy with earlier files");
    }
    try {
      return text.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      text.cancel(true);
      return nameOnly(document, type, "reading it took more than " + deadline.toSeconds()
          + " s");
    } catch (ExecutionException e) {
      return nameOnly(document, type, String.valueOf(e.getCause()));
    } catch (InterruptedException e) {
      text.cancel(true);
      Thread.currentThread().interrupt();
      return nameOnly(document, type, "the indexing thread was interrupted");
    }
  }

  private String read(Document document, String type) throws IOException {
    try (InputStream content = blobs.open(document.blob())) {
      return extractor.extract(type, content, MAX_TEXT_CHARS);
    }
  }

  private static String nameOnly(Document document, String type, String reason) {
    LOG.warn("the text of document '{}' ({}) could not be read: it is found by its name only"
        + " ({})", document.id().value(), type, reason);
    return "";
  }

  /** {@return a media type in lower case, without its parameters} */
  static String bareType(String mediaType) {
    int semicolon = mediaType.indexOf(';');
    String bare = semicolon < 0 ? mediaType : mediaType.substring(0, semicolon);
    return bare.strip().toLowerCase(Locale.ROOT);
  }

  /** Every document of the repository, read a page at a time as the index takes them. */
  private final class Pages implements Iterator<IndexedDocument> {

    private static final int PAGE = 500;

    private List<Document> page = new ArrayList<>();

    private int next;

    private @Nullable DocumentId last;

    private boolean ended;

    @Override
    public boolean hasNext() {
      if (next < page.size()) {
        return true;
      }
      if (ended) {
        return false;
      }
      page = repository.documentsAfter(last, PAGE);
      next = 0;
      ended = page.size() < PAGE;
      if (!page.isEmpty()) {
        last = page.get(page.size() - 1).id();
      }
      return !page.isEmpty();
    }

    @Override
    public IndexedDocument next() {
      if (!hasNext()) {
        throw new NoSuchElementException("every document was indexed");
      }
      return indexed(page.get(next++));
    }
  }
}
