package fr.folios.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.suggest.document.PrefixCompletionQuery;
import org.apache.lucene.search.suggest.document.SuggestIndexSearcher;
import org.apache.lucene.search.suggest.document.TopSuggestDocs;

/**
 * Suggests titles from the completion entries of {@link ResourceDocument#SUGGEST}.
 *
 * <p>Typed text is read like titles: case, accents and elided articles aside, never stemmed.
 * Several resources may share a title; it is suggested once. Thread-safe.
 */
final class TitleSuggestions {

  /* Entries fetched per title asked for, since several entries may lead to one title. */
  private static final int ENTRIES_PER_TITLE = 4;

  private static final int MAX_PREFIX_LENGTH = 100;

  /* The control characters completions use as separators, read as spaces. */
  private static final Pattern RESERVED = Pattern.compile("[\\x00\\x1E\\x1F]");

  /** The most titles one call returns; asking for more returns this many. */
  static final int MAX_COUNT = 100;

  private final Analyzer typing = new FrenchTypingAnalyzer();

  /**
   * Suggests titles for typed text.
   *
   * @param searcher the view to read
   * @param prefix the typed text
   * @param count the most titles, at least 1; counts above {@value #MAX_COUNT} count as it
   * @return distinct titles, best first
   * @throws IOException if the index cannot be read
   */
  List<String> suggest(IndexSearcher searcher, String prefix, int count) throws IOException {
    String typed = RESERVED.matcher(prefix.length() > MAX_PREFIX_LENGTH
        ? prefix.substring(0, MAX_PREFIX_LENGTH) : prefix).replaceAll(" ");
    if (typed.codePoints().noneMatch(Character::isLetterOrDigit)) {
      return List.of();
    }

    SuggestIndexSearcher suggesting = new SuggestIndexSearcher(searcher.getIndexReader());
    PrefixCompletionQuery query =
        new PrefixCompletionQuery(typing, new Term(ResourceDocument.SUGGEST, typed));
    int wanted = Math.min(count, MAX_COUNT);
    TopSuggestDocs entries = suggesting.suggest(query, wanted * ENTRIES_PER_TITLE, true);
    return titles(searcher, entries, wanted);
  }

  private static List<String> titles(IndexSearcher searcher, TopSuggestDocs entries, int count)
      throws IOException {
    StoredFields stored = searcher.storedFields();
    Set<String> titles = new LinkedHashSet<>();
    for (TopSuggestDocs.SuggestScoreDoc entry : entries.scoreLookupDocs()) {
      titles.add(stored.document(entry.doc, Set.of(ResourceDocument.TITLE))
          .get(ResourceDocument.TITLE));
      if (titles.size() == count) {
        break;
      }
    }
    return new ArrayList<>(titles);
  }
}
