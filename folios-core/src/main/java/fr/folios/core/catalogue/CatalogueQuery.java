package fr.folios.core.catalogue;

import fr.folios.core.InvalidInputException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A catalogue search: free text, facet filters, which facets to count, and a page.
 *
 * <p>The text is searched as words, never parsed as a query language: characters such as
 * {@code + - " * :} are plain text. Values of one facet are OR-ed; facets are AND-ed.
 *
 * @param text the words to look for; empty to match every resource
 * @param filters the facet values to keep, as concept identifiers
 * @param countFacets the facets whose value counts the results should carry
 * @param offset how many hits to skip, 0 to {@value #MAX_OFFSET}
 * @param limit how many hits to return, 1 to {@value #MAX_LIMIT}
 * @param sort the order of the hits
 */
public record CatalogueQuery(
    String text, Map<Facet, Set<String>> filters, Set<Facet> countFacets, int offset, int limit,
    CatalogueSort sort) {

  /** The most hits one page may hold. */
  public static final int MAX_LIMIT = 100;

  /** The most hits pages may skip: deeper pages cost more than a reader ever looks at. */
  public static final int MAX_OFFSET = 10_000;

  /** The longest text searched; longer text is cut to this many characters. */
  public static final int MAX_TEXT_LENGTH = 500;

  /**
   * Checks and copies the parts; cuts overlong text.
   *
   * @throws InvalidInputException if the offset or limit is out of range, or a filter holds a
   *     null value
   */
  public CatalogueQuery {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sort, "sort");
    if (text.length() > MAX_TEXT_LENGTH) {
      int end = MAX_TEXT_LENGTH;
      if (Character.isHighSurrogate(text.charAt(end - 1))) {
        end--;
      }
      text = text.substring(0, end);
    }
    if (offset < 0) {
      throw new InvalidInputException("offset " + offset + " is negative: start at 0");
    }
    if (offset > MAX_OFFSET) {
      throw new InvalidInputException("offset " + offset + " is beyond the deepest page; the"
          + " limit is " + MAX_OFFSET + " hits skipped: narrow the search with words or filters");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidInputException("page size " + limit + " is out of range: use 1 to "
          + MAX_LIMIT + " and page with the offset");
    }
    EnumMap<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
    filters.forEach((facet, values) -> {
      for (String value : values) {
        if (value == null) {
          throw new InvalidInputException("a filter on facet '" + facet.frenchLabel()
              + "' holds null: give concept identifiers");
        }
      }
      if (!values.isEmpty()) {
        copy.put(facet, Collections.unmodifiableSet(new LinkedHashSet<>(values)));
      }
    });
    filters = Collections.unmodifiableMap(copy);
    countFacets = countFacets.isEmpty()
        ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(countFacets));
  }

  /**
   * Creates a query sorted by relevance.
   *
   * @param text the words to look for; empty to match every resource
   * @param filters the facet values to keep, as concept identifiers
   * @param countFacets the facets whose value counts the results should carry
   * @param offset how many hits to skip, 0 to {@value #MAX_OFFSET}
   * @param limit how many hits to return, 1 to {@value #MAX_LIMIT}
   * @throws InvalidInputException if the offset or limit is out of range, or a filter holds a
   *     null value
   */
  public CatalogueQuery(
      String text, Map<Facet, Set<String>> filters, Set<Facet> countFacets, int offset,
      int limit) {
    this(text, filters, countFacets, offset, limit, CatalogueSort.RELEVANCE);
  }

  /**
   * Starts a query for the given text, with no filter, counting every facet, first 10 hits.
   *
   * @param text the words to look for, empty for all
   * @return the query
   */
  public static CatalogueQuery text(String text) {
    return new CatalogueQuery(text, Map.of(), EnumSet.allOf(Facet.class), 0, 10);
  }

  /**
   * Returns a copy that also keeps only resources carrying one of the values for the facet.
   * Values are added to those the query already has for that facet, and OR-ed with them.
   *
   * @param facet the facet
   * @param values concept identifiers, OR-ed
   * @return the narrowed query
   * @throws InvalidInputException if a value is null
   */
  public CatalogueQuery filter(Facet facet, String... values) {
    EnumMap<Facet, Set<String>> more = new EnumMap<>(Facet.class);
    more.putAll(filters);
    Set<String> merged = new LinkedHashSet<>(filters.getOrDefault(facet, Set.of()));
    Collections.addAll(merged, values);
    more.put(facet, merged);
    return new CatalogueQuery(text, more, countFacets, offset, limit, sort);
  }

  /**
   * Returns a copy for another page.
   *
   * @param newOffset hits to skip, at least 0
   * @param newLimit hits to return, 1 to {@value #MAX_LIMIT}
   * @return the query for that page
   * @throws InvalidInputException if the offset or limit is out of range
   */
  public CatalogueQuery page(int newOffset, int newLimit) {
    return new CatalogueQuery(text, filters, countFacets, newOffset, newLimit, sort);
  }

  /**
   * Returns a copy whose hits come in another order.
   *
   * @param newSort the order
   * @return the query in that order
   */
  public CatalogueQuery sortBy(CatalogueSort newSort) {
    return new CatalogueQuery(text, filters, countFacets, offset, limit, newSort);
  }
}
