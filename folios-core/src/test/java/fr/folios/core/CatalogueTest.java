package fr.folios.core;

import static fr.folios.core.School.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.catalogue.CatalogueQuery;
import fr.folios.core.catalogue.CatalogueResource;
import fr.folios.core.catalogue.Concept;
import fr.folios.core.catalogue.Facet;
import fr.folios.core.catalogue.ResourceId;
import fr.folios.core.catalogue.ResourceScope;
import fr.folios.core.catalogue.ResourceStatus;
import fr.folios.core.catalogue.Vocabulary;
import fr.folios.core.directory.PersonId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogueTest {

  private final School school = new School();
  private final Catalogue catalogue = school.folios.catalogue();

  @Test
  void publish_savesEveryResourceAndReportsProgress() {
    List<String> steps = new ArrayList<>();
    List<CatalogueResource> resources = new ArrayList<>();
    for (int i = 0; i < 2_500; i++) {
      resources.add(resource("mathalea:" + i, Map.of()));
    }

    int saved = catalogue.publish(resources, (step, done, total) -> steps.add(done + "/" + total));

    assertThat(saved).isEqualTo(2_500);
    assertThat(catalogue.size()).isEqualTo(2_500);
    assertThat(steps).containsExactly("1000/2500", "2000/2500", "2500/2500");
  }

  @Test
  void publish_leavesUnchangedResourcesAloneAndCountsTheChangedOnes() {
    catalogue.publish(List.of(resource("a:1", Map.of()), resource("a:2", Map.of())),
        ProgressListener.NONE);
    List<String> steps = new ArrayList<>();

    int changed = catalogue.publish(List.of(resource("a:1", Map.of()),
        new CatalogueResource(new ResourceId("a:2"), "Nouveau titre", "", "", Map.of(), null,
            "test", null), resource("a:3", Map.of())),
        (step, done, total) -> steps.add(done + "/" + total));

    assertThat(changed).isEqualTo(2);
    assertThat(steps).containsExactly("2/2");
    assertThat(catalogue.resource(new ResourceId("a:2")).orElseThrow().title())
        .isEqualTo("Nouveau titre");
    assertThat(catalogue.size()).isEqualTo(3);
  }

  @Test
  void publish_withAValueTheFacetsVocabularyLacksIsRefusedWhole() {
    catalogue.saveVocabulary(Vocabulary.of(Facet.LEVEL.vocabularyId(), "Niveaux",
        List.of(Concept.of("3e", "3e"))));

    assertThatThrownBy(() -> catalogue.publish(List.of(resource("a:1",
        Map.of(Facet.LEVEL, Set.of("3e"))), resource("a:2", Map.of(Facet.LEVEL,
        Set.of("troisieme")))), ProgressListener.NONE))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("resource 'a:2' uses [troisieme] for facet 'niveau'");
    assertThat(catalogue.size()).isZero();
  }

  @Test
  void search_withoutAnIndexSaysHowToAddOne() {
    assertThatThrownBy(() -> catalogue.search(as(school.pupil), CatalogueQuery.text("métier")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("LuceneCatalogueIndex");
  }

  @Test
  void search_withAValueTheFacetsVocabularyLacksIsRefusedNamingFacetAndValue() {
    catalogue.saveVocabulary(Vocabulary.of(Facet.LEVEL.vocabularyId(), "Niveaux",
        List.of(Concept.of("3e", "3e"))));

    assertThatThrownBy(() -> catalogue.search(as(school.pupil),
        CatalogueQuery.text("métier").filter(Facet.LEVEL, "3e", "troisieme")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("[troisieme] for facet 'niveau'")
        .hasMessageContaining("use one of its 1 concept ids");
  }

  @Test
  void suggest_withoutAnIndexSaysHowToAddOne() {
    assertThatThrownBy(() -> catalogue.suggest(as(school.pupil), "orien", 5))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("LuceneCatalogueIndex");
  }

  @Test
  void suggest_countOutOfRangeIsRefusedWithTheRange() {
    assertThatThrownBy(() -> catalogue.suggest(as(school.pupil), "orien", 0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("count 0").hasMessageContaining("1 to 20");
    assertThatThrownBy(() -> catalogue.suggest(as(school.pupil), "orien", 21))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("count 21");
  }

  @Test
  void suggest_byAnUnknownActorIsRefused() {
    assertThatThrownBy(() -> catalogue.suggest(School.as(new School().pupil), "orien", 5))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void search_byAnUnknownActorIsRefused() {
    assertThatThrownBy(() -> catalogue.search(School.as(new School().pupil),
        CatalogueQuery.text("métier"))).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void publishingListener_thatThrowsDoesNotStopTheJob() {
    int saved = catalogue.publish(List.of(resource("a:1", Map.of())), (step, done, total) -> {
      throw new IllegalStateException("listener bug");
    });

    assertThat(saved).isEqualTo(1);
    assertThat(catalogue.resource(new ResourceId("a:1"))).isPresent();
  }

  @Test
  void resource_withABlankOrOverlongFacetValueIsRefusedBeforeAnythingIsSaved() {
    assertThatThrownBy(() -> resource("a:1", Map.of(Facet.THEME, Set.of("z".repeat(40_000)))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("40000 characters")
        .hasMessageContaining("1 to 256 characters");
    assertThatThrownBy(() -> resource("a:1", Map.of(Facet.THEME, Set.of(" "))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("not blank");
  }

  @Test
  void query_filterWithANullValueIsRefusedWithTheFacet() {
    assertThatThrownBy(() -> CatalogueQuery.text("x").filter(Facet.THEME, (String) null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("facet 'thématique' holds null");
  }

  @Test
  void query_cappedTextNeverSplitsACharacter() {
    String text = "a".repeat(CatalogueQuery.MAX_TEXT_LENGTH - 1) + "😀";

    assertThat(CatalogueQuery.text(text).text()).hasSize(CatalogueQuery.MAX_TEXT_LENGTH - 1);
  }

  @Test
  void saveVocabulary_keepsAConceptTheNewVersionLacksMarkedDeprecated() {
    catalogue.saveVocabulary(Vocabulary.of(Facet.LEVEL.vocabularyId(), "Niveaux",
        List.of(Concept.of("3e", "3e"), Concept.of("3e-dp6", "3e DP6"))));

    Vocabulary saved = catalogue.saveVocabulary(Vocabulary.of(Facet.LEVEL.vocabularyId(),
        "Niveaux 2026", List.of(Concept.of("3e", "3e"))));

    assertThat(saved.find("3e-dp6").orElseThrow().deprecated()).isTrue();
    assertThat(catalogue.vocabulary(Facet.LEVEL.vocabularyId())).contains(saved);
  }

  @Test
  void saveVocabulary_keepsAValueAResourceCarriesSoItStillFilters() {
    catalogue.publish(List.of(resource("a:1", Map.of(Facet.LEVEL, Set.of("3e-dp6")))),
        ProgressListener.NONE);

    catalogue.saveVocabulary(Vocabulary.of(Facet.LEVEL.vocabularyId(), "Niveaux",
        List.of(Concept.of("3e", "3e"))));

    Vocabulary saved = catalogue.vocabulary(Facet.LEVEL.vocabularyId()).orElseThrow();
    assertThat(saved.find("3e-dp6").orElseThrow().deprecated()).isTrue();
    assertThat(catalogue.publish(List.of(resource("a:2", Map.of(Facet.LEVEL,
        Set.of("3e-dp6")))), ProgressListener.NONE)).isEqualTo(1);
  }

  @Test
  void audience_holdsTheScopesOfOnesEstablishmentsAndTheirAcademies() {
    assertThat(catalogue.audience(as(school.teacher)).scopes()).containsExactlyInAnyOrder(
        ResourceScope.national(), ResourceScope.establishment(school.college.id()),
        ResourceScope.academy(school.college.academy()));
    assertThat(catalogue.audience(as(school.stranger)).scopes()).as("no académie known")
        .containsExactlyInAnyOrder(ResourceScope.national(),
            ResourceScope.establishment(school.elsewhere.id()));
  }

  @Test
  void resource_byActorShowsADraftToItsAuthorsOnly() {
    CatalogueResource draft = withLife("a:1", Set.of(school.teacher.id()),
        ResourceScope.establishment(school.college.id()), ResourceStatus.DRAFT);
    catalogue.publish(List.of(draft), ProgressListener.NONE);

    assertThat(catalogue.resource(as(school.teacher), draft.id())).contains(draft);
    assertThat(catalogue.resource(as(school.colleague), draft.id())).isEmpty();
  }

  @Test
  void resource_byActorShowsAPublishedResourceWithinItsScopeOnly() {
    CatalogueResource college = withLife("a:1", Set.of(school.teacher.id()),
        ResourceScope.establishment(school.college.id()), ResourceStatus.PUBLISHED);
    CatalogueResource rennes = withLife("a:2", Set.of(school.teacher.id()),
        ResourceScope.academy(school.college.academy()), ResourceStatus.PUBLISHED);
    catalogue.publish(List.of(college, rennes), ProgressListener.NONE);

    assertThat(catalogue.resource(as(school.pupil), college.id())).contains(college);
    assertThat(catalogue.resource(as(school.stranger), college.id())).isEmpty();
    assertThat(catalogue.resource(as(school.colleague), rennes.id())).contains(rennes);
    assertThat(catalogue.resource(as(school.stranger), rennes.id())).isEmpty();
    assertThat(catalogue.resource(as(school.pupil), new ResourceId("none"))).isEmpty();
  }

  private static CatalogueResource withLife(String id, Set<PersonId> authors,
      ResourceScope scope, ResourceStatus status) {
    return new CatalogueResource(new ResourceId(id), "Titre " + id, "", "", Map.of(), null,
        "Folios", null, authors, scope, status, School.NOW, School.NOW);
  }

  private static CatalogueResource resource(String id, Map<Facet, Set<String>> facets) {
    return new CatalogueResource(new ResourceId(id), "Titre " + id, "", "", facets, null,
        "test", null);
  }
}
