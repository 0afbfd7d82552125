package fr.folios.examples.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import fr.folios.core.catalogue.CatalogueHit;
import fr.folios.core.catalogue.CatalogueQuery;
import fr.folios.core.catalogue.CatalogueResource;
import fr.folios.core.catalogue.ResourceId;
import fr.folios.examples.catalogue.Judgements.JudgedQuery;
import fr.folios.search.LuceneCatalogueIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures the catalogue search on the real catalogue with a judged set of French queries
 * (issue 5, item 5): the mean nDCG@10 must reach 0.8. The judgements were made by reading the
 * records, not the engine's results; see the header of {@code relevance/judgements.tsv}.
 */
class CatalogueRelevanceTest {

  private static final String JUDGEMENTS = "/relevance/judgements.tsv";
  private static final int CUT_OFF = 10;
  private static final double MIN_MEAN_NDCG = 0.8;

  private static LuceneCatalogueIndex index;

  @BeforeAll
  static void indexTheRealCatalogue() {
    index = LuceneCatalogueIndex.inMemory();
    index.index(RealData.all().resources());
  }

  @AfterAll
  static void closeIndex() {
    index.close();
  }

  @Test
  void judgements_holdThirtyQueriesOfResourcesInTheCatalogue() {
    List<JudgedQuery> queries = Judgements.read(JUDGEMENTS);
    Set<String> ids = RealData.all().resources().stream()
        .map(CatalogueResource::id).map(ResourceId::value).collect(Collectors.toSet());

    assertThat(queries).hasSizeGreaterThanOrEqualTo(30);
    assertThat(queries).allSatisfy(q -> assertThat(ids).containsAll(q.grades().keySet()));
  }

  @Test
  void search_reachesMeanNdcgAt10OfAtLeast0point8() {
    List<JudgedQuery> queries = Judgements.read(JUDGEMENTS);
    List<Double> scores = new ArrayList<>();

    for (JudgedQuery judged : queries) {
      scores.add(Ndcg.at(CUT_OFF, ranking(judged.query()), judged.grades()));
    }
    double mean = scores.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    report(queries, scores, mean);

    assertThat(mean).as("mean nDCG@10 over %d queries", queries.size())
        .isGreaterThanOrEqualTo(MIN_MEAN_NDCG);
  }

  private static List<String> ranking(String query) {
    return index.search(CatalogueQuery.text(query).page(0, CUT_OFF)).hits().stream()
        .map(CatalogueHit::id).map(ResourceId::value).toList();
  }

  private static void report(List<JudgedQuery> queries, List<Double> scores, double mean) {
    StringBuilder out = new StringBuilder("nDCG@" + CUT_OFF + " per query:\n");
    for (int i = 0; i < queries.size(); i++) {
      out.append(String.format(Locale.ROOT, "  %.3f  %s (%d judged)%n", scores.get(i),
          queries.get(i).query(), queries.get(i).grades().size()));
    }
    out.append(String.format(Locale.ROOT, "  mean %.3f over %d queries%n", mean, queries.size()));
    System.out.print(out);
  }
}
