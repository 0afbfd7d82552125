package fr.folios.core.internal;

import fr.folios.core.directory.PersonId;
import fr.folios.core.space.Document;
import fr.folios.core.space.DocumentId;
import fr.folios.core.space.Folder;
import fr.folios.core.space.FolderId;
import fr.folios.core.space.Space;
import fr.folios.core.space.SpaceId;
import fr.folios.core.space.SpaceKind;
import fr.folios.core.spi.BlobKey;
import fr.folios.core.spi.CatalogueRepository;
import fr.folios.core.spi.DirectoryRepository;
import fr.folios.core.spi.DocumentPosition;
import fr.folios.core.spi.NewsRepository;
import fr.folios.core.spi.Persistence;
import fr.folios.core.spi.ReadAccess;
import fr.folios.core.spi.ShareRepository;
import fr.folios.core.spi.SpaceRepository;
import fr.folios.core.spi.Transactions;
import fr.folios.core.spi.VersionRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A persistence that tells the document index what its transactions changed.
 *
 * <p>Its spaces repository notes every document saved or deleted, and its transactions index
 * them once they have committed; everything else goes straight to the persistence it wraps.
 * Safe for concurrent use as the wrapped persistence is.
 */
public final class IndexedPersistence implements Persistence {

  private final Persistence persistence;

  private final Transactions transactions;

  private final SpaceRepository spaces;

  /**
   * Wraps a persistence.
   *
   * @param persistence the persistence, which stays the source of truth
   * @param indexing keeps the index in step
   */
  public IndexedPersistence(Persistence persistence, DocumentIndexing indexing) {
    this.persistence = persistence;
    this.transactions = new IndexedTransactions(persistence.transactions(), indexing);
    this.spaces = new IndexedSpaces(persistence.spaces(), indexing);
  }

  @Override
  public Transactions transactions() {
    return transactions;
  }

  @Override
  public DirectoryRepository directory() {
    return persistence.directory();
  }

  @Override
  public SpaceRepository spaces() {
    return spaces;
  }

  @Override
  public ShareRepository shares() {
    return persistence.shares();
  }

  @Override
  public NewsRepository news() {
    return persistence.news();
  }

  @Override
  public CatalogueRepository catalogue() {
    return persistence.catalogue();
  }

  @Override
  public VersionRepository versions() {
    return persistence.versions();
  }

  @Override
  public ReadAccess readAccess(PersonId person, DocumentId document, Instant at) {
    return persistence.readAccess(person, document, at);
  }

  @Override
  public List<Document> sharedWith(PersonId person, Instant at,
      @Nullable DocumentPosition after, int limit) {
    return persistence.sharedWith(person, at, after, limit);
  }

  @Override
  public void close() {
    persistence.close();
  }

  @Override
  public String toString() {
    return persistence + " with a document index";
  }

  /** Transactions that index what they changed once they have committed. */
  private record IndexedTransactions(Transactions transactions, DocumentIndexing indexing)
      implements Transactions {

    @Override
    public <T> T inTransaction(Supplier<T> work) {
      return indexing.afterCommit(() -> transactions.inTransaction(work));
    }
  }

  /**
   * The spaces repository, noting the documents saved or deleted. It overrides every method of
   * {@link SpaceRepository}, defaults included, so that an adapter's own versions are used.
   */
  static final class IndexedSpaces implements SpaceRepository {

    private final SpaceRepository spaces;

    private final DocumentIndexing indexing;

    IndexedSpaces(SpaceRepository spaces, DocumentIndexing indexing) {
      this.spaces = spaces;
      this.indexing = indexing;
    }

    @Override
    public void saveDocument(Document document) {
      spaces.saveDocument(document);
      indexing.changed(document.id());
    }

    @Override
    public void deleteDocument(DocumentId id) {
      spaces.deleteDocument(id);
      indexing.changed(id);
    }

    @Override
    public void saveSpace(Space space) {
      spaces.saveSpace(space);
    }

    @Override
    public Optional<Space> findSpace(SpaceId id) {
      return spaces.findSpace(id);
    }

    @Override
    public Optional<Space> lockSpace(SpaceId id) {
      return spaces.lockSpace(id);
    }

    @Override
    public Optional<Space> findSpaceByOwner(SpaceKind kind, String owner) {
      return spaces.findSpaceByOwner(kind, owner);
    }

    @Override
    public void saveFolder(Folder folder) {
      spaces.saveFolder(folder);
    }

    @Override
    public Optional<Folder> findFolder(FolderId id) {
      return spaces.findFolder(id);
    }

    @Override
    public List<Folder> folders(SpaceId space, @Nullable FolderId parent) {
      return spaces.folders(space, parent);
    }

    @Override
    public Optional<Document> findDocument(DocumentId id) {
      return spaces.findDocument(id);
    }

    @Override
    public List<Document> documents(SpaceId space, @Nullable FolderId folder) {
      return spaces.documents(space, folder);
    }

    @Override
    public long countDocumentsUsing(BlobKey blob) {
      return spaces.countDocumentsUsing(blob);
    }

    @Override
    public List<Folder> trashedFolders(SpaceId space) {
      return spaces.trashedFolders(space);
    }

    @Override
    public List<Document> trashedDocuments(SpaceId space) {
      return spaces.trashedDocuments(space);
    }

    @Override
    public void deleteFolder(FolderId id) {
      spaces.deleteFolder(id);
    }

    @Override
    public void deleteSpace(SpaceId id) {
      spaces.deleteSpace(id);
    }

    @Override
    public List<Document> documentsAfter(@Nullable DocumentId after, int limit) {
      return spaces.documentsAfter(after, limit);
    }

    @Override
    public long countDocuments() {
      return spaces.countDocuments();
    }

    @Override
    public boolean nameTaken(SpaceId space, @Nullable FolderId folder, String nameKey) {
      return spaces.nameTaken(space, folder, nameKey);
    }

    @Override
    public String toString() {
      return spaces.toString();
    }
  }
}
