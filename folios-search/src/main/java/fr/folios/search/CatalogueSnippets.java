package fr.folios.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Marks the words a search matched in its hits' titles and summaries, as HTML.
 *
 * <p>The stored title and summary are read again with the folding analysis, so that a word
 * matched in another form ("eleve", "jeux") is marked where it stands ("Élèves", "jeu"), as is
 * one matched through a typing slip. The text is escaped; the only markup is {@code <mark>}.
 * The title is marked whole; the summary gives its best {@value #SUMMARY_PASSAGES} sentences,
 * in their order, or its first ones when it holds no match. Thread-safe.
 */
final class CatalogueSnippets {

  /** How many sentences of the summary a snippet holds at most. */
  static final int SUMMARY_PASSAGES = 2;

  private static final String[] FIELDS = {ResourceDocument.TITLE, ResourceDocument.SUMMARY};

  private final Analyzer analyzer;

  /**
   * Creates snippets read with the index's analysis.
   *
   * @param analyzer the index's per-field analyzer
   */
  CatalogueSnippets(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /**
   * Marks the matches of a text query in some documents.
   *
   * @param searcher the view the documents belong to
   * @param text the query built from the search's text alone, without filters
   * @param docs the documents, in any order
   * @return the marked titles and summaries, each in the order of {@code docs}; an entry is
   *     {@code null} where the document has no such text
   * @throws IOException if the index cannot be read
   */
  Marked mark(IndexSearcher searcher, Query text, int[] docs) throws IOException {
    int[] passages = {1, SUMMARY_PASSAGES};
    Map<String, String[]> marked = highlighter(searcher).highlightFields(FIELDS, text, docs,
        passages);
    return new Marked(marked.get(ResourceDocument.TITLE), marked.get(ResourceDocument.SUMMARY));
  }

  private UnifiedHighlighter highlighter(IndexSearcher searcher) {
    UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzer)
        .withWeightMatches(false)
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true));
    return new UnifiedHighlighter(builder) {
      @Override
      protected Predicate<String> getFieldMatcher(String field) {
        String searched = ResourceDocument.TITLE.equals(field)
            ? ResourceDocument.TITLE : ResourceDocument.TEXT;
        return searched::equals;
      }

      @Override
      protected BreakIterator getBreakIterator(String field) {
        return ResourceDocument.TITLE.equals(field)
            ? new WholeBreakIterator() : BreakIterator.getSentenceInstance(Locale.FRENCH);
      }
    };
  }

  /**
   * The marked texts of some documents.
   *
   * @param titles the marked titles, by document
   * @param summaries the marked summaries, by document
   */
  record Marked(String[] titles, String[] summaries) {
  }
}
