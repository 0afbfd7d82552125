package fr.folios.core;

import fr.folios.core.directory.Uai;
import fr.folios.core.internal.Access;
import fr.folios.core.space.QuotaWarningListener;
import fr.folios.core.internal.ContentGate;
import fr.folios.core.internal.DocumentIndexing;
import fr.folios.core.internal.IndexedPersistence;
import fr.folios.core.space.DeniedTypes;
import fr.folios.core.space.SpaceKind;
import fr.folios.core.space.SpaceLimits;
import fr.folios.core.spi.BlobStore;
import fr.folios.core.spi.CatalogueIndex;
import fr.folios.core.spi.HtmlSanitizer;
import fr.folios.core.spi.ContentScanner;
import fr.folios.core.spi.DocumentIndex;
import fr.folios.core.spi.MagicNumberDetector;
import fr.folios.core.spi.Persistence;
import fr.folios.core.spi.PlainTextExtractor;
import fr.folios.core.spi.TextExtractor;
import fr.folios.core.spi.TypeDetector;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;

/**
 * The entry point of the SDK: the use cases, assembled from the ports the host chose.
 *
 * <pre>{@code
 * try (Folios folios = Folios.builder()
 *     .persistence(JpaPersistence.h2(dataDir.resolve("db")))
 *     .blobs(FileSystemBlobStore.open(dataDir.resolve("blobs")))
 *     .catalogueIndex(LuceneCatalogueIndex.open(dataDir.resolve("index")))
 *     .documentIndex(LuceneDocumentIndex.open(dataDir.resolve("documents")))
 *     .build()) {
 *   Space mine = folios.spaces().personalSpace(Actor.of(teacherId));
 * }
 * }</pre>
 *
 * <p>Safe for concurrent use. Closing it closes the persistence and the index it was given, and
 * the blob store if it can be closed (an object store's client, say).
 */
public final class Folios implements AutoCloseable {

  /** How many earlier versions a document keeps unless the host chose otherwise. */
  public static final int DEFAULT_KEPT_VERSIONS = 10;

  /** Instants are kept to the microsecond, as databases keep them. */
  private static final Duration MICROSECOND = Duration.ofNanos(1_000);

  private final Persistence persistence;
  private final @Nullable CatalogueIndex index;
  private final @Nullable DocumentIndex documentIndex;
  private final @Nullable DocumentIndexing indexing;
  private final BlobStore blobs;
  private final Directory directory;
  private final Spaces spaces;
  private final News news;
  private final Catalogue catalogue;
  private final DocumentSearch documentSearch;
  private final Activities activities;

  private Folios(Builder builder) {
    Persistence given = Objects.requireNonNull(builder.persistence,
        "persistence: call persistence(...), e.g. InMemoryPersistence.create()");
    this.blobs = Objects.requireNonNull(builder.blobs,
        "blobs: call blobs(...), e.g. InMemoryBlobStore.create()");
    this.index = builder.index;
    this.documentIndex = builder.documentIndex;
    this.indexing = documentIndex == null ? null
        : new DocumentIndexing(given.spaces(), blobs, builder.extractor, documentIndex);
    this.persistence = indexing == null ? given : new IndexedPersistence(given, indexing);
    Clock clock = Clock.tick(builder.clock, MICROSECOND);
    Access access = new Access(persistence.directory(), clock);
    this.directory = new Directory(persistence, access, clock);
    ContentGate gate = new ContentGate(builder.detector, builder.denied, builder.scanner,
        builder.fallback);
    this.spaces = new Spaces(persistence, blobs, access, clock, new SpaceRules(builder.limits,
        builder.establishmentLimits, builder.warningPercents, builder.quotaWarnings), gate,
        builder.keptVersions, builder.sanitizer().orElse(null));
    this.news = new News(persistence, access, clock);
    this.catalogue = new Catalogue(persistence, index, access);
    this.documentSearch = new DocumentSearch(persistence, access, spaces, indexing);
    this.activities = new Activities(persistence, index, access, spaces, clock);
  }

  /** {@return a builder; persistence and blobs are required, the rest has defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the directory use cases: people, classes, first connection} */
  public Directory directory() {
    return directory;
  }

  /** {@return the storage and sharing use cases} */
  public Spaces spaces() {
    return spaces;
  }

  /** {@return the news use cases} */
  public News news() {
    return news;
  }

  /** {@return the catalogue use cases} */
  public Catalogue catalogue() {
    return catalogue;
  }

  /** {@return the search of a person's documents, by name and content} */
  public DocumentSearch documentSearch() {
    return documentSearch;
  }

  /** {@return the co-authored learning activities' use cases} */
  public Activities activities() {
    return activities;
  }

  /**
   * Closes the catalogue and document indexes, the persistence, and the blob store if it is
   * {@link AutoCloseable}.
   *
   * @throws IllegalStateException if the blob store fails to close, with its failure as cause
   */
  @Override
  public void close() {
    try {
      if (index != null) {
        index.close();
      }
    } finally {
      closeDocumentIndex();
    }
  }

  private void closeDocumentIndex() {
    try {
      if (indexing != null) {
        indexing.close();
      }
      if (documentIndex != null) {
        documentIndex.close();
      }
    } finally {
      try {
        persistence.close();
      } finally {
        closeBlobs();
      }
    }
  }

  private void closeBlobs() {
    if (blobs instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        throw new IllegalStateException("the blob store " + blobs + " failed to close: its"
            + " connections may stay open until the JVM ends", e);
      }
    }
  }

  /**
   * Assembles a {@link Folios}. Not safe for concurrent use.
   */
  public static final class Builder {

    private @Nullable Persistence persistence;
    private @Nullable BlobStore blobs;
    private @Nullable CatalogueIndex index;
    private @Nullable DocumentIndex documentIndex;
    private TextExtractor extractor = PlainTextExtractor.create();
    private Clock clock = Clock.systemUTC();
    private final Map<SpaceKind, SpaceLimits> limits = new EnumMap<>(SpaceKind.class);
    private final Map<Uai, Map<SpaceKind, SpaceLimits>> establishmentLimits = new HashMap<>();
    private int[] warningPercents = {80, 95};
    private @Nullable QuotaWarningListener quotaWarnings;
    private TypeDetector detector = MagicNumberDetector.create();
    private DeniedTypes denied = DeniedTypes.DEFAULT;
    private @Nullable ContentScanner scanner;
    private ContentScanner.Fallback fallback = ContentScanner.Fallback.REFUSE;
    private int keptVersions = DEFAULT_KEPT_VERSIONS;
    private @Nullable HtmlSanitizer htmlSanitizer;

    private Builder() {
      for (SpaceKind kind : SpaceKind.values()) {
        limits.put(kind, SpaceLimits.DEFAULT);
      }
    }

    /**
     * Sets where Folios keeps its records.
     *
     * @param persistence the store, e.g. {@code InMemoryPersistence.create()}
     * @return this builder
     */
    public Builder persistence(Persistence persistence) {
      this.persistence = Objects.requireNonNull(persistence, "persistence");
      return this;
    }

    /**
     * Sets where Folios keeps documents' bytes.
     *
     * @param blobs the blob store
     * @return this builder
     */
    public Builder blobs(BlobStore blobs) {
      this.blobs = Objects.requireNonNull(blobs, "blobs");
      return this;
    }

    /**
     * Sets the catalogue's search index; without one, catalogue searches are refused.
     *
     * @param index the index
     * @return this builder
     */
    public Builder catalogueIndex(CatalogueIndex index) {
      this.index = Objects.requireNonNull(index, "index");
      return this;
    }

    /**
     * Sets the index of the documents of the spaces, by name and content; without one,
     * document searches are refused. Every document saved or deleted from then on is indexed
     * once its transaction commits; call {@code documentSearch().ensureIndexed(...)} when the
     * host starts to index those saved before.
     *
     * @param documentIndex the index, e.g. {@code LuceneDocumentIndex.open(directory)}
     * @return this builder
     */
    public Builder documentIndex(DocumentIndex documentIndex) {
      this.documentIndex = Objects.requireNonNull(documentIndex, "documentIndex");
      return this;
    }

    /**
     * Sets what reads the text of documents for the document index; the default,
     * {@link PlainTextExtractor}, reads plain text and Markdown. {@code TikaTextExtractor} in
     * {@code folios-extract} also reads HTML, PDF and OpenDocument.
     *
     * @param textExtractor the extractor
     * @return this builder
     */
    public Builder textExtractor(TextExtractor textExtractor) {
      this.extractor = Objects.requireNonNull(textExtractor, "textExtractor");
      return this;
    }

    /**
     * Sets the clock; the default is the system clock in UTC. Folios reads it to the
     * microsecond, the precision databases keep.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the limits of new spaces of one kind; the default is {@link SpaceLimits#DEFAULT}.
     *
     * @param kind the kind of space
     * @param spaceLimits its limits
     * @return this builder
     */
    public Builder limits(SpaceKind kind, SpaceLimits spaceLimits) {
      limits.put(Objects.requireNonNull(kind, "kind"),
          Objects.requireNonNull(spaceLimits, "spaceLimits"));
      return this;
    }

    /**
     * Sets the limits of new spaces of one kind for one establishment: a pupil's or a staff
     * member's personal space takes those of their establishment (the most generous in bytes if
     * they belong to several that have some), a class's or a group's those of its own. Spaces
     * already created keep their limits.
     *
     * @param establishment the establishment's UAI
     * @param kind the kind of space
     * @param spaceLimits its limits there
     * @return this builder
     */
    public Builder limits(Uai establishment, SpaceKind kind, SpaceLimits spaceLimits) {
      establishmentLimits.computeIfAbsent(Objects.requireNonNull(establishment,
          "establishment"), k -> new EnumMap<>(SpaceKind.class))
          .put(Objects.requireNonNull(kind, "kind"),
              Objects.requireNonNull(spaceLimits, "spaceLimits"));
      return this;
    }

    /**
     * Sets what tells an upload's type from its bytes; the default is
     * {@link MagicNumberDetector}, which knows the common formats. Hosts should use the Apache
     * Tika detector of {@code folios-storage}, which knows many more.
     *
     * @param typeDetector the detector
     * @return this builder
     */
    public Builder typeDetector(TypeDetector typeDetector) {
      this.detector = Objects.requireNonNull(typeDetector, "typeDetector");
      return this;
    }

    /**
     * Tells a listener when a space's usage crosses a warning threshold of one of its limits
     * (bytes, documents, folders); by default, nobody is told.
     *
     * @param listener told once the change is committed
     * @return this builder
     */
    public Builder onQuotaWarning(QuotaWarningListener listener) {
      this.quotaWarnings = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Sets the media types refused on upload; the default is {@link DeniedTypes#DEFAULT}
     * (programs, scripts, and markup that can carry script).
     *
     * @param deniedTypes the deny-list, e.g. {@code DeniedTypes.DEFAULT.without("text/html")}
     * @return this builder
     */
    public Builder deniedTypes(DeniedTypes deniedTypes) {
      this.denied = Objects.requireNonNull(deniedTypes, "deniedTypes");
      return this;
    }

    /**
     * Sets the warning thresholds, in percent of each limit; the default is 80 and 95.
     *
     * @param percents the thresholds, each from 1 to 100
     * @return this builder
     * @throws IllegalArgumentException if a threshold is out of range or none is given
     */
    public Builder quotaWarningAt(int... percents) {
      if (percents.length == 0) {
        throw new IllegalArgumentException("no warning threshold given: give at least one"
            + " percentage from 1 to 100, e.g. 80");
      }
      for (int percent : percents) {
        if (percent < 1 || percent > 100) {
          throw new IllegalArgumentException("warning threshold " + percent + " % is outside"
              + " 1 to 100: give a percentage of the limit, e.g. 80");
        }
      }
      this.warningPercents = percents.clone();
      return this;
    }

    /**
     * Sets the scanner called on new content before a document becomes visible; files it cannot
     * scan are refused. By default there is no scanner.
     *
     * @param contentScanner the scanner, e.g. a bridge to the host's antivirus
     * @return this builder
     */
    public Builder scanner(ContentScanner contentScanner) {
      return scanner(contentScanner, ContentScanner.Fallback.REFUSE);
    }

    /**
     * Sets the scanner called on new content before a document becomes visible, and what to do
     * with files it cannot scan.
     *
     * @param contentScanner the scanner, e.g. a bridge to the host's antivirus
     * @param whenUnavailable {@link ContentScanner.Fallback#REFUSE} to refuse them (the caller
     *     may try again), {@link ContentScanner.Fallback#ACCEPT} to accept them unscanned
     * @return this builder
     */
    public Builder scanner(ContentScanner contentScanner,
        ContentScanner.Fallback whenUnavailable) {
      this.scanner = Objects.requireNonNull(contentScanner, "contentScanner");
      this.fallback = Objects.requireNonNull(whenUnavailable, "whenUnavailable");
      return this;
    }

    /**
     * Sets how many earlier versions of its content a document keeps besides its current one;
     * the default is {@value Folios#DEFAULT_KEPT_VERSIONS}. Every kept version counts against
     * its space's byte limit; a new version beyond the number drops the oldest. Documents that
     * keep more when this is lowered drop their oldest at their next new version.
     *
     * @param earlierVersions from 0 (only the current version) to 1000
     * @return this builder
     * @throws IllegalArgumentException if the number is out of range
     */
    public Builder keptVersions(int earlierVersions) {
      if (earlierVersions < 0 || earlierVersions > 1000) {
        throw new IllegalArgumentException("kept versions " + earlierVersions + " is outside"
            + " 0 to 1000: give how many earlier versions a document keeps, e.g. 10");
      }
      this.keptVersions = earlierVersions;
      return this;
    }

    /**
     * Sets what cleans the HTML of rich-text documents. By default, the first {@link
     * HtmlSanitizer} found through {@link ServiceLoader} is used (the {@code folios-storage}
     * module provides one); without any, creating rich text is refused.
     *
     * @param sanitizer the sanitiser
     * @return this builder
     */
    public Builder htmlSanitizer(HtmlSanitizer sanitizer) {
      this.htmlSanitizer = Objects.requireNonNull(sanitizer, "sanitizer");
      return this;
    }

    /** Returns the sanitiser set, or else the first one the service loader finds. */
    private Optional<HtmlSanitizer> sanitizer() {
      if (htmlSanitizer != null) {
        return Optional.of(htmlSanitizer);
      }
      return ServiceLoader.load(HtmlSanitizer.class, Folios.class.getClassLoader())
          .findFirst();
    }

    /**
     * Builds the instance.
     *
     * @return the assembled use cases
     * @throws NullPointerException if persistence or blobs were not set
     */
    public Folios build() {
      return new Folios(this);
    }
  }
}
