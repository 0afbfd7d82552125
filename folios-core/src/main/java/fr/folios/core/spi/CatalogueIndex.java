package fr.folios.core.spi;

import fr.folios.core.ProgressListener;
import fr.folios.core.catalogue.Audience;
import fr.folios.core.catalogue.CatalogueQuery;
import fr.folios.core.catalogue.CatalogueResource;
import fr.folios.core.catalogue.CatalogueResults;
import fr.folios.core.catalogue.ResourceId;
import java.util.Collection;
import java.util.List;

/**
 * A full-text and faceted index of the catalogue.
 *
 * <p>The index is never the source of truth: it can always be rebuilt from the catalogue
 * repository. Implementations are safe for concurrent use; a change is searchable once the
 * method that made it returns.
 */
public interface CatalogueIndex extends AutoCloseable {

  /**
   * Adds resources, replacing any indexed resource with the same identifier.
   *
   * @param resources the resources to index
   * @throws fr.folios.core.FoliosException if the index cannot be written; the batch is not
   *     visible in part
   */
  void index(Collection<CatalogueResource> resources);

  /**
   * Removes a resource. Removing an absent resource does nothing.
   *
   * @param id the resource's identifier
   */
  void remove(ResourceId id);

  /**
   * Empties the index and indexes the given resources, reporting progress.
   *
   * @param resources every resource of the catalogue
   * @param progress told how many resources were indexed out of the total
   */
  void rebuild(Collection<CatalogueResource> resources, ProgressListener progress);

  /**
   * Searches the index.
   *
   * @param query the text, filters, facets to count and page
   * @return the page of hits, the total and the facet counts
   */
  CatalogueResults search(CatalogueQuery query);

  /**
   * Searches the index for one reader: like {@link #search(CatalogueQuery)}, keeping only the
   * resources the audience sees ({@link Audience#sees}); hits, total and facet counts all leave
   * the others out.
   *
   * @param query the text, filters, facets to count and page
   * @param audience who reads
   * @return the page of hits, the total and the facet counts
   */
  CatalogueResults search(CatalogueQuery query, Audience audience);

  /**
   * Suggests titles for the first letters a person typed, case and accents aside: "orien"
   * suggests "Orientation après la 3e". A word of the title may start the match, not only its
   * first. Each title comes once, the best first. The default suggests nothing, for an index
   * that cannot.
   *
   * @param prefix what the person typed so far
   * @param count the most titles to return, at least 1
   * @return distinct titles, the best first; empty when the prefix holds no letter or digit
   * @throws IllegalArgumentException if the count is below 1
   */
  default List<String> suggest(String prefix, int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count " + count + " is below 1: ask for 1 or more");
    }
    return List.of();
  }

  /** {@return how many resources are indexed} */
  long size();

  /** Releases the index's files and threads. */
  @Override
  void close();
}
