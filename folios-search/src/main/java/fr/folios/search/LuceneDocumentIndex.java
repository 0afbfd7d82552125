package fr.folios.search;

import fr.folios.core.FoliosException;
import fr.folios.core.ProgressListener;
import fr.folios.core.space.DocumentId;
import fr.folios.core.space.SpaceId;
import fr.folios.core.spi.DocumentIndex;
import fr.folios.core.spi.IndexedDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The index of the documents of the spaces on Apache Lucene, with the catalogue's French
 * analysis: a name or a word of the content is found whatever its case, accents, elision or
 * number, exact forms first, with tolerance for a typing slip.
 *
 * <p>Each document is indexed with its space, so that a search is narrowed to the spaces a
 * person reaches before it is scored; Folios then checks every hit against the repository.
 * Safe for concurrent use; a change is searchable once the method that made it returns.
 */
public final class LuceneDocumentIndex implements DocumentIndex {

  /** How many documents {@link #rebuild} adds between two progress reports. */
  static final int BATCH_SIZE = 500;

  /** The step {@link #rebuild} names in its progress reports. */
  static final String INDEXING = "indexing documents";

  /** Names the fields and analysis below; change it with them, so old indexes are rebuilt. */
  static final String FORMAT = "documents-1";

  static final String SPACE = "space";

  static final String TRASHED = "trashed";

  private static final String YES = "yes";

  /** Separators that join the words of a file name, such as "cv_2024-final.pdf". */
  private static final Pattern NAME_SEPARATORS = Pattern.compile("[_.\\-+]+");

  private final Analyzer folding = new FrenchFoldingAnalyzer();
  private final Analyzer exact = new FrenchExactAnalyzer();
  private final TextQuery text = new TextQuery(folding, exact);
  private final IndexFiles files;

  private LuceneDocumentIndex(Directory directory, String name) {
    this.files = IndexFiles.open(directory, name, new IndexFiles.Layout(
        ResourceDocument.analyzer(folding, exact), Codec.getDefault(), new SearcherFactory(),
        FORMAT), folding, exact);
  }

  /**
   * Opens the index kept in a folder, creating the folder and an empty index if needed; an
   * existing index keeps its content.
   *
   * @param directory the folder of the index, used by this index alone
   * @return the open index; close it to release its files
   * @throws FoliosException if the folder cannot be created or read, or another index holds it
   */
  public static LuceneDocumentIndex open(Path directory) {
    Objects.requireNonNull(directory, "directory");
    String name = "document index at '" + directory + "'";
    try {
      Files.createDirectories(directory);
      return new LuceneDocumentIndex(FSDirectory.open(directory), name);
    } catch (IOException e) {
      throw new FoliosException(name + " could not be opened: " + e + "; check that the folder"
          + " is writable", e);
    }
  }

  /**
   * Opens the index kept in a Lucene directory, which it then owns: for tests that make the
   * directory fail.
   *
   * @param directory the directory
   * @param name how messages name the index
   * @return the open index
   */
  static LuceneDocumentIndex open(Directory directory, String name) {
    return new LuceneDocumentIndex(directory, name);
  }

  /**
   * Creates an empty index held in memory, lost when closed: for tests and small setups.
   *
   * @return the open index
   */
  public static LuceneDocumentIndex inMemory() {
    return new LuceneDocumentIndex(new ByteBuffersDirectory(), "in-memory document index");
  }

  /**
   * {@inheritDoc}
   *
   * @throws FoliosException if the index cannot be written (nothing of the batch is kept)
   * @throws IllegalStateException if the index is closed
   */
  @Override
  public void index(Collection<IndexedDocument> documents) {
    List<Document> laidOut = laidOut(documents);

    files.write(lucene -> {
      for (Document document : laidOut) {
        lucene.updateDocument(idTerm(document.get(ResourceDocument.ID)), document);
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
  public void remove(Collection<DocumentId> ids) {
    List<Term> terms = ids.stream().map(id -> idTerm(id.value())).toList();

    files.write(lucene -> lucene.deleteDocuments(terms.toArray(Term[]::new)));
  }

  /**
   * {@inheritDoc}
   *
   * <p>The words are all required, in the name or the content, except French stop words; only
   * the first 64 distinct words count. A text without words finds nothing.
   *
   * @throws FoliosException if the index cannot be read
   * @throws IllegalStateException if the index is closed
   */
  @Override
  public List<DocumentId> search(String words, Set<SpaceId> spaces, Set<DocumentId> documents,
      int limit) {
    Objects.requireNonNull(words, "words");
    if (spaces.isEmpty() && documents.isEmpty() || limit < 1 || text.words(words).isEmpty()) {
      return List.of();
    }
    Query query = new BooleanQuery.Builder()
        .add(text.of(words), Occur.MUST)
        .add(reach(spaces, documents), Occur.FILTER)
        .add(new TermQuery(new Term(TRASHED, YES)), Occur.MUST_NOT)
        .build();

    return files.read(searcher -> identifiers(searcher, searcher.search(query, limit)));
  }

  /**
   * {@inheritDoc}
   *
   * <p>Reports {@code ("indexing documents", done, total)} before the first batch and after
   * each batch of 500 documents, from the calling thread. Searches see the former content until
   * the rebuild returns.
   *
   * @throws FoliosException if the index cannot be written; the former content is kept
   * @throws IllegalStateException if the index is closed
   */
  @Override
  public void rebuild(Iterable<IndexedDocument> documents, long total, ProgressListener progress) {
    Objects.requireNonNull(progress, "progress");

    files.write(lucene -> {
      lucene.deleteAll();
      ProgressListener.report(progress, INDEXING, 0, total);
      long done = 0;
      List<IndexedDocument> batch = new ArrayList<>(BATCH_SIZE);
      for (IndexedDocument document : documents) {
        batch.add(document);
        if (batch.size() == BATCH_SIZE) {
          done += add(lucene, batch);
          ProgressListener.report(progress, INDEXING, done, total);
        }
      }
      done += add(lucene, batch);
      ProgressListener.report(progress, INDEXING, done, total);
    });
  }

  /**
   * {@inheritDoc}
   *
   * @throws FoliosException if the index cannot be read
   * @throws IllegalStateException if the index is closed
   */
  @Override
  public long size() {
    return files.read(searcher -> (long) searcher.getIndexReader().numDocs());
  }

  /**
   * {@inheritDoc}
   *
   * <p>Waits for running searches and changes to finish. Closing twice does nothing.
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

  private static int add(IndexWriter lucene, List<IndexedDocument> batch) throws IOException {
    int added = batch.size();
    for (Document document : laidOut(batch)) {
      lucene.updateDocument(idTerm(document.get(ResourceDocument.ID)), document);
    }
    batch.clear();
    return added;
  }

  /** {@return a query matching the documents of the spaces and the documents named} */
  private static Query reach(Set<SpaceId> spaces, Set<DocumentId> documents) {
    return new BooleanQuery.Builder()
        .add(new TermInSetQuery(SPACE, spaces.stream().map(s -> new BytesRef(s.value()))
            .toList()), Occur.SHOULD)
        .add(new TermInSetQuery(ResourceDocument.ID, documents.stream()
            .map(d -> new BytesRef(d.value())).toList()), Occur.SHOULD)
        .setMinimumNumberShouldMatch(1)
        .build();
  }

  private static List<DocumentId> identifiers(IndexSearcher searcher, TopDocs top)
      throws IOException {
    List<DocumentId> found = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc hit : top.scoreDocs) {
      found.add(new DocumentId(searcher.storedFields().document(hit.doc, Set.of(
          ResourceDocument.ID)).get(ResourceDocument.ID)));
    }
    return found;
  }

  private static List<Document> laidOut(Collection<IndexedDocument> documents) {
    Objects.requireNonNull(documents, "documents");
    List<Document> laidOut = new ArrayList<>(documents.size());
    for (IndexedDocument document : documents) {
      Objects.requireNonNull(document, "documents holds null; pass documents only");
      laidOut.add(laidOut(document));
    }
    return laidOut;
  }

  private static Document laidOut(IndexedDocument indexed) {
    Document document = new Document();
    document.add(new StringField(ResourceDocument.ID, indexed.id().value(), Field.Store.YES));
    document.add(new StringField(SPACE, indexed.space().value(), Field.Store.NO));
    if (indexed.trashed()) {
      document.add(new StringField(TRASHED, YES, Field.Store.NO));
    }
    String name = indexed.name() + " " + NAME_SEPARATORS.matcher(indexed.name()).replaceAll(" ");
    document.add(new TextField(ResourceDocument.TITLE, name, Field.Store.NO));
    document.add(new TextField(ResourceDocument.TITLE_EXACT, name, Field.Store.NO));
    document.add(new TextField(ResourceDocument.TEXT, indexed.text(), Field.Store.NO));
    document.add(new TextField(ResourceDocument.TEXT_EXACT, indexed.text(), Field.Store.NO));
    return document;
  }

  private static Term idTerm(String id) {
    return new Term(ResourceDocument.ID, id);
  }
}
