package fr.folios.search;

import static org.assertj.core.api.Assertions.assertThat;

import fr.folios.core.catalogue.Audience;
import fr.folios.core.catalogue.CatalogueHit;
import fr.folios.core.catalogue.CatalogueQuery;
import fr.folios.core.catalogue.CatalogueResource;
import fr.folios.core.catalogue.CatalogueResults;
import fr.folios.core.catalogue.ResourceId;
import fr.folios.core.catalogue.ResourceScope;
import fr.folios.core.catalogue.ResourceStatus;
import fr.folios.core.directory.Academy;
import fr.folios.core.directory.EstablishmentId;
import fr.folios.core.directory.PersonId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The index shows a reader exactly what {@link Audience#sees} allows. */
class AudienceFilterProperties {

  private static final List<PersonId> PEOPLE = List.of(new PersonId("p-anne"),
      new PersonId("p-bruno"), new PersonId("p-chloe"));

  private static final List<ResourceScope> SCOPES = List.of(ResourceScope.national(),
      ResourceScope.academy(Academy.find("rennes").orElseThrow()),
      ResourceScope.academy(Academy.find("lyon").orElseThrow()),
      ResourceScope.establishment(new EstablishmentId("e-1")),
      ResourceScope.establishment(new EstablishmentId("e-2")));

  @Property(tries = 60)
  void search_returnsExactlyWhatTheAudienceSees(
      @ForAll("catalogues") List<CatalogueResource> resources,
      @ForAll("audiences") Audience audience) {
    try (LuceneCatalogueIndex index = LuceneCatalogueIndex.inMemory()) {
      index.index(resources);

      CatalogueResults results = index.search(CatalogueQuery.text("").page(0, 100), audience);

      Set<ResourceId> expected = new HashSet<>();
      resources.stream().filter(audience::sees).forEach(r -> expected.add(r.id()));
      assertThat(results.hits()).extracting(CatalogueHit::id)
          .containsExactlyInAnyOrderElementsOf(expected);
      assertThat(results.total()).isEqualTo(expected.size());
    }
  }

  @Test
  void search_neverShowsADraftToAnotherTeacher() {
    CatalogueResource draft = resource(0, Set.of(PEOPLE.get(0)), ResourceScope.national(),
        ResourceStatus.DRAFT);
    try (LuceneCatalogueIndex index = LuceneCatalogueIndex.inMemory()) {
      index.index(List.of(draft));

      assertThat(index.search(CatalogueQuery.text("Activité"),
          Audience.of(PEOPLE.get(1), SCOPES)).total()).isZero();
      assertThat(index.search(CatalogueQuery.text("Activité"),
          Audience.of(PEOPLE.get(0), List.of())).total()).isEqualTo(1);
    }
  }

  @Provide
  Arbitrary<List<CatalogueResource>> catalogues() {
    Arbitrary<Set<PersonId>> authors = Arbitraries.of(PEOPLE).set().ofMaxSize(2);
    Arbitrary<ResourceScope> scopes = Arbitraries.of(SCOPES);
    Arbitrary<ResourceStatus> statuses = Arbitraries.of(ResourceStatus.class);
    return Combinators.combine(authors, scopes, statuses).as(Shape::new).list().ofMaxSize(40)
        .map(AudienceFilterProperties::resources);
  }

  @Provide
  Arbitrary<Audience> audiences() {
    return Combinators.combine(Arbitraries.of(PEOPLE),
        Arbitraries.of(SCOPES).set().ofMaxSize(3)).as(Audience::of);
  }

  /** Who writes a generated resource, for whom, and where it stands. */
  private record Shape(Set<PersonId> authors, ResourceScope scope, ResourceStatus status) {
  }

  private static List<CatalogueResource> resources(List<Shape> shapes) {
    List<CatalogueResource> resources = new ArrayList<>();
    for (int i = 0; i < shapes.size(); i++) {
      Shape shape = shapes.get(i);
      resources.add(resource(i, shape.authors(), shape.scope(), shape.status()));
    }
    return resources;
  }

  private static CatalogueResource resource(int i, Set<PersonId> authors, ResourceScope scope,
      ResourceStatus status) {
    return new CatalogueResource(new ResourceId("r:" + i), "Activité " + i, "", "", Map.of(),
        null, "test", null, authors, scope, status, Instant.EPOCH, Instant.EPOCH);
  }
}
