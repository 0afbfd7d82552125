package fr.folios.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import fr.folios.core.directory.Academy;
import fr.folios.core.directory.EstablishmentId;
import fr.folios.core.directory.PersonId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class AudienceTest {

  private static final List<PersonId> PEOPLE =
      List.of(new PersonId("anne"), new PersonId("bruno"), new PersonId("chloe"));

  private static final List<ResourceScope> SCOPES = List.of(ResourceScope.national(),
      ResourceScope.academy(Academy.find("rennes").orElseThrow()),
      ResourceScope.academy(Academy.find("lyon").orElseThrow()),
      ResourceScope.establishment(new EstablishmentId("e-1")),
      ResourceScope.establishment(new EstablishmentId("e-2")));

  @Test
  void of_alwaysHoldsTheNationalScope() {
    assertThat(Audience.of(PEOPLE.get(0), List.of()).scopes())
        .containsExactly(ResourceScope.national());
    assertThat(Audience.of(PEOPLE.get(0), List.of(SCOPES.get(3))).scopeKeys())
        .containsExactlyInAnyOrder("national", "establishment:e-1");
  }

  @Test
  void sees_aDraftOnlyForItsAuthors() {
    CatalogueResource draft = resource(Set.of(PEOPLE.get(0)), ResourceScope.national(),
        ResourceStatus.DRAFT);

    assertThat(Audience.of(PEOPLE.get(0), List.of()).sees(draft)).isTrue();
    assertThat(Audience.of(PEOPLE.get(1), SCOPES).sees(draft)).isFalse();
  }

  @Test
  void sees_aPublishedResourceOnlyWithinItsScope() {
    CatalogueResource rennes = resource(Set.of(), SCOPES.get(1), ResourceStatus.PUBLISHED);

    assertThat(Audience.of(PEOPLE.get(1), List.of(SCOPES.get(1))).sees(rennes)).isTrue();
    assertThat(Audience.of(PEOPLE.get(1), List.of(SCOPES.get(2))).sees(rennes)).isFalse();
  }

  @Property
  void sees_neverADraftOneDoesNotAuthorNorAResourceOutsideOnesScopes(
      @ForAll("people") PersonId reader, @ForAll("scopeSets") Set<ResourceScope> scopes,
      @ForAll("authorSets") Set<PersonId> authors, @ForAll("scopes") ResourceScope scope,
      @ForAll ResourceStatus status) {
    CatalogueResource resource = resource(authors, scope, status);

    boolean seen = Audience.of(reader, scopes).sees(resource);

    boolean authored = authors.contains(reader);
    boolean inScope = scope.equals(ResourceScope.national()) || scopes.contains(scope);
    assertThat(seen).isEqualTo(authored || status == ResourceStatus.PUBLISHED && inScope);
  }

  @Provide
  Arbitrary<PersonId> people() {
    return Arbitraries.of(PEOPLE);
  }

  @Provide
  Arbitrary<Set<PersonId>> authorSets() {
    return Arbitraries.of(PEOPLE).set();
  }

  @Provide
  Arbitrary<ResourceScope> scopes() {
    return Arbitraries.of(SCOPES);
  }

  @Provide
  Arbitrary<Set<ResourceScope>> scopeSets() {
    return Arbitraries.of(SCOPES).set();
  }

  private static CatalogueResource resource(Set<PersonId> authors, ResourceScope scope,
      ResourceStatus status) {
    return new CatalogueResource(new ResourceId("r:1"), "Activité", "", "", Map.of(), null,
        "test", null, authors, scope, status, null, null);
  }
}
