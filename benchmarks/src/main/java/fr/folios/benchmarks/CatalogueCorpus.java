package fr.folios.benchmarks;

import fr.folios.core.catalogue.CatalogueResource;
import fr.folios.core.catalogue.Facet;
import fr.folios.core.catalogue.ResourceId;
import fr.folios.examples.catalogue.CatalogueSources;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The catalogue benchmark's resources and searches: the real catalogue records, repeated with
 * deterministic variations until the wanted size, and keyword searches with two facet filters
 * drawn from the same records.
 *
 * @param resources the resources, with distinct identifiers
 * @param searches the searches, in the order they run
 * @param realRecords how many real records the resources were varied from
 */
record CatalogueCorpus(List<CatalogueResource> resources, List<Search> searches,
    int realRecords) {

  /** The lower-case words a search may use: at least this many letters, from a title. */
  private static final int MIN_WORD_LENGTH = 5;

  /**
   * Reads the real records and varies them: copy {@code k} of a record (from 1) gets the
   * identifier suffix {@code ~k}, the title suffix "(variante k)" and a date {@code k} weeks
   * earlier; text and facet values stay real.
   *
   * @param dataDir the examples' data folder
   * @param size how many resources to make
   * @param searchCount how many searches to draw
   * @param seed the seed of the searches' draw
   * @return the corpus
   */
  static CatalogueCorpus of(Path dataDir, int size, int searchCount, long seed) {
    List<CatalogueResource> real = CatalogueSources.readAll(dataDir).resources();
    List<CatalogueResource> resources = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      resources.add(variant(real.get(i % real.size()), i / real.size()));
    }
    return new CatalogueCorpus(resources, searches(real, searchCount, seed), real.size());
  }

  private static CatalogueResource variant(CatalogueResource record, int copy) {
    if (copy == 0) {
      return record;
    }
    return new CatalogueResource(new ResourceId(record.id().value() + "~" + copy),
        record.title() + " (variante " + copy + ")", record.summary(), record.body(),
        record.facets(),
        record.published() == null ? null : record.published().minusWeeks(copy),
        record.source(), record.url());
  }

  /* Each search takes a real record with two facets or more: a word of its title and one value
   * of each of two of its facets, so that every search finds at least that record. */
  private static List<Search> searches(List<CatalogueResource> real, int count, long seed) {
    List<CatalogueResource> faceted = real.stream()
        .filter(resource -> resource.facets().size() >= 2)
        .filter(resource -> !words(resource.title()).isEmpty()).toList();
    Random random = new Random(seed);
    List<Search> searches = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      CatalogueResource picked = faceted.get(random.nextInt(faceted.size()));
      List<String> words = words(picked.title());
      String word = words.get(random.nextInt(words.size()));
      searches.add(new Search(word, twoFilters(picked, random)));
    }
    return searches;
  }

  private static Map<Facet, String> twoFilters(CatalogueResource resource, Random random) {
    List<Facet> facets = new ArrayList<>(resource.facets().keySet());
    int first = random.nextInt(facets.size());
    int second = (first + 1 + random.nextInt(facets.size() - 1)) % facets.size();
    Map<Facet, String> filters = new EnumMap<>(Facet.class);
    for (Facet facet : List.of(facets.get(first), facets.get(second))) {
      List<String> values = new ArrayList<>(resource.values(facet));
      filters.put(facet, values.get(random.nextInt(values.size())));
    }
    return filters;
  }

  private static List<String> words(String title) {
    List<String> words = new ArrayList<>();
    for (String word : title.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (word.length() >= MIN_WORD_LENGTH) {
        words.add(word);
      }
    }
    return words;
  }

  /**
   * One keyword search.
   *
   * @param text one word
   * @param filters one value for each of two facets
   */
  record Search(String text, Map<Facet, String> filters) {

    /** Copies the filters. */
    Search {
      filters = Collections.unmodifiableMap(new EnumMap<>(filters));
    }

    /** {@return the facet values as the filters of a query} */
    Map<Facet, Set<String>> filterSets() {
      Map<Facet, Set<String>> sets = new EnumMap<>(Facet.class);
      filters.forEach((facet, value) -> sets.put(facet, Set.of(value)));
      return sets;
    }
  }
}
