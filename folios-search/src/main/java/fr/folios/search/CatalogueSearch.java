package fr.folios.search;

import fr.folios.core.catalogue.CatalogueHit;
import fr.folios.core.catalogue.CatalogueQuery;
import fr.folios.core.catalogue.CatalogueResults;
import fr.folios.core.catalogue.CatalogueSort;
import fr.folios.core.catalogue.Facet;
import fr.folios.core.catalogue.FacetCount;
import fr.folios.core.catalogue.ResourceId;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * Runs catalogue queries: text, facet filters, drill-sideways counts and one page of hits.
 *
 * <p>Values of one facet are OR-ed and facets are AND-ed. A facet's counts ignore that facet's
 * own filter, so that a reader can widen a choice, but reflect every other filter. Hits come by
 * relevance or newest first, ties by identifier, each with its matched words marked, and the
 * total is exact. When fewer than {@value #RELAX_BELOW} resources hold every required word of
 * the text, filters aside, one of them may miss. Immutable and thread-safe.
 */
final class CatalogueSearch {

  private static final SortField BY_ID =
      new SortField(ResourceDocument.ID, SortField.Type.STRING);

  private static final Sort RELEVANCE_THEN_ID = new Sort(SortField.FIELD_SCORE, BY_ID);

  private static final Sort NEWEST_THEN_RELEVANCE_THEN_ID =
      new Sort(newestFirst(), SortField.FIELD_SCORE, BY_ID);

  private static final Comparator<FacetCount> MOST_FREQUENT_FIRST =
      Comparator.comparingLong(FacetCount::count).reversed()
          .thenComparing(FacetCount::value);

  /**
   * When fewer resources than this hold every word of the text, filters aside, one word may
   * miss; facet filters still apply.
   */
  static final int RELAX_BELOW = 5;

  private final FacetsConfig config;
  private final TextQuery text;
  private final CatalogueSnippets snippets;

  /**
   * Creates a search over documents laid out by {@link ResourceDocument}.
   *
   * @param config the facet configuration the documents were built with
   * @param text the builder of text queries
   * @param snippets the highlighter of hits
   */
  CatalogueSearch(FacetsConfig config, TextQuery text, CatalogueSnippets snippets) {
    this.config = config;
    this.text = text;
    this.snippets = snippets;
  }

  /**
   * Runs a query on one view of the index.
   *
   * @param searcher the view
   * @param query the query
   * @return the page of hits, the exact total and the counts of the facets asked for
   * @throws IOException if the index cannot be read
   */
  CatalogueResults run(CatalogueSearcher searcher, CatalogueQuery query) throws IOException {
    return run(searcher, query, null);
  }

  /**
   * Runs a query on one view of the index, keeping only the documents a filter matches.
   *
   * @param searcher the view
   * @param query the query
   * @param visible the documents that may be counted and returned, or {@code null} for all
   * @return the page of hits, the exact total and the counts of the facets asked for
   * @throws IOException if the index cannot be read
   */
  CatalogueResults run(CatalogueSearcher searcher, CatalogueQuery query, @Nullable Query visible)
      throws IOException {
    Query words = words(searcher, query.text());
    DrillDownQuery filtered = filtered(words, query, visible);
    TopFieldCollectorManager page = new TopFieldCollectorManager(
        sort(query.sort()), hitsToCollect(searcher, query), null, Integer.MAX_VALUE);

    SortedSetDocValuesReaderState facetState = searcher.facetState();
    if (query.countFacets().isEmpty() || facetState == null) {
      TopFieldDocs top = searcher.search(filtered, page);
      return results(searcher, query, words, top, Map.of());
    }

    DrillSideways sideways = new DrillSideways(searcher, config, facetState);
    DrillSideways.ConcurrentDrillSidewaysResult<TopFieldDocs> result =
        sideways.search(filtered, page);
    Map<Facet, List<FacetCount>> counts = counts(result.facets, query.countFacets());
    return results(searcher, query, words, result.collectorResult, counts);
  }

  /* Decided on the text alone, filters and audience aside, so that a filtered search finds what
   * the unfiltered one counted. */
  private Query words(CatalogueSearcher searcher, String typed) throws IOException {
    Query strict = text.of(typed);
    Query relaxed = text.relaxed(typed);
    if (relaxed == null || searcher.count(strict) >= RELAX_BELOW) {
      return strict;
    }
    return relaxed;
  }

  private DrillDownQuery filtered(Query words, CatalogueQuery query, @Nullable Query visible) {
    DrillDownQuery filtered = new DrillDownQuery(config, visible == null ? words
        : new BooleanQuery.Builder().add(words, Occur.MUST).add(visible, Occur.FILTER).build());
    query.filters().forEach((facet, values) -> filtered.add(facet.key(), anyOf(facet, values)));
    return filtered;
  }

  private static Sort sort(CatalogueSort sort) {
    return switch (sort) {
      case RELEVANCE -> RELEVANCE_THEN_ID;
      case NEWEST -> NEWEST_THEN_RELEVANCE_THEN_ID;
    };
  }

  private static SortField newestFirst() {
    SortField published = new SortField(ResourceDocument.PUBLISHED, SortField.Type.LONG, true);
    published.setMissingValue(Long.MIN_VALUE);
    return published;
  }

  private static Query anyOf(Facet facet, Set<String> values) {
    List<BytesRef> terms = values.stream().map(BytesRef::new).toList();
    return new TermInSetQuery(ResourceDocument.filterField(facet), terms);
  }

  private static int hitsToCollect(CatalogueSearcher searcher, CatalogueQuery query) {
    long wanted = (long) query.offset() + query.limit();
    int present = Math.max(1, searcher.getIndexReader().maxDoc());
    return (int) Math.min(wanted, present);
  }

  private static Map<Facet, List<FacetCount>> counts(Facets facets, Set<Facet> wanted)
      throws IOException {
    Map<Facet, List<FacetCount>> counts = new EnumMap<>(Facet.class);
    for (Facet facet : wanted) {
      counts.put(facet, counts(facets.getAllChildren(facet.key())));
    }
    return counts;
  }

  private static List<FacetCount> counts(@Nullable FacetResult result) {
    if (result == null) {
      return List.of();
    }

    List<FacetCount> counts = new ArrayList<>(result.labelValues.length);
    for (LabelAndValue value : result.labelValues) {
      counts.add(new FacetCount(value.label, value.value.longValue()));
    }
    counts.sort(MOST_FREQUENT_FIRST);
    return counts;
  }

  private CatalogueResults results(
      CatalogueSearcher searcher, CatalogueQuery query, Query words, TopFieldDocs top,
      Map<Facet, List<FacetCount>> counts) throws IOException {
    ScoreDoc[] docs = top.scoreDocs;
    int first = Math.min(query.offset(), docs.length);
    int[] pageDocs = new int[docs.length - first];
    for (int i = 0; i < pageDocs.length; i++) {
      pageDocs[i] = docs[first + i].doc;
    }

    CatalogueSnippets.Marked marked = snippets.mark(searcher, words, pageDocs);
    StoredFields stored = searcher.storedFields();
    int scoreAt = query.sort() == CatalogueSort.RELEVANCE ? 0 : 1;
    List<CatalogueHit> hits = new ArrayList<>(pageDocs.length);
    for (int i = 0; i < pageDocs.length; i++) {
      Document document = stored.document(pageDocs[i]);
      float score = (Float) ((FieldDoc) docs[first + i]).fields[scoreAt];
      hits.add(hit(document, score, marked.titles()[i], marked.summaries()[i]));
    }
    return new CatalogueResults(top.totalHits.value, hits, counts);
  }

  private static CatalogueHit hit(
      Document document, float score, @Nullable String markedTitle,
      @Nullable String markedSummary) {
    ResourceId id = new ResourceId(document.get(ResourceDocument.ID));
    String title = document.get(ResourceDocument.TITLE);
    String summary = document.get(ResourceDocument.SUMMARY);
    return new CatalogueHit(id, title, summary == null ? "" : summary, score,
        markedTitle == null ? "" : markedTitle, markedSummary == null ? "" : markedSummary);
  }
}
