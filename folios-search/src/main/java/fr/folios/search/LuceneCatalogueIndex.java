package fr.folios.search;

import fr.folios.core.FoliosException;
import fr.folios.core.ProgressListener;
import fr.folios.core.catalogue.Audience;
import fr.folios.core.catalogue.CatalogueQuery;
import fr.folios.core.catalogue.CatalogueResource;
import fr.folios.core.catalogue.CatalogueResults;
import fr.folios.core.catalogue.ResourceId;
import fr.folios.core.spi.CatalogueIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The catalogue index on Apache Lucene, in a folder or in memory.
 *
 * <p>French text is read forgivingly: elided articles are dropped ("l’orientation" finds
 * "Orientation"), case and accents are folded ("eleve" finds "Élève", "oeuvre" finds "Œuvre"),
 * and plurals are stemmed ("jeux" finds "jeu"). Exact words rank above folded ones and the title
 * above the summary and body, so "chat" puts a resource about a cat above one about
 * "châtiment". The text of a query is never parsed as a query language. Each facet is counted
 * drill-sideways: its own filter does not shrink its own counts.
 *
 * <pre>{@code
 * try (CatalogueIndex index = LuceneCatalogueIndex.open(Path.of("folios-data/catalogue"))) {
 *   index.index(resources);
 *   CatalogueResults results = index.search(
 *       CatalogueQuery.text("métiers de l'orientation").filter(Facet.LEVEL, "3e"));
 * }
 * }</pre>
 *
 * <p>Thread-safe: searches run concurrently with each other and with a change; changes run one
 * at a time, each committed as a whole and searchable once its method returns. A search never
 * sees part of a change, and during {@link #rebuild} searches see the former content until the
 * rebuild is committed.
 */
public final class LuceneCatalogueIndex implements CatalogueIndex {

  /** How many resources {@link #rebuild} adds between two progress reports. */
  static final int BATCH_SIZE = 500;

  /** The step {@link #rebuild} names in its progress reports. */
  static final String INDEXING = "indexing";

  /** Names the fields and analysis of {@link ResourceDocument}; change it with them. */
  static final String FORMAT = "catalogue-2";

  private final Analyzer folding = new FrenchFoldingAnalyzer();
  private final Analyzer exact = new FrenchExactAnalyzer();
  private final Analyzer analyzer = ResourceDocument.analyzer(folding, exact);
  private final FacetsConfig facetsConfig = ResourceDocument.facetsConfig();
  private final CatalogueSearch search = new CatalogueSearch(
      facetsConfig, new TextQuery(folding, exact), new CatalogueSnippets(analyzer));
  private final TitleSuggestions suggestions = new TitleSuggestions();
  private final IndexFiles files;

  private LuceneCatalogueIndex(Directory directory, String name) {
    this.files = IndexFiles.open(directory, name, new IndexFiles.Layout(analyzer,
        ResourceDocument.codec(), CatalogueSearcher.factory(facetsConfig), FORMAT), folding,
        exact);
  }

  /**
   * Opens the index kept in a folder, creating the folder and an empty index if needed; an
   * existing index keeps its content.
   *
   * @param directory the folder of the index, used by this index alone
   * @return the open index; close it to release its files
   * @throws FoliosException if the folder cannot be created or read, or another index holds it
   */
  public static LuceneCatalogueIndex open(Path directory) {
    Objects.requireNonNull(directory, "directory");
    String name = "catalogue index at '" + directory + "'";
    try {
      Files.createDirectories(directory);
      return on(FSDirectory.open(directory), name);
    } catch (IOException e) {
      throw new FoliosException(name + " could not be opened: " + e + "; check that the folder"
          + " is writable", e);
    }
  }

  /**
   * Creates an empty index held in memory, lost when closed: for tests and small catalogues.
   *
   * @return the open index
   */
  public static LuceneCatalogueIndex inMemory() {
    return on(new ByteBuffersDirectory(), "in-memory catalogue index");
  }

  /**
   * Opens the index kept in any Lucene directory, which it then owns and closes.
   *
   * @param directory the directory
   * @param name how messages name the index
   * @return the open index
   */
  static LuceneCatalogueIndex on(Directory directory, String name) {
    return new LuceneCatalogueIndex(directory, name);
  }

  /**
   * {@inheritDoc}
   *
   * <p>When the batch names one identifier several times, the last resource wins.
   *
   * @throws FoliosException if the index cannot be written (nothing of the batch is kept), or
   *     was written but cannot be reopened for searching (then close and open it again)
   * @throws IllegalStateException if the index is closed
   */
  @Override
  public void index(Collection<CatalogueResource> resources) {
    List<Document> documents = documents(resources);

    write(lucene -> {
      for (Document document : documents) {
        String id = document.get(ResourceDocument.ID);
        lucene.updateDocument(ResourceDocument.idTerm(id), document);
      }
    });
  }

  /**
   * {@inheritDoc}
   *
   * @throws FoliosException if the index cannot be written
   * @throws IllegalStateException if the index is closed
   */
  @Override
  public void remove(ResourceId id) {
    Objects.requireNonNull(id, "id");

    write(lucene -> lucene.deleteDocuments(ResourceDocument.idTerm(id.value())));
  }

  /**
   * {@inheritDoc}
   *
   * <p>Reports {@code ("indexing", done, total)} before the first batch and after each batch of
   * 500 resources, from the calling thread; a listener that throws is logged
   * and the rebuild goes on. Searches see the former content until the rebuild returns. When
   * several resources share an identifier, the last one wins and counts once in the total.
   *
   * @throws FoliosException if the index cannot be written; the former content is kept
   * @throws IllegalStateException if the index is closed
   */
  @Override
  public void rebuild(Collection<CatalogueResource> resources, ProgressListener progress) {
    Objects.requireNonNull(progress, "progress");
    List<Document> documents = documents(resources);
    int total = documents.size();

    write(lucene -> {
      lucene.deleteAll();
      ProgressListener.report(progress, INDEXING, 0, total);
      for (int done = 0; done < total; ) {
        int next = Math.min(total, done + BATCH_SIZE);
        lucene.addDocuments(documents.subList(done, next));
        done = next;
        ProgressListener.report(progress, INDEXING, done, total);
      }
    });
  }

  /**
   * {@inheritDoc}
   *
   * <p>The text is read as words: words are all required, in any of the title, summary or
   * body, except French stop words such as "le" or "des", which only add to the score unless the
   * text holds nothing else; only the first 64 distinct words count. When a text of 2 to 6
   * required words finds fewer than 5 resources holding them all, filters aside, one of them may
   * miss, resources holding more words ranking higher. A text without words, such as
   * punctuation alone, matches every resource. Each hit carries its title and the best
   * sentences of its summary with the matched words marked, as HTML.
   *
   * @throws FoliosException if the index cannot be read
   * @throws IllegalStateException if the index is closed
   */
  @Override
  public CatalogueResults search(CatalogueQuery query) {
    Objects.requireNonNull(query, "query");

    return read(searcher -> search.run(searcher, query));
  }

  /**
   * {@inheritDoc}
   *
   * <p>The text is read as {@link #search(CatalogueQuery)} reads it; the audience only filters
   * and never changes a score.
   *
   * @throws FoliosException if the index cannot be read
   * @throws IllegalStateException if the index is closed
   */
  @Override
  public CatalogueResults search(CatalogueQuery query, Audience audience) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(audience, "audience");

    return read(searcher -> search.run(searcher, query, AudienceFilter.of(audience)));
  }

  /**
   * {@inheritDoc}
   *
   * <p>Suggestions come from the index itself, so they follow every change as searches do.
   * Titles whose first word matches come first, then shorter titles.
   *
   * @throws FoliosException if the index cannot be read
   * @throws IllegalStateException if the index is closed
   */
  @Override
  public List<String> suggest(String prefix, int count) {
    Objects.requireNonNull(prefix, "prefix");
    if (count < 1) {
      throw new IllegalArgumentException("count " + count + " is below 1: ask for 1 or more");
    }

    return read(searcher -> suggestions.suggest(searcher, prefix, count));
  }

  /**
   * {@inheritDoc}
   *
   * @throws FoliosException if the index cannot be read
   * @throws IllegalStateException if the index is closed
   */
  @Override
  public long size() {
    return read(searcher -> (long) searcher.getIndexReader().numDocs());
  }

  /**
   * {@inheritDoc}
   *
   * <p>Waits for running searches and changes to finish. Closing twice does nothing. An index
   * in a folder keeps its content for the next {@link #open}.
   *
   * @throws FoliosException if a file cannot be released
   */
  @Override
  public void close() {
    files.close();
  }

  @Override
  public String toString() {
    return files.toString();
  }

  private List<Document> documents(Collection<CatalogueResource> resources) {
    Objects.requireNonNull(resources, "resources");
    Map<String, Document> byId = new LinkedHashMap<>();
    for (CatalogueResource resource : resources) {
      Objects.requireNonNull(resource, "resources holds null; pass resources only");
      byId.put(resource.id().value(), document(resource));
    }
    return new ArrayList<>(byId.values());
  }

  private Document document(CatalogueResource resource) {
    try {
      return ResourceDocument.of(resource, facetsConfig);
    } catch (IOException e) {
      throw new FoliosException("resource '" + resource.id() + "' could not be laid out for "
          + files + ": " + e.getMessage(), e);
    }
  }

  private void write(IndexFiles.Change change) {
    files.write(change);
  }

  private <T> T read(Reading<T> reading) {
    return files.read(searcher -> reading.apply((CatalogueSearcher) searcher));
  }

  /** A read of one view of the index. */
  @FunctionalInterface
  private interface Reading<T> {
    T apply(CatalogueSearcher searcher) throws IOException;
  }
}
