package fr.folios.core.spi;

import fr.folios.core.directory.PersonId;
import fr.folios.core.space.Document;
import fr.folios.core.space.DocumentId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The persistence ports of one store, sharing its transactions.
 *
 * <p>An adapter (in memory, JPA…) implements this once; {@link fr.folios.core.Folios} is
 * assembled from it. Implementations are safe for concurrent use.
 */
public interface Persistence extends AutoCloseable {

  /** {@return the store's transactions} */
  Transactions transactions();

  /** {@return the directory repository} */
  DirectoryRepository directory();

  /** {@return the space repository} */
  SpaceRepository spaces();

  /** {@return the repository of documents' versions} */
  VersionRepository versions();

  /** {@return the share repository} */
  ShareRepository shares();

  /** {@return the news repository} */
  NewsRepository news();

  /** {@return the catalogue repository} */
  CatalogueRepository catalogue();

  /**
   * Gathers what decides whether a person may read a document at an instant: who they are,
   * where the document is, and which paths lead them to it. The default composes the other
   * repositories' methods; a database adapter answers in one query.
   *
   * @param person the reader
   * @param document the document
   * @param at the instant at which shares and invitations must be in force
   * @return the facts; unknown person or document leave their parts null
   */
  default ReadAccess readAccess(PersonId person, DocumentId document, Instant at) {
    return new fr.folios.core.internal.ReadPaths(this, at).of(person, document);
  }

  /**
   * Returns a page of the documents shared with a person: those a share in force reaches them
   * through (directly, through a class or group of theirs, or as a re-share whose chain of
   * sources holds, as {@link #readAccess} follows it), the document shared or every document
   * beneath the folder shared, each once, out of the trash (neither itself nor a folder above
   * it there). The default composes the other repositories' methods and reads every shared
   * document; a database adapter answers the page in one query.
   *
   * @param person the person
   * @param at the instant at which shares and invitations must be in force
   * @param after the position the page starts after, or {@code null} for the first page
   * @param limit the most documents to return, at least 1
   * @return the documents after the position, in {@link DocumentPosition#ORDER}; empty for an
   *     unknown person
   */
  default List<Document> sharedWith(PersonId person, Instant at,
      @Nullable DocumentPosition after, int limit) {
    return new fr.folios.core.internal.SharedDocuments(this, at).page(person, after, limit);
  }

  /** Releases the store's connections; does nothing for stores that hold none. */
  @Override
  void close();
}
