package fr.folios.benchmarks;

import fr.folios.core.catalogue.CatalogueResource;
import fr.folios.core.catalogue.Facet;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.PostingsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.suggest.document.Completion912PostingsFormat;
import org.apache.lucene.search.suggest.document.CompletionAnalyzer;
import org.apache.lucene.search.suggest.document.SuggestField;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

/**
 * The raw baseline of the catalogue benchmark: the same work as {@code LuceneCatalogueIndex},
 * written straight on Lucene's API with nothing of Folios but its resource records.
 *
 * <p>It has the same analysis (French elision, case and accent folding, light stemming; an
 * exact analysis; a typing analysis for completions), the same fields, the same facet
 * configuration and codec, and runs the same query shape: every word in any of four fields
 * with the same boosts and typing slips, facet filters as term sets, drill-sideways counts of
 * every facet, hits by score then identifier, stored fields and highlighted title and summary.
 * What it leaves out is what Folios adds around Lucene: argument checks, locks, the searcher
 * manager's acquire and release, records and copies.
 */
final class RawCatalogue {

  private static final CharArraySet STOP_WORDS = FrenchAnalyzer.getDefaultStopSet();
  private static final int SUGGEST_WORDS = 6;
  private static final int BATCH = 500;
  private static final NormalizeCharMap APOSTROPHES = apostropheMap();
  private static final Pattern FEMININE_IER = Pattern.compile("^(\\p{L}{3,})iere(s?)$");

  private final Analyzer folding = new Chain(true);
  private final Analyzer exact = new Chain(false);
  private final Analyzer words = new Words();
  private final Analyzer perField = new PerFieldAnalyzerWrapper(folding, Map.of(
      "title_exact", exact, "text_exact", exact,
      "suggest", new CompletionAnalyzer(new Typing())));
  private final FacetsConfig config = facetsConfig();
  private final Sort byScoreThenId =
      new Sort(SortField.FIELD_SCORE, new SortField("id", SortField.Type.STRING));

  /**
   * Indexes resources into an empty directory, commits, and opens them for searching, as
   * {@code LuceneCatalogueIndex.rebuild} does.
   *
   * <p>The writer stays open, as the Folios index's does, so that merges still running after
   * the commit are not waited for: close it after timing.
   *
   * @param directory an empty directory
   * @param resources the resources, with distinct identifiers
   * @return the open writer and the searcher over the committed index, with its facet state
   * @throws IOException if the directory cannot be written
   */
  Written index(Directory directory, List<CatalogueResource> resources) throws IOException {
    IndexWriterConfig writerConfig = new IndexWriterConfig(perField).setCodec(codec())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setCommitOnClose(false);
    IndexWriter writer = new IndexWriter(directory, writerConfig);
    List<Document> documents = new ArrayList<>(resources.size());
    for (CatalogueResource resource : resources) {
      documents.add(config.build(document(resource)));
    }
    for (int done = 0; done < documents.size(); done += BATCH) {
      writer.addDocuments(documents.subList(done, Math.min(documents.size(), done + BATCH)));
    }
    writer.commit();
    return new Written(writer, open(directory));
  }

  /**
   * Opens a committed index for searching.
   *
   * @param directory the index's directory
   * @return its searcher and facet state
   * @throws IOException if it cannot be read
   */
  Searching open(Directory directory) throws IOException {
    DirectoryReader reader = DirectoryReader.open(directory);
    IndexSearcher searcher = new IndexSearcher(reader);
    return new Searching(searcher, new DefaultSortedSetDocValuesReaderState(reader, config));
  }

  /**
   * Runs one keyword search with facet filters, counting every facet, first page of ten.
   *
   * @param searching the searcher and its facet state
   * @param text the words
   * @param filters one value for each filtered facet
   * @return the hits' identifiers and highlighted titles, the total and the counted facets
   * @throws IOException if the index cannot be read
   */
  Page search(Searching searching, String text, Map<Facet, String> filters) throws IOException {
    Query query = textQuery(text);
    DrillDownQuery drillDown = new DrillDownQuery(config, query);
    filters.forEach((facet, value) -> drillDown.add(facet.key(),
        new TermInSetQuery("filter_" + facet.key(), List.of(new BytesRef(value)))));

    DrillSideways sideways = new DrillSideways(searching.searcher(), config, searching.state());
    TopFieldCollectorManager topTen = new TopFieldCollectorManager(byScoreThenId, 10, null,
        Integer.MAX_VALUE);
    DrillSideways.ConcurrentDrillSidewaysResult<TopFieldDocs> result =
        sideways.search(drillDown, topTen);
    int counted = 0;
    for (Facet facet : Facet.values()) {
      FacetResult counts = result.facets.getAllChildren(facet.key());
      counted += counts == null ? 0 : counts.labelValues.length;
    }
    return page(searching.searcher(), query, result.collectorResult, counted);
  }

  private Page page(IndexSearcher searcher, Query query, TopFieldDocs top, int counted)
      throws IOException {
    int[] docs = new int[top.scoreDocs.length];
    for (int i = 0; i < docs.length; i++) {
      docs[i] = top.scoreDocs[i].doc;
    }
    Map<String, String[]> marked = highlighter(searcher).highlightFields(
        new String[] {"title", "summary"}, query, docs, new int[] {1, 2});
    StoredFields stored = searcher.storedFields();
    List<String> ids = new ArrayList<>(docs.length);
    long storedChars = 0;
    for (int doc : docs) {
      Document document = stored.document(doc);
      ids.add(document.get("id"));
      String summary = document.get("summary");
      storedChars += document.get("title").length() + (summary == null ? 0 : summary.length());
    }
    return new Page(top.totalHits.value, ids, List.of(marked.get("title")), counted,
        storedChars);
  }

  private UnifiedHighlighter highlighter(IndexSearcher searcher) {
    UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, perField)
        .withWeightMatches(false)
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true));
    return new UnifiedHighlighter(builder) {
      @Override
      protected Predicate<String> getFieldMatcher(String field) {
        String searched = "title".equals(field) ? "title" : "text";
        return searched::equals;
      }

      @Override
      protected BreakIterator getBreakIterator(String field) {
        return "title".equals(field)
            ? new WholeBreakIterator() : BreakIterator.getSentenceInstance(Locale.FRENCH);
      }
    };
  }

  private Query textQuery(String text) {
    Map<Integer, String> exactWords = terms(exact, "text_exact", text);
    Map<Integer, String> foldedWords = terms(folding, "text", text);
    Set<List<String>> pairs = new LinkedHashSet<>();
    exactWords.forEach((start, word) -> {
      String folded = foldedWords.get(start);
      if (folded != null && pairs.size() < 64) {
        pairs.add(List.of(word, folded));
      }
    });
    if (pairs.isEmpty()) {
      return new MatchAllDocsQuery();
    }

    boolean onlyStopWords = pairs.stream().allMatch(pair -> STOP_WORDS.contains(pair.get(0)));
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    int index = 0;
    for (List<String> pair : pairs) {
      boolean stop = STOP_WORDS.contains(pair.get(0)) && !onlyStopWords;
      query.add(word(pair.get(0), pair.get(1), index++ < 8), stop ? Occur.SHOULD : Occur.MUST);
    }
    return query.build();
  }

  private static Query word(String exactWord, String folded, boolean slips) {
    BooleanQuery.Builder clauses = new BooleanQuery.Builder()
        .add(boosted(new TermQuery(new Term("title_exact", exactWord)), 3f), Occur.SHOULD)
        .add(boosted(new TermQuery(new Term("text_exact", exactWord)), 1f), Occur.SHOULD)
        .add(boosted(new TermQuery(new Term("title", folded)), 3f), Occur.SHOULD)
        .add(boosted(new TermQuery(new Term("text", folded)), 1f), Occur.SHOULD);
    int length = folded.codePointCount(0, folded.length());
    if (slips && length >= 5 && folded.codePoints().allMatch(Character::isLetter)) {
      int edits = length >= 8 ? 2 : 1;
      clauses.add(boosted(new FuzzyQuery(new Term("title", folded), edits, 1, 16, true), 0.3f),
              Occur.SHOULD)
          .add(boosted(new FuzzyQuery(new Term("text", folded), edits, 1, 16, true), 0.1f),
              Occur.SHOULD);
    }
    return clauses.build();
  }

  private static Query boosted(Query query, float boost) {
    return new BoostQuery(query, boost);
  }

  private static Map<Integer, String> terms(Analyzer analyzer, String field, String text) {
    Map<Integer, String> terms = new LinkedHashMap<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.putIfAbsent(offset.startOffset(), term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }

  private Document document(CatalogueResource resource) {
    Document document = new Document();
    String id = resource.id().value();
    document.add(new StringField("id", id, Field.Store.YES));
    document.add(new SortedDocValuesField("id", new BytesRef(id)));
    document.add(new TextField("title", resource.title(), Field.Store.YES));
    document.add(new TextField("title_exact", resource.title(), Field.Store.NO));
    document.add(new StoredField("summary", resource.summary()));
    for (String part : new String[] {resource.summary(), resource.body()}) {
      document.add(new TextField("text", part, Field.Store.NO));
      document.add(new TextField("text_exact", part, Field.Store.NO));
    }
    LocalDate published = resource.published();
    if (published != null) {
      document.add(new NumericDocValuesField("published", published.toEpochDay()));
    }
    addSuggestions(document, resource.title());
    resource.facets().forEach((facet, values) -> values.forEach(value -> {
      document.add(new SortedSetDocValuesFacetField(facet.key(), value));
      document.add(new StringField("filter_" + facet.key(), value, Field.Store.NO));
    }));
    return document;
  }

  private void addSuggestions(Document document, String title) {
    Set<String> tails = new LinkedHashSet<>();
    try (TokenStream stream = words.tokenStream("", title)) {
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (tails.size() < SUGGEST_WORDS && stream.incrementToken()) {
        tails.add(title.substring(offset.startOffset()));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int lengthRank = Math.max(0, 999 - title.length());
    int i = 0;
    for (String tail : tails) {
      document.add(new SuggestField("suggest", tail, (SUGGEST_WORDS - i++) * 1_000 + lengthRank));
    }
  }

  private static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (Facet facet : Facet.values()) {
      config.setMultiValued(facet.key(), true);
      config.setDrillDownTermsIndexing(facet.key(), FacetsConfig.DrillDownTermsIndexing.NONE);
    }
    return config;
  }

  private static Codec codec() {
    PostingsFormat completion = new Completion912PostingsFormat();
    return new Lucene912Codec() {
      @Override
      public PostingsFormat getPostingsFormatForField(String field) {
        return "suggest".equals(field) ? completion : super.getPostingsFormatForField(field);
      }
    };
  }

  private static Reader apostrophes(Reader reader) {
    return new MappingCharFilter(APOSTROPHES, reader);
  }

  private static NormalizeCharMap apostropheMap() {
    NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
    for (String apostrophe : new String[] {"\u2019", "\u2018", "\u02BC", "\uFF07"}) {
      map.add(apostrophe, "'");
    }
    return map.build();
  }

  /**
   * An index just written: its writer, still open, and a searcher over its commit.
   *
   * @param writer the writer
   * @param searching the searcher and its facet state
   */
  record Written(IndexWriter writer, Searching searching) implements Closeable {

    /** Closes the reader, then the writer, dropping merges still running. */
    @Override
    public void close() throws IOException {
      try (IndexWriter closing = writer) {
        searching.searcher().getIndexReader().close();
        closing.rollback();
      }
    }
  }

  /**
   * A searcher and the facet state of its reader.
   *
   * @param searcher the searcher
   * @param state the facet ordinals of its reader
   */
  record Searching(IndexSearcher searcher, SortedSetDocValuesReaderState state) {
  }

  /**
   * What a search gave, kept so that the work cannot be optimised away.
   *
   * @param total how many resources matched
   * @param hits the hits' identifiers, best first
   * @param titles the highlighted titles
   * @param counted how many facet values were counted
   * @param storedChars the length of the hits' stored titles and summaries
   */
  record Page(long total, List<String> hits, List<String> titles, int counted,
      long storedChars) {
  }

  /** French analysis, folded and stemmed or exact. */
  private static final class Chain extends Analyzer {

    private final boolean folded;

    Chain(boolean folded) {
      this.folded = folded;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
      return apostrophes(reader);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
      return apostrophes(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      StandardTokenizer tokenizer = new StandardTokenizer();
      TokenStream stream =
          new LowerCaseFilter(new ElisionFilter(tokenizer, FrenchAnalyzer.DEFAULT_ARTICLES));
      if (folded) {
        stream = new PatternReplaceFilter(new ASCIIFoldingFilter(stream), FEMININE_IER,
            "$1ier$2", false);
        stream = new FrenchLightStemFilter(stream);
      }
      return new TokenStreamComponents(tokenizer, stream);
    }
  }

  /** The completions' analysis: elided, folded, not stemmed. */
  private static final class Typing extends Analyzer {

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
      return apostrophes(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      StandardTokenizer tokenizer = new StandardTokenizer();
      TokenStream stream =
          new LowerCaseFilter(new ElisionFilter(tokenizer, FrenchAnalyzer.DEFAULT_ARTICLES));
      return new TokenStreamComponents(tokenizer, new ASCIIFoldingFilter(stream));
    }
  }

  /** Words only, to find where each word of a title starts. */
  private static final class Words extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      return new TokenStreamComponents(new StandardTokenizer());
    }
  }
}
