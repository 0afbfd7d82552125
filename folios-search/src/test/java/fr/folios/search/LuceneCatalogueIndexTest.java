package fr.folios.search;

import static fr.folios.search.Resources.dated;
import static fr.folios.search.Resources.resource;
import static fr.folios.search.Resources.titled;
import static fr.folios.search.Resources.withBody;
import static fr.folios.search.Resources.withFacets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.FoliosException;
import fr.folios.core.InvalidInputException;
import fr.folios.core.ProgressListener;
import fr.folios.core.catalogue.CatalogueHit;
import fr.folios.core.catalogue.CatalogueQuery;
import fr.folios.core.catalogue.CatalogueResource;
import fr.folios.core.catalogue.CatalogueResults;
import fr.folios.core.catalogue.CatalogueSort;
import fr.folios.core.catalogue.Facet;
import fr.folios.core.catalogue.FacetCount;
import fr.folios.core.catalogue.ResourceId;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LuceneCatalogueIndexTest {

  private final LuceneCatalogueIndex index = LuceneCatalogueIndex.inMemory();

  @AfterEach
  void close() {
    index.close();
  }

  private List<String> ids(String text) {
    return ids(index.search(CatalogueQuery.text(text).page(0, CatalogueQuery.MAX_LIMIT)));
  }

  private static List<String> ids(CatalogueResults results) {
    return results.hits().stream().map(hit -> hit.id().value()).toList();
  }

  @Nested
  class FrenchText {

    @ParameterizedTest
    @ValueSource(strings = {"l'orientation", "l\u2019orientation", "L\u2019ORIENTATION"})
    void search_dropsElidedArticleWithEitherApostrophe(String text) {
      index.index(List.of(titled("a", "Orientation"), titled("b", "Métiers du bois")));

      assertThat(ids(text)).containsExactly("a");
    }

    @ParameterizedTest
    @ValueSource(strings = {"orientation", "l'orientation", "d\u2019orientation"})
    void search_findsTextElidedWithTypographicApostrophe(String text) {
      index.index(List.of(titled("a", "Les métiers de l\u2019orientation")));

      assertThat(ids(text)).containsExactly("a");
    }

    @ParameterizedTest
    @ValueSource(strings = {"eleve", "ELEVE", "Élève", "élèves"})
    void search_foldsCaseAndAccents(String text) {
      index.index(List.of(titled("a", "Le carnet de l'élève"), titled("b", "Carnet de bord")));

      assertThat(ids(text)).containsExactly("a");
    }

    @Test
    void search_expandsLigaturesAndFoldsDiaeresis() {
      index.index(List.of(
          titled("oeuvre", "Une œuvre d'art"),
          titled("aequo", "Ex æquo au concours"),
          titled("noel", "Le marché de Noël"),
          titled("naif", "Le peintre naïf"),
          titled("garcon", "Un garçon")));

      assertThat(ids("oeuvre")).containsExactly("oeuvre");
      assertThat(ids("Œuvres")).containsExactly("oeuvre");
      assertThat(ids("aequo")).containsExactly("aequo");
      assertThat(ids("noel")).containsExactly("noel");
      assertThat(ids("NAIF")).containsExactly("naif");
      assertThat(ids("garcon")).containsExactly("garcon");
    }

    @Test
    void search_findsSingularFromPluralAndBack() {
      index.index(List.of(titled("jeu", "Un jeu de rôle"), titled("jeux", "Les jeux olympiques")));

      assertThat(ids("jeux")).containsExactlyInAnyOrder("jeu", "jeux");
      assertThat(ids("jeu")).containsExactlyInAnyOrder("jeu", "jeux");
    }

    @Test
    void search_ranksExactWordAboveFoldedOne() {
      index.index(List.of(
          titled("a-punishment", "Crime et châtiment"),
          titled("b-female", "Crime et chatte"),
          titled("c-cat", "Crime et chat")));

      assertThat(ids("chat")).containsExactly("c-cat", "b-female");
      assertThat(ids("châtiment")).containsExactly("a-punishment");
    }

    @Test
    void search_toleratesATypingSlipInLongerWordsAndRanksExactWordsFirst() {
      index.index(List.of(titled("bakery", "La boulangerie du quartier"),
          titled("maths", "Exercices de mathématiques"), titled("kitten", "Le chaton")));

      assertThat(ids("boulengerie")).containsExactly("bakery");
      assertThat(ids("mathematiqes")).containsExactly("maths");
      assertThat(ids("oulangerie")).isEmpty();
      assertThat(ids("chat")).isEmpty();
    }

    @Test
    void search_ranksAnExactMatchAboveATypingSlip() {
      index.index(List.of(titled("a-slip", "Un coussin rouge"), titled("b-exact", "Un cousin")));

      assertThat(ids("cousin")).containsExactly("b-exact", "a-slip");
    }

    @Test
    void search_ranksAccentedWordAboveUnaccentedOneWhenTypedWithAccent() {
      index.index(List.of(titled("a-unaccented", "Le cote"), titled("b-accented", "La côte")));

      assertThat(ids("côte")).containsExactly("b-accented", "a-unaccented");
      assertThat(ids("cote")).containsExactly("a-unaccented", "b-accented");
    }

    @Test
    void search_ranksTitleAboveBody() {
      index.index(List.of(
          withBody("a-body", "Fiche de lecture", "Un volcan en éruption"),
          withBody("b-title", "Les volcans", "Une fiche de lecture")));

      assertThat(ids("volcan")).containsExactly("b-title", "a-body");
    }

    @Test
    void search_requiresEveryWordInAnyFieldWhenEnoughResourcesHoldThemAll() {
      List<CatalogueResource> resources = new ArrayList<>();
      for (int i = 0; i < CatalogueSearch.RELAX_BELOW; i++) {
        resources.add(withBody("both" + i, "Les volcans", "Une éruption"));
      }
      resources.add(titled("one", "Les volcans d'Auvergne"));
      index.index(resources);

      assertThat(ids("volcan éruption")).hasSize(CatalogueSearch.RELAX_BELOW)
          .doesNotContain("one");
    }

    @Test
    void search_letsOneWordMissWhenFewResourcesHoldThemAll() {
      index.index(List.of(
          titled("one", "Les volcans d'Auvergne"),
          withBody("both", "Les volcans", "Une éruption"),
          titled("none", "Le musée")));

      assertThat(ids("volcan éruption")).containsExactly("both", "one");
    }

    @Test
    void search_letsOnlyOneWordMissAndKeepsFilters() {
      index.index(List.of(
          withFacets("a", "BTS comptabilité et gestion", Map.of(Facet.LEVEL, Set.of("bac+2"))),
          withFacets("b", "Licence comptabilité", Map.of(Facet.LEVEL, Set.of("bac+2"))),
          withFacets("c", "Bachelor comptabilité", Map.of(Facet.LEVEL, Set.of("bac+3"))),
          withFacets("d", "BTS tourisme", Map.of(Facet.LEVEL, Set.of("bac+2")))));

      CatalogueResults results = index.search(
          CatalogueQuery.text("BTS comptabilité").filter(Facet.LEVEL, "bac+2"));

      assertThat(ids(results).get(0)).isEqualTo("a");
      assertThat(ids(results)).containsExactlyInAnyOrder("a", "b", "d");
      assertThat(ids("BTS comptabilité gestion")).containsExactly("a");
    }

    @Test
    void search_filteredByACountedValueFindsThatCountWhenTheFilterLeavesFewHits() {
      List<CatalogueResource> resources = new ArrayList<>();
      for (int i = 0; i < CatalogueSearch.RELAX_BELOW; i++) {
        resources.add(withFacets("m" + i, "Chat métier", Map.of(Facet.LEVEL, Set.of("4e"))));
      }
      resources.add(withFacets("x", "Chat métier", Map.of(Facet.LEVEL, Set.of("3e"))));
      resources.add(withFacets("y", "Chat", Map.of(Facet.LEVEL, Set.of("3e"))));
      index.index(resources);
      CatalogueQuery query = CatalogueQuery.text("chat métier");

      assertThat(index.search(query).counts(Facet.LEVEL)).contains(new FacetCount("3e", 1));
      assertThat(ids(index.search(query.filter(Facet.LEVEL, "3e")))).containsExactly("x");
    }

    @Test
    void search_requiresEveryWordOfALongTextEvenWhenFewResourcesHoldThemAll() {
      index.index(List.of(titled("a", "Un volcan actif en Auvergne près de Clermont"),
          titled("b", "Un volcan actif en Auvergne près de Riom")));

      assertThat(ids("volcan actif Auvergne près Clermont Riom Ferrand")).isEmpty();
      assertThat(ids("volcan actif Auvergne Clermont Riom")).containsExactly("a", "b");
    }

    @Test
    void search_findsTheOtherFormOfATradeInIere() {
      index.index(List.of(titled("m", "Diplôme d'État d'infirmier"),
          titled("f", "Les infirmières scolaires"), titled("r", "La rivière")));

      assertThat(ids("infirmière")).containsExactlyInAnyOrder("m", "f");
      assertThat(ids("infirmiers")).containsExactlyInAnyOrder("m", "f");
      assertThat(ids("infirmière").get(0)).isEqualTo("f");
    }

    @Test
    void search_doesNotRequireStopWords() {
      index.index(List.of(titled("a", "Volcans d'Auvergne"), titled("b", "Le musée")));

      assertThat(ids("les volcans de l'Auvergne")).containsExactly("a");
      assertThat(ids("le")).containsExactly("b");
    }

    @Test
    void search_findsWordsOfTheSummary() {
      index.index(List.of(resource("a", "Fiche", "Découvrir les métiers", "", Map.of())));

      assertThat(ids("métier")).containsExactly("a");
    }
  }

  @Nested
  class HostileText {

    @ParameterizedTest
    @ValueSource(strings = {
        "+chat -chien", "\"chat", "chat*", "title:chat", "(chat", "chat)", "[chat TO chien]",
        "chat~2", "chat^10", "chat\\", "/chat/", "chat && chien || !oiseau", "?", "*", "\\",
        "\"", "{", "AND", "OR NOT", "\u0000", "\u001F\u001E", "\uD800", "🐱 chat 🐶"})
    void search_readsQuerySyntaxAsPlainText(String text) {
      index.index(List.of(titled("a", "Le chat et le chien"), titled("b", "Un oiseau")));

      assertThatCode(() -> index.search(CatalogueQuery.text(text))).doesNotThrowAnyException();
    }

    @Test
    void search_findsWordsAroundOperators() {
      index.index(List.of(titled("a", "Le chat et le chien"), titled("b", "Le chat")));

      assertThat(ids("+chat -chien")).containsExactly("a", "b");
      assertThat(ids("\"chat\" (chien)")).containsExactly("a", "b");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "!?;:,.", "+ - && || ( ) [ ] { } ^ \" ~ * ? : \\ /", "’"})
    void search_matchesEverythingWhenTextHasNoWord(String text) {
      index.index(List.of(titled("a", "Un"), titled("b", "Deux"), titled("c", "Trois")));

      CatalogueResults results = index.search(CatalogueQuery.text(text));

      assertThat(results.total()).isEqualTo(3);
      assertThat(ids(results)).containsExactly("a", "b", "c");
    }

    @Test
    void search_acceptsLongestTextOfDistinctWords() {
      index.index(List.of(titled("a", "Un")));
      StringBuilder text = new StringBuilder();
      for (int i = 0; text.length() < CatalogueQuery.MAX_TEXT_LENGTH; i++) {
        text.append(i).append(' ');
      }

      CatalogueResults results = index.search(CatalogueQuery.text(text.toString()));

      assertThat(results.total()).isZero();
    }

    @Test
    void search_ignoresWordsBeyondTheLimit() {
      List<String> words = IntStream.range(0, TextQuery.MAX_WORDS).mapToObj(i -> "mot" + i)
          .toList();
      index.index(List.of(titled("a", String.join(" ", words))));

      assertThat(ids(String.join(" ", words) + " absent")).containsExactly("a");
      assertThat(ids("absent " + String.join(" ", words))).isEmpty();
    }

    @Test
    void search_acceptsEmojiOnly() {
      index.index(List.of(titled("a", "Un")));

      CatalogueResults results = index.search(CatalogueQuery.text("🐱".repeat(250)));

      assertThat(results.total()).isZero();
    }
  }

  @Nested
  class Facets {

    @Test
    void search_countsOwnFacetSidewaysAndOthersWithEveryFilter() {
      index.index(fourResources());

      CatalogueResults results = index.search(CatalogueQuery.text("").filter(Facet.LEVEL, "3e"));

      assertThat(ids(results)).containsExactly("r1", "r2");
      assertThat(results.counts(Facet.LEVEL)).containsExactly(
          new FacetCount("3e", 2), new FacetCount("4e", 2), new FacetCount("2nde", 1));
      assertThat(results.counts(Facet.PATHWAY)).containsExactly(
          new FacetCount("avenir", 1), new FacetCount("peac", 1));
    }

    @Test
    void search_orsValuesOfOneFacet() {
      index.index(fourResources());

      CatalogueResults results =
          index.search(CatalogueQuery.text("").filter(Facet.LEVEL, "3e", "2nde"));

      assertThat(results.total()).isEqualTo(3);
      assertThat(ids(results)).containsExactly("r1", "r2", "r4");
    }

    @Test
    void search_andsFacetsAndCountsEachWithoutItsOwnFilter() {
      index.index(fourResources());

      CatalogueResults results = index.search(CatalogueQuery.text("")
          .filter(Facet.LEVEL, "4e").filter(Facet.PATHWAY, "avenir"));

      assertThat(ids(results)).containsExactly("r3");
      assertThat(results.counts(Facet.LEVEL)).containsExactly(
          new FacetCount("3e", 1), new FacetCount("4e", 1));
      assertThat(results.counts(Facet.PATHWAY)).containsExactly(
          new FacetCount("avenir", 1), new FacetCount("peac", 1));
    }

    @Test
    void search_countsFacetsOfTheTextMatches() {
      index.index(fourResources());

      CatalogueResults results = index.search(CatalogueQuery.text("volcans"));

      assertThat(ids(results)).containsExactly("r1", "r3");
      assertThat(results.counts(Facet.PATHWAY)).containsExactly(new FacetCount("avenir", 2));
    }

    @Test
    void search_countsOnlyTheFacetsAskedFor() {
      index.index(fourResources());
      CatalogueQuery query =
          new CatalogueQuery("", Map.of(), EnumSet.of(Facet.PATHWAY), 0, 10);

      CatalogueResults results = index.search(query);

      assertThat(results.facetCounts()).containsOnlyKeys(Facet.PATHWAY);
    }

    @Test
    void search_countsNothingWhenNoFacetIsAskedFor() {
      index.index(fourResources());
      CatalogueQuery query = new CatalogueQuery(
          "", Map.of(Facet.LEVEL, Set.of("4e")), Set.of(), 0, 10);

      CatalogueResults results = index.search(query);

      assertThat(ids(results)).containsExactly("r2", "r3");
      assertThat(results.facetCounts()).isEmpty();
    }

    @Test
    void search_returnsEmptyCountsForFacetNoResourceCarries() {
      index.index(fourResources());

      CatalogueResults results = index.search(CatalogueQuery.text(""));

      assertThat(results.counts(Facet.THEME)).isEmpty();
      assertThat(results.facetCounts()).containsKey(Facet.THEME);
      assertThat(index.search(CatalogueQuery.text("").filter(Facet.THEME, "x")).total())
          .isZero();
    }

    @Test
    void search_countsNothingWhenNoResourceHasFacets() {
      index.index(List.of(titled("a", "Un"), titled("b", "Deux")));

      CatalogueResults all = index.search(CatalogueQuery.text(""));
      CatalogueResults filtered = index.search(CatalogueQuery.text("").filter(Facet.LEVEL, "3e"));

      assertThat(all.total()).isEqualTo(2);
      assertThat(all.facetCounts().values()).allSatisfy(counts -> assertThat(counts).isEmpty());
      assertThat(filtered.total()).isZero();
    }

    @Test
    void search_countsNothingInAnEmptyIndex() {
      CatalogueResults results = index.search(CatalogueQuery.text("chat").filter(Facet.ZONE, "x"));

      assertThat(results.total()).isZero();
      assertThat(results.hits()).isEmpty();
      assertThat(results.counts(Facet.ZONE)).isEmpty();
    }

    @Test
    void search_matchesNothingForEmptyFilterValue() {
      index.index(fourResources());

      CatalogueResults results = index.search(CatalogueQuery.text("").filter(Facet.LEVEL, ""));

      assertThat(results.total()).isZero();
      assertThat(results.counts(Facet.LEVEL)).hasSize(3);
    }

    @Test
    void search_keepsFacetValuesAsTheyAre() {
      String uri = "http://data.education.fr/voc/scolomfr/concept/scolomfr-voc-022-num-027";
      String odd = "a\u001Fb\u001Ec/d";
      index.index(List.of(withFacets("a", "Un", Map.of(Facet.LEVEL, Set.of(uri, odd)))));

      CatalogueResults results = index.search(CatalogueQuery.text("").filter(Facet.LEVEL, odd));

      assertThat(results.total()).isEqualTo(1);
      assertThat(results.counts(Facet.LEVEL)).containsExactlyInAnyOrder(
          new FacetCount(uri, 1), new FacetCount(odd, 1));
    }

    @Test
    void index_neverReceivesABlankFacetValue() {
      assertThatThrownBy(() -> withFacets("a", "Un", Map.of(Facet.LEVEL, Set.of("", "3e"))))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("not blank");
      index.index(List.of(withFacets("a", "Un", Map.of(Facet.LEVEL, Set.of("3e")))));

      assertThat(index.search(CatalogueQuery.text("")).counts(Facet.LEVEL))
          .containsExactly(new FacetCount("3e", 1));
    }

    @Test
    void search_acceptsManyFilterValues() {
      index.index(fourResources());
      String[] values = IntStream.range(0, 5000).mapToObj(i -> "v" + i).toArray(String[]::new);

      CatalogueResults results = index.search(CatalogueQuery.text("")
          .filter(Facet.LEVEL, values).filter(Facet.LEVEL, "3e"));

      assertThat(ids(results)).containsExactly("r1", "r2");
    }

    private List<CatalogueResource> fourResources() {
      return List.of(
          resource("r1", "Les volcans", "", "", Map.of(
              Facet.LEVEL, Set.of("3e"), Facet.PATHWAY, Set.of("avenir"))),
          resource("r2", "La mer", "", "", Map.of(
              Facet.LEVEL, Set.of("3e", "4e"), Facet.PATHWAY, Set.of("peac"))),
          resource("r3", "Un volcan", "", "", Map.of(
              Facet.LEVEL, Set.of("4e"), Facet.PATHWAY, Set.of("avenir"))),
          resource("r4", "La montagne", "", "", Map.of(Facet.LEVEL, Set.of("2nde"))));
    }
  }

  @Nested
  class Paging {

    @Test
    void search_pagesWithExactTotalAndNoRepeat() {
      index.index(numbered(25, "Fiche"));
      List<String> seen = new ArrayList<>();

      for (int offset = 0; offset < 30; offset += 10) {
        CatalogueResults page = index.search(CatalogueQuery.text("fiche").page(offset, 10));
        assertThat(page.total()).isEqualTo(25);
        seen.addAll(ids(page));
      }

      assertThat(seen).hasSize(25).doesNotHaveDuplicates();
      assertThat(seen).isSorted();
    }

    @Test
    void search_countsTotalBeyondTheFirstThousand() {
      index.index(numbered(1500, "Fiche"));

      CatalogueResults page = index.search(CatalogueQuery.text("fiche").page(0, 1));

      assertThat(page.total()).isEqualTo(1500);
    }

    @Test
    void search_countsTotalBeyondTheFirstThousandWhenFilteredAndCounted() {
      List<CatalogueResource> resources = new ArrayList<>();
      for (int i = 0; i < 1500; i++) {
        String level = i % 3 == 0 ? "4e" : "3e";
        resources.add(withFacets("r" + i, "Fiche", Map.of(Facet.LEVEL, Set.of(level))));
      }
      index.index(resources);

      CatalogueResults page =
          index.search(CatalogueQuery.text("fiche").filter(Facet.LEVEL, "3e").page(990, 20));

      assertThat(page.total()).isEqualTo(1000);
      assertThat(page.hits()).hasSize(10);
      assertThat(page.counts(Facet.LEVEL)).containsExactly(
          new FacetCount("3e", 1000), new FacetCount("4e", 500));
    }

    @Test
    void search_returnsNoHitPastTheEnd() {
      index.index(numbered(5, "Fiche"));

      CatalogueResults page =
          index.search(CatalogueQuery.text("").page(CatalogueQuery.MAX_OFFSET, 100));

      assertThat(page.total()).isEqualTo(5);
      assertThat(page.hits()).isEmpty();
    }

    @Test
    void search_breaksTiesByIdentifier() {
      index.index(List.of(titled("c", "Fiche"), titled("a", "Fiche"), titled("b", "Fiche")));

      assertThat(ids("fiche")).containsExactly("a", "b", "c");
    }

    @Test
    void search_returnsStoredTitleAndSummaryWithScore() {
      index.index(List.of(resource("onisep:FOR.1", "Le métier de l'orientation",
          "Un résumé.", "Un corps.", Map.of())));

      CatalogueHit hit = index.search(CatalogueQuery.text("orientation")).hits().get(0);

      assertThat(hit.id()).isEqualTo(new ResourceId("onisep:FOR.1"));
      assertThat(hit.title()).isEqualTo("Le métier de l'orientation");
      assertThat(hit.summary()).isEqualTo("Un résumé.");
      assertThat(hit.score()).isPositive();
    }
  }

  @Nested
  class Changes {

    @Test
    void index_replacesResourceWithSameIdentifier() {
      index.index(List.of(titled("a", "Le chat")));

      index.index(List.of(titled("a", "Le chien")));

      assertThat(index.size()).isEqualTo(1);
      assertThat(ids("chat")).isEmpty();
      assertThat(ids("chien")).containsExactly("a");
    }

    @Test
    void index_keepsTheLastOfOneIdentifierInABatch() {
      index.index(List.of(titled("a", "Le chat"), titled("a", "Le chien")));

      assertThat(index.size()).isEqualTo(1);
      assertThat(ids("chien")).containsExactly("a");
    }

    @Test
    void index_makesTheBatchSearchableAtOnce() {
      for (int i = 0; i < 20; i++) {
        index.index(List.of(titled("r" + i, "Fiche numéro" + i)));

        assertThat(ids("numéro" + i)).containsExactly("r" + i);
      }
    }

    @Test
    void index_acceptsAnEmptyBatch() {
      index.index(List.of());

      assertThat(index.size()).isZero();
    }

    @Test
    void remove_deletesTheResource() {
      index.index(List.of(titled("a", "Le chat"), titled("b", "Le chien")));

      index.remove(new ResourceId("a"));

      assertThat(index.size()).isEqualTo(1);
      assertThat(ids("chat")).isEmpty();
    }

    @Test
    void remove_ignoresAbsentResource() {
      index.index(List.of(titled("a", "Le chat")));

      index.remove(new ResourceId("absent"));

      assertThat(index.size()).isEqualTo(1);
    }

    @Test
    void rebuild_replacesEverythingAndReportsProgress() {
      index.index(List.of(titled("old", "Ancienne fiche")));
      List<long[]> reports = new CopyOnWriteArrayList<>();
      List<String> steps = new CopyOnWriteArrayList<>();

      index.rebuild(numbered(1234, "Fiche"), (step, done, total) -> {
        steps.add(step);
        reports.add(new long[] {done, total});
      });

      assertThat(index.size()).isEqualTo(1234);
      assertThat(ids("ancienne")).isEmpty();
      assertThat(steps).containsOnly("indexing");
      assertThat(reports).extracting(report -> report[0]).containsExactly(0L, 500L, 1000L, 1234L);
      assertThat(reports).extracting(report -> report[1]).containsOnly(1234L);
    }

    @Test
    void rebuild_goesOnWhenTheListenerThrows() {
      ProgressListener failing = (step, done, total) -> {
        throw new IllegalStateException("listener bug");
      };

      index.rebuild(numbered(3, "Fiche"), failing);

      assertThat(index.size()).isEqualTo(3);
    }

    @Test
    void rebuild_emptiesTheIndexWhenGivenNothing() {
      index.index(numbered(3, "Fiche"));

      index.rebuild(List.of(), ProgressListener.NONE);

      assertThat(index.size()).isZero();
    }

    @Test
    void index_staysConsistentUnderConcurrentWritersAndReaders() throws Exception {
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<?>> tasks = new ArrayList<>();
        for (int writer = 0; writer < 4; writer++) {
          int w = writer;
          tasks.add(pool.submit(() -> writeAndFindOwn(w)));
        }
        for (Future<?> task : tasks) {
          task.get(60, TimeUnit.SECONDS);
        }
      } finally {
        pool.shutdownNow();
      }

      assertThat(index.size()).isEqualTo(4 * 25);
    }

    private void writeAndFindOwn(int writer) {
      for (int i = 0; i < 25; i++) {
        String id = "w" + writer + "-" + i;
        index.index(List.of(titled(id, "Fiche " + id)));
        assertThat(ids(id)).contains(id);
        assertThat(index.search(CatalogueQuery.text("fiche")).total()).isPositive();
      }
    }
  }

  @Nested
  class Lifecycle {

    @TempDir
    Path folder;

    @Test
    void open_keepsContentAcrossReopen() {
      try (LuceneCatalogueIndex onDisk = LuceneCatalogueIndex.open(folder.resolve("index"))) {
        onDisk.index(List.of(titled("a", "Le chat"), titled("b", "Le chien")));
      }

      try (LuceneCatalogueIndex reopened = LuceneCatalogueIndex.open(folder.resolve("index"))) {
        assertThat(reopened.size()).isEqualTo(2);
        assertThat(ids(reopened.search(CatalogueQuery.text("chat")))).containsExactly("a");
      }
    }

    @Test
    void open_refusesAFolderAnotherIndexHolds() {
      try (LuceneCatalogueIndex first = LuceneCatalogueIndex.open(folder)) {
        assertThatThrownBy(() -> LuceneCatalogueIndex.open(folder))
            .isInstanceOf(FoliosException.class)
            .hasMessageContaining(folder.toString())
            .hasMessageContaining("no other index holds it");
        assertThat(first.size()).isZero();
      }
    }

    @Test
    void close_makesLaterCallsFailAndCanBeRepeated() {
      index.close();
      index.close();

      assertThatThrownBy(() -> index.search(CatalogueQuery.text("chat")))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("closed");
      assertThatThrownBy(() -> index.index(List.of(titled("a", "Un"))))
          .isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(index::size).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void index_keepsFormerContentWhenWritingFails() {
      FailingDirectory directory = new FailingDirectory();
      try (LuceneCatalogueIndex failing = LuceneCatalogueIndex.on(directory, "test index")) {
        failing.index(List.of(titled("a", "Le chat")));
        directory.failing = true;

        assertThatThrownBy(() -> failing.index(List.of(titled("b", "Le chien"))))
            .isInstanceOf(FoliosException.class)
            .hasMessageContaining("test index could not be written");
        directory.failing = false;
        failing.index(List.of(titled("c", "Le cheval")));

        assertThat(ids(failing.search(CatalogueQuery.text("")))).containsExactly("a", "c");
      }
    }
  }

  private static List<CatalogueResource> numbered(int count, String title) {
    Set<String> ids = new HashSet<>();
    List<CatalogueResource> resources = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String id = String.format("r%05d", i);
      ids.add(id);
      resources.add(titled(id, title));
    }
    assertThat(ids).hasSize(count);
    return resources;
  }

  /** An in-memory directory that can be told to refuse new files, as a full disk would. */
  private static final class FailingDirectory extends FilterDirectory {

    volatile boolean failing;

    FailingDirectory() {
      super(new ByteBuffersDirectory());
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
      if (failing) {
        throw new IOException("no space left for " + name);
      }
      return super.createOutput(name, context);
    }
  }

  @Nested
  class Sorting {

    private static final LocalDate DAY = LocalDate.of(2024, 9, 2);

    private List<String> newest(String text) {
      return ids(index.search(CatalogueQuery.text(text).sortBy(CatalogueSort.NEWEST)));
    }

    @Test
    void search_sortsNewestFirstWhenAsked() {
      index.index(List.of(dated("old", "Fiche", DAY.minusYears(2)),
          dated("new", "Fiche", DAY), dated("mid", "Fiche", DAY.minusDays(1))));

      assertThat(newest("fiche")).containsExactly("new", "mid", "old");
    }

    @Test
    void search_putsResourcesOfUnknownDateLastWhenNewestFirst() {
      index.index(List.of(dated("a", "Fiche", null), dated("b", "Fiche", DAY.minusYears(30))));

      assertThat(newest("fiche")).containsExactly("b", "a");
    }

    @Test
    void search_breaksTiesOfOneDateByRelevanceThenIdentifier() {
      index.index(List.of(dated("c", "Fiche", DAY), dated("a", "Fiche", DAY),
          resource("b", "Autre", "", "Une fiche", Map.of())));
      index.index(List.of(new CatalogueResource(new ResourceId("b"), "Autre", "", "Une fiche",
          Map.of(), DAY, "tests, CC0", null)));

      assertThat(newest("fiche")).containsExactly("a", "c", "b");
    }

    @Test
    void search_pagesNewestFirstWithoutRepeatOrGap() {
      List<CatalogueResource> resources = new ArrayList<>();
      for (int i = 0; i < 45; i++) {
        resources.add(dated("r" + (100 + i), "Fiche", DAY.minusDays(i % 7)));
      }
      index.index(resources);
      List<String> seen = new ArrayList<>();

      for (int offset = 0; offset < 45; offset += 10) {
        seen.addAll(ids(index.search(
            CatalogueQuery.text("fiche").sortBy(CatalogueSort.NEWEST).page(offset, 10))));
      }

      assertThat(seen).hasSize(45).doesNotHaveDuplicates();
      assertThat(seen.subList(0, 7)).allMatch(id -> Integer.parseInt(id.substring(1)) % 7 == 2);
    }

    @Test
    void search_keepsRelevanceOrderByDefault() {
      index.index(List.of(dated("new", "Une fiche", DAY),
          resource("old", "Fiche fiche", "", "", Map.of())));

      assertThat(ids("fiche")).first().isEqualTo("old");
    }
  }

  @Nested
  class Snippets {

    private CatalogueHit first(String text) {
      return index.search(CatalogueQuery.text(text)).hits().get(0);
    }

    @Test
    void search_marksMatchedWordsInTitleAndSummary() {
      index.index(List.of(resource("a", "Les métiers du bois",
          "Découvrir les métiers du bois et de la forêt.", "", Map.of())));

      CatalogueHit hit = first("bois");

      assertThat(hit.highlightedTitle()).isEqualTo("Les métiers du <mark>bois</mark>");
      assertThat(hit.snippet()).contains("du <mark>bois</mark> et");
    }

    @Test
    void search_marksFoldedAndStemmedMatchesWhereTheyStand() {
      index.index(List.of(resource("a", "Élèves et jeux", "Des Élèves jouent.", "", Map.of())));

      CatalogueHit hit = first("eleve jeu");

      assertThat(hit.highlightedTitle())
          .isEqualTo("<mark>Élèves</mark> et <mark>jeux</mark>");
      assertThat(hit.snippet()).contains("<mark>Élèves</mark> jouent");
    }

    @Test
    void search_marksAWordFoundThroughATypingSlip() {
      index.index(List.of(titled("a", "La boulangerie")));

      assertThat(first("boulengerie").highlightedTitle())
          .isEqualTo("La <mark>boulangerie</mark>");
    }

    @Test
    void search_escapesTheResourceTextInSnippets() {
      index.index(List.of(resource("a", "Balise <script>alert('x')</script> & co",
          "Un <b>résumé</b> & \"citation\" sur les balises.", "", Map.of())));

      CatalogueHit hit = first("balise");

      assertThat(hit.highlightedTitle()).doesNotContain("<script>", "<b>")
          .contains("<mark>Balise</mark> &lt;script&gt;").contains("&amp; co");
      assertThat(hit.snippet()).doesNotContain("<b>", "\"").contains("&lt;b&gt;")
          .contains("<mark>balises</mark>");
      assertThat(hit.snippet().replace("<mark>", "").replace("</mark>", ""))
          .doesNotContain("<", ">");
    }

    @Test
    void search_givesTheSummaryStartWhenOnlyTheBodyMatches() {
      index.index(List.of(resource("a", "Fiche", "Un résumé sans le mot.", "Le volcan.",
          Map.of())));

      CatalogueHit hit = first("volcan");

      assertThat(hit.snippet()).isEqualTo("Un résumé sans le mot.");
      assertThat(hit.highlightedTitle()).isEqualTo("Fiche");
    }

    @Test
    void search_givesAnEmptySnippetForAnEmptySummary() {
      index.index(List.of(titled("a", "Fiche")));

      assertThat(first("").snippet()).isEmpty();
      assertThat(first("").highlightedTitle()).isEqualTo("Fiche");
    }

    @Test
    void search_keepsAtMostTwoSentencesOfALongSummary() {
      String summary = IntStream.range(0, 30).mapToObj(i -> "Phrase " + i + " sur le volcan.")
          .reduce("", (a, b) -> a + " " + b).strip();
      index.index(List.of(resource("a", "Fiche", summary, "", Map.of())));

      CatalogueHit hit = first("volcan");

      assertThat(hit.snippet().split("<mark>volcan</mark>")).hasSize(3);
      assertThat(hit.snippet().length()).isLessThan(summary.length());
    }
  }

  @Nested
  class Suggestions {

    @Test
    void suggest_completesTheFirstLettersCaseAndAccentsAside() {
      index.index(List.of(titled("a", "Orientation après la 3e"), titled("b", "Le chat"),
          titled("c", "Élevage de chevaux")));

      assertThat(index.suggest("orien", 5)).containsExactly("Orientation après la 3e");
      assertThat(index.suggest("ORIÉN", 5)).containsExactly("Orientation après la 3e");
      assertThat(index.suggest("eleva", 5)).containsExactly("Élevage de chevaux");
    }

    @Test
    void suggest_completesAWordInsideTheTitleAfterAnElidedArticle() {
      index.index(List.of(titled("a", "Les métiers de l’orientation")));

      assertThat(index.suggest("orient", 5)).containsExactly("Les métiers de l’orientation");
      assertThat(index.suggest("l'orient", 5)).containsExactly("Les métiers de l’orientation");
    }

    @Test
    void suggest_ranksTitlesStartingWithTheWordFirst() {
      index.index(List.of(titled("a", "Métiers de la mer"), titled("b", "Mer et littoral")));

      assertThat(index.suggest("mer", 5)).containsExactly("Mer et littoral", "Métiers de la mer");
    }

    @Test
    void suggest_returnsEachTitleOnceAndAtMostTheCount() {
      List<CatalogueResource> resources = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        resources.add(titled("r" + i, "Volcan " + (i % 10)));
        resources.add(titled("s" + i, "Volcan " + (i % 10)));
      }
      index.index(resources);

      assertThat(index.suggest("volc", 5)).hasSize(5).doesNotHaveDuplicates();
      assertThat(index.suggest("volc", 50)).hasSize(10).doesNotHaveDuplicates();
    }

    @Test
    void suggest_followsChangesAndRemovals() {
      index.index(List.of(titled("a", "Volcans d'Auvergne")));
      assertThat(index.suggest("volc", 5)).containsExactly("Volcans d'Auvergne");

      index.remove(new ResourceId("a"));
      assertThat(index.suggest("volc", 5)).isEmpty();

      index.rebuild(List.of(titled("b", "Volcanologie")), ProgressListener.NONE);
      assertThat(index.suggest("volc", 5)).containsExactly("Volcanologie");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "+-*:\"()", "?"})
    void suggest_returnsNothingForTextWithoutLetters(String typed) {
      index.index(List.of(titled("a", "Volcan")));

      assertThat(index.suggest(typed, 5)).isEmpty();
    }

    @Test
    void suggest_readsSyntaxCharactersAndLongTextSafely() {
      index.index(List.of(titled("a", "C++ pour débutants")));

      assertThatCode(() -> index.suggest("c++ (pour) \"déb*", 5)).doesNotThrowAnyException();
      assertThat(index.suggest("x".repeat(10_000), 5)).isEmpty();
    }

    @Test
    void index_acceptsTitlesWithTheControlCharactersCompletionsReserve() {
      index.index(List.of(titled("a", "Volcan\u001Factif\u0000 \u001Eéteint")));

      assertThat(index.suggest("volcan", 5)).hasSize(1);
      assertThat(index.suggest("éteint\u001F", 5)).hasSize(1);
      assertThat(ids("volcan")).containsExactly("a");
    }

    @Test
    void suggest_refusesACountBelowOne() {
      assertThatThrownBy(() -> index.suggest("volc", 0))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("count 0");
    }
  }

  @Nested
  class NearRealTime {

    @Test
    void index_makesAChangeSearchableWithinOneSecond() throws Exception {
      index.index(numbered(2000, "Fiche"));

      long start = System.nanoTime();
      index.index(List.of(titled("nouveau", "Une fiche toute neuve")));
      List<String> found = ids("neuve");
      long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

      assertThat(found).containsExactly("nouveau");
      assertThat(elapsedMillis).isLessThan(1_000);
    }

    @Test
    void remove_hidesAResourceAtOnceFromAnotherThread() throws Exception {
      index.index(List.of(titled("a", "Volcan")));
      ExecutorService reader = Executors.newSingleThreadExecutor();
      try {
        index.remove(new ResourceId("a"));

        Future<List<String>> seen = reader.submit(() -> ids("volcan"));

        assertThat(seen.get(1, TimeUnit.SECONDS)).isEmpty();
      } finally {
        reader.shutdownNow();
      }
    }
  }
}
