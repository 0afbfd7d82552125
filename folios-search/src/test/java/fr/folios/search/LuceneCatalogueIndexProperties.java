package fr.folios.search;

import static org.assertj.core.api.Assertions.assertThat;

import fr.folios.core.catalogue.CatalogueHit;
import fr.folios.core.catalogue.CatalogueQuery;
import fr.folios.core.catalogue.CatalogueResource;
import fr.folios.core.catalogue.CatalogueResults;
import fr.folios.core.catalogue.Facet;
import fr.folios.core.catalogue.FacetCount;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

class LuceneCatalogueIndexProperties {

  private static final List<String> WORDS = List.of(
      "volcan", "volcans", "Élève", "eleve", "orientation", "l’orientation", "métier", "jeux",
      "jeu", "côte", "cote", "œuvre", "chat", "châtiment", "de", "la", "les", "mer", "carte");

  private static final List<String> VALUES = List.of("3e", "4e", "2nde", "avenir", "peac");

  /** A cat, a family joined by zero-width joiners, a lone surrogate, NUL, a digraph, a ligature. */
  private static final List<String> ODD_CHARACTERS = List.of(
      "\uD83D\uDC31", "\uD83D\uDC69\u200D\uD83D\uDC67", "\uD83D", "\u0000", "\u01C5", "\uFB00");

  private static final String SYNTAX = "+-\"*:()[]{}~^\\/!?&|'’ ";

  private static LuceneCatalogueIndex index;

  @BeforeContainer
  static void fill() {
    index = LuceneCatalogueIndex.inMemory();
    index.index(catalogue(120, new Random(20240901)));
  }

  @AfterContainer
  static void close() {
    index.close();
  }

  @Property
  void search_neverThrowsOnAnyText(@ForAll("hostileText") String text) {
    CatalogueResults results = index.search(CatalogueQuery.text(text).page(0, 50));

    assertThat(results.total()).isBetween(0L, index.size());
    assertThat(results.hits()).hasSizeLessThanOrEqualTo(50).doesNotHaveDuplicates();
  }

  @Property
  void search_pageIsASliceOfTheWholeOrder(
      @ForAll("frenchText") String text,
      @ForAll @IntRange(min = 0, max = 130) int offset,
      @ForAll @IntRange(min = 1, max = 30) int limit) {
    CatalogueQuery query = CatalogueQuery.text(text);
    List<String> whole = new ArrayList<>();
    for (int from = 0; from < 200; from += CatalogueQuery.MAX_LIMIT) {
      whole.addAll(ids(index.search(query.page(from, CatalogueQuery.MAX_LIMIT))));
    }

    CatalogueResults page = index.search(query.page(offset, limit));

    assertThat(page.total()).isEqualTo(whole.size());
    int end = Math.min(whole.size(), offset + limit);
    List<String> expected = offset >= end ? List.of() : whole.subList(offset, end);
    assertThat(ids(page)).isEqualTo(expected);
  }

  @Property
  void search_filteringByACountedValueFindsThatCount(
      @ForAll("frenchText") String text, @ForAll Facet facet) {
    CatalogueQuery query = CatalogueQuery.text(text);
    CatalogueResults unfiltered = index.search(query);

    for (FacetCount count : unfiltered.counts(facet)) {
      CatalogueResults filtered = index.search(query.filter(facet, count.value()));
      assertThat(filtered.total()).as(count.toString()).isEqualTo(count.count());
      assertThat(filtered.counts(facet)).as("drill-sideways counts of " + facet)
          .isEqualTo(unfiltered.counts(facet));
    }
  }

  @Property(tries = 40)
  void index_countsAnyFacetValueAsItIs(
      @ForAll @Size(min = 1, max = 5) Set<@StringLength(min = 1, max = 30) String> values) {
    // CatalogueResource refuses blank values; every other value must come back as it is.
    Assume.that(values.stream().noneMatch(String::isBlank));
    try (LuceneCatalogueIndex own = LuceneCatalogueIndex.inMemory()) {
      own.index(List.of(Resources.withFacets("a", "Un", Map.of(Facet.THEME, values))));

      CatalogueResults results = own.search(CatalogueQuery.text(""));

      assertThat(results.counts(Facet.THEME)).extracting(FacetCount::value)
          .containsExactlyInAnyOrderElementsOf(values);
      for (String value : values) {
        assertThat(own.search(CatalogueQuery.text("").filter(Facet.THEME, value)).total())
            .isEqualTo(1);
      }
    }
  }

  @Provide
  Arbitrary<String> hostileText() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(600),
        Arbitraries.strings().withChars(SYNTAX).ofMaxLength(600),
        Arbitraries.strings().withChars(SYNTAX).withCharRange('a', 'z').ofMaxLength(600),
        Arbitraries.of(ODD_CHARACTERS).list().ofMaxSize(200)
            .map(parts -> String.join("", parts)));
  }

  @Provide
  Arbitrary<String> frenchText() {
    return Arbitraries.of(WORDS).list().ofMaxSize(3).map(words -> String.join(" ", words));
  }

  private static List<String> ids(CatalogueResults results) {
    return results.hits().stream().map(CatalogueHit::id).map(Object::toString).toList();
  }

  private static List<CatalogueResource> catalogue(int size, Random random) {
    List<CatalogueResource> resources = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      resources.add(Resources.resource("r" + i, words(random, 3), words(random, 5),
          words(random, 20), facets(random)));
    }
    return resources;
  }

  private static String words(Random random, int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append(WORDS.get(random.nextInt(WORDS.size()))).append(' ');
    }
    return text.toString().strip();
  }

  private static Map<Facet, Set<String>> facets(Random random) {
    Map<Facet, Set<String>> facets = new EnumMap<>(Facet.class);
    for (Facet facet : EnumSet.of(Facet.LEVEL, Facet.PATHWAY, Facet.ZONE)) {
      if (random.nextInt(4) > 0) {
        facets.put(facet, values(random));
      }
    }
    return facets;
  }

  private static Set<String> values(Random random) {
    Set<String> values = new HashSet<>();
    int count = 1 + random.nextInt(2);
    while (values.size() < count) {
      values.add(VALUES.get(random.nextInt(VALUES.size())));
    }
    return values;
  }
}
