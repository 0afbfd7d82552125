package fr.folios.core.memory;

import fr.folios.core.spi.CatalogueRepository;
import fr.folios.core.spi.DirectoryRepository;
import fr.folios.core.spi.NewsRepository;
import fr.folios.core.spi.Persistence;
import fr.folios.core.spi.ShareRepository;
import fr.folios.core.spi.SpaceRepository;
import fr.folios.core.spi.Transactions;
import fr.folios.core.spi.VersionRepository;

/**
 * Keeps everything in memory, for tests, demonstrations and small hosts.
 *
 * <p>Transactions are atomic: one lock serialises writing transactions, and every write made in
 * a transaction that fails is undone. They are not isolated: reads never block, and a read from
 * another thread may see the writes of a transaction still running. Safe for concurrent use.
 * Nothing survives the JVM.
 */
public final class InMemoryPersistence implements Persistence {

  private final Journal journal = new Journal();
  private final InMemoryDirectory directory = new InMemoryDirectory(journal);
  private final InMemoryShares shares = new InMemoryShares(journal);
  private final InMemorySpaces spaces = new InMemorySpaces(journal, shares);
  private final InMemoryVersions versions = new InMemoryVersions(journal);
  private final InMemoryCatalogue catalogue = new InMemoryCatalogue(journal);

  private InMemoryPersistence() {
  }

  /** {@return a new, empty store} */
  public static InMemoryPersistence create() {
    return new InMemoryPersistence();
  }

  @Override
  public Transactions transactions() {
    return journal;
  }

  @Override
  public DirectoryRepository directory() {
    return directory;
  }

  @Override
  public SpaceRepository spaces() {
    return spaces;
  }

  @Override
  public VersionRepository versions() {
    return versions;
  }

  @Override
  public ShareRepository shares() {
    return shares;
  }

  @Override
  public NewsRepository news() {
    return shares;
  }

  @Override
  public CatalogueRepository catalogue() {
    return catalogue;
  }

  @Override
  public void close() {
    // nothing to release
  }
}
