package fr.folios.core.spi;

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

  /** Releases the store's connections; does nothing for stores that hold none. */
  @Override
  void close();
}
