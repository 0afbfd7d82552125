package fr.folios.core.spi;

import fr.folios.core.directory.PersonId;
import fr.folios.core.space.DocumentId;
import java.time.Instant;

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

  /** Releases the store's connections; does nothing for stores that hold none. */
  @Override
  void close();
}
