package fr.folios.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import fr.folios.core.catalogue.CatalogueResource;
import fr.folios.core.catalogue.Concept;
import fr.folios.core.catalogue.Facet;
import fr.folios.core.catalogue.ResourceChange;
import fr.folios.core.catalogue.ResourceId;
import fr.folios.core.catalogue.ResourceScope;
import fr.folios.core.catalogue.ResourceStatus;
import fr.folios.core.catalogue.Review;
import fr.folios.core.catalogue.Vocabulary;
import fr.folios.core.directory.Academy;
import fr.folios.core.directory.EstablishmentId;
import fr.folios.core.directory.PersonId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link CatalogueRepository} must do; each adapter runs it. */
public abstract class CatalogueRepositoryContract extends PersistenceContract {

  @Test
  void resources_roundTripWithTheirFacetsAndReplaceById() {
    CatalogueResource cap = resource("onisep:FOR.1", "CAP coiffure",
        Map.of(Facet.PATHWAY, Set.of("avenir"), Facet.LEVEL, Set.of("cap-1", "cap-2")));
    CatalogueResource pythagore = new CatalogueResource(new ResourceId("mathalea:3G20"),
        "Théorème de Pythagore", "Calculer une longueur", "", Map.of(), null,
        "MathALÉA, AGPL-3.0", null);
    persistence.catalogue().saveResources(List.of(cap, pythagore));

    assertThat(persistence.catalogue().findResource(cap.id())).contains(cap);
    assertThat(persistence.catalogue().resources()).containsExactly(pythagore, cap);
    assertThat(persistence.catalogue().countResources()).isEqualTo(2);

    CatalogueResource renamed = resource("onisep:FOR.1", "CAP métiers de la coiffure",
        Map.of(Facet.PATHWAY, Set.of("avenir")));
    persistence.catalogue().saveResources(List.of(renamed));
    assertThat(persistence.catalogue().findResource(cap.id())).contains(renamed);
    assertThat(persistence.catalogue().countResources()).isEqualTo(2);
  }

  @Test
  void resources_roundTripTheirAuthorsScopeStatusAndDates() {
    PersonId anne = PersonId.random();
    PersonId bruno = PersonId.random();
    CatalogueResource draft = new CatalogueResource(new ResourceId("folios:act-1"),
        "Découvrir un métier", "Enquête", "Interroger un professionnel",
        Map.of(Facet.LEVEL, Set.of("3e")), null, "Folios", null, Set.of(bruno, anne),
        ResourceScope.establishment(new EstablishmentId("e-1")), ResourceStatus.DRAFT,
        Instant.parse("2025-09-15T08:00:00Z"), Instant.parse("2025-09-16T10:30:00.123456Z"));
    persistence.catalogue().saveResources(List.of(draft));

    assertThat(persistence.catalogue().findResource(draft.id())).contains(draft);
    assertThat(persistence.catalogue().findResource(draft.id()).orElseThrow().authors())
        .containsExactlyElementsOf(draft.authors());

    CatalogueResource published = new CatalogueResource(draft.id(), draft.title(),
        draft.summary(), draft.body(), draft.facets(), LocalDate.of(2025, 9, 20),
        draft.source(), null, Set.of(anne), ResourceScope.academy(Academy.ALL.get(0)),
        ResourceStatus.PUBLISHED, draft.created(), Instant.parse("2025-09-20T07:00:00Z"));
    persistence.catalogue().saveResources(List.of(published));
    assertThat(persistence.catalogue().findResource(draft.id())).contains(published);
  }

  @Test
  void changes_keepEachResourcesLogOldestFirst() {
    ResourceId activity = new ResourceId("folios:act-2");
    PersonId anne = PersonId.random();
    PersonId bruno = PersonId.random();
    Instant t0 = Instant.parse("2025-09-15T08:00:00Z");
    ResourceChange created = new ResourceChange(activity, anne, t0, Set.of("created"));
    ResourceChange edited = new ResourceChange(activity, bruno, t0.plusSeconds(60),
        Set.of("title", "body"));
    ResourceChange sameTime = new ResourceChange(activity, anne, t0.plusSeconds(60),
        Set.of("facets"));
    persistence.catalogue().saveChange(edited);
    persistence.catalogue().saveChange(sameTime);
    persistence.catalogue().saveChange(created);
    persistence.catalogue().saveChange(new ResourceChange(new ResourceId("other"), anne, t0,
        Set.of("created")));

    assertThat(persistence.catalogue().changes(activity))
        .containsExactly(created, edited, sameTime);
    assertThat(persistence.catalogue().changes(new ResourceId("none"))).isEmpty();
  }

  @Test
  void reviews_keepTheLatestOfEachResource() {
    ResourceId activity = new ResourceId("folios:act-3");
    PersonId anne = PersonId.random();
    Review pending = Review.pending(activity, ResourceScope.academy(Academy.ALL.get(0)), anne,
        Instant.parse("2025-09-15T08:00:00Z"));
    persistence.catalogue().saveReview(pending);
    assertThat(persistence.catalogue().findReview(activity)).contains(pending);

    Review refused = pending.decided(Review.Decision.REFUSED, PersonId.random(),
        Instant.parse("2025-09-16T08:00:00Z"), "Sources manquantes");
    persistence.catalogue().saveReview(refused);

    assertThat(persistence.catalogue().findReview(activity)).contains(refused);
    assertThat(persistence.catalogue().findReview(new ResourceId("none"))).isEmpty();
  }

  @Test
  void reviewers_areAppointedPerScope() {
    PersonId reviewer = PersonId.random();
    ResourceScope aix = ResourceScope.academy(Academy.ALL.get(0));
    persistence.catalogue().saveReviewer(aix, reviewer);
    persistence.catalogue().saveReviewer(aix, reviewer);

    assertThat(persistence.catalogue().isReviewer(aix, reviewer)).isTrue();
    assertThat(persistence.catalogue().isReviewer(ResourceScope.national(), reviewer)).isFalse();
    assertThat(persistence.catalogue().isReviewer(aix, PersonId.random())).isFalse();
  }

  @Test
  void vocabularies_roundTripWithConceptsInOrder() {
    Vocabulary levels = Vocabulary.of("folios-level", "Niveaux", List.of(
        Concept.of("6e", "6e"),
        new Concept("3e-prepa-pro", "3e prépa-pro", List.of("3e PP"), "college", false),
        new Concept("old", "Ancien niveau", List.of(), null, true)));
    persistence.catalogue().saveVocabulary(levels);

    Vocabulary stored = persistence.catalogue().findVocabulary("folios-level").orElseThrow();
    assertThat(stored.title()).isEqualTo("Niveaux");
    assertThat(stored.concepts()).isEqualTo(levels.concepts());
    assertThat(persistence.catalogue().vocabularies()).extracting(Vocabulary::id)
        .containsExactly("folios-level");
    assertThat(persistence.catalogue().findVocabulary("nothing")).isEmpty();
  }

  private static CatalogueResource resource(String id, String title,
      Map<Facet, Set<String>> facets) {
    return new CatalogueResource(new ResourceId(id), title, "Résumé de " + title,
        "Texte complet", facets, LocalDate.of(2022, 5, 3), "Onisep, ODbL",
        "https://www.onisep.fr/");
  }
}
