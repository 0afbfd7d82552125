package fr.folios.core.spi;

/**
 * The persistence ports of one store, sharing its transactions.
 *
 * <p>An adapter (in memory, JPA…) implements this once; {@link fr.folios.core.Folios} is
 * assembled from it.
 */
public interface Persistence extends AutoCloseable {

  /** Returns the store's transactions. */
  Transactions transactions();

  /** Returns the directory repository. */
  DirectoryRepository directory();

  /** Returns the space repository. */
  SpaceRepository spaces();

  /** Returns the share repository. */
  ShareRepository shares();

  /** Returns the news repository. */
  NewsRepository news();

  /** Returns the catalogue repository. */
  CatalogueRepository catalogue();

  /** Releases the store's connections; does nothing for stores that hold none. */
  @Override
  void close();
}
