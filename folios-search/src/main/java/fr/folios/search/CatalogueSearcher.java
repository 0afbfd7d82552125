package fr.folios.search;

import java.io.IOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.jspecify.annotations.Nullable;

/**
 * A searcher over one point-in-time view of the catalogue, with the facet ordinals of that view
 * computed once when the view is opened rather than at each search.
 *
 * <p>Thread-safe, like {@link IndexSearcher}.
 */
final class CatalogueSearcher extends IndexSearcher {

  private final @Nullable SortedSetDocValuesReaderState facetState;

  private CatalogueSearcher(IndexReader reader, FacetsConfig config) throws IOException {
    super(reader);
    this.facetState = hasFacets(reader)
        ? new DefaultSortedSetDocValuesReaderState(reader, config) : null;
  }

  /**
   * Returns the factory a searcher manager uses to open each new view.
   *
   * @param config the facet configuration the documents were built with
   * @return the factory
   */
  static SearcherFactory factory(FacetsConfig config) {
    return new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, @Nullable IndexReader previous)
          throws IOException {
        return new CatalogueSearcher(reader, config);
      }
    };
  }

  /**
   * Returns the facet ordinals of this view.
   *
   * @return the state that counts facets, or {@code null} if no document carries any facet
   *     value (Lucene refuses to count a field that was never indexed)
   */
  @Nullable SortedSetDocValuesReaderState facetState() {
    return facetState;
  }

  private static boolean hasFacets(IndexReader reader) {
    String field = FacetsConfig.DEFAULT_INDEX_FIELD_NAME;
    FieldInfo info = FieldInfos.getMergedFieldInfos(reader).fieldInfo(field);
    return info != null && info.getDocValuesType() == DocValuesType.SORTED_SET;
  }
}
