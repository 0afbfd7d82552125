package fr.folios.core.spi;

/**
 * A store that hands every repository to another: tests extend it and override the one
 * repository whose failures or timing they stage. The queries composed from repositories
 * ({@link #readAccess}, {@link #sharedWith}) keep their defaults, so that they go through the
 * overridden repository too.
 */
public abstract class ForwardingPersistence implements Persistence {

  private final Persistence delegate;

  /**
   * Forwards to a store.
   *
   * @param delegate the store every call not overridden goes to
   */
  protected ForwardingPersistence(Persistence delegate) {
    this.delegate = delegate;
  }

  /** {@return the store every call not overridden goes to} */
  protected Persistence delegate() {
    return delegate;
  }

  @Override
  public Transactions transactions() {
    return delegate.transactions();
  }

  @Override
  public DirectoryRepository directory() {
    return delegate.directory();
  }

  @Override
  public SpaceRepository spaces() {
    return delegate.spaces();
  }

  @Override
  public VersionRepository versions() {
    return delegate.versions();
  }

  @Override
  public ShareRepository shares() {
    return delegate.shares();
  }

  @Override
  public NewsRepository news() {
    return delegate.news();
  }

  @Override
  public CatalogueRepository catalogue() {
    return delegate.catalogue();
  }

  @Override
  public void close() {
    delegate.close();
  }
}
