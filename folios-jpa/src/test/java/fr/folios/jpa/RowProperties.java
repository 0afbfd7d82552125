package fr.folios.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import fr.folios.core.catalogue.CatalogueResource;
import fr.folios.core.catalogue.Concept;
import fr.folios.core.catalogue.Facet;
import fr.folios.core.catalogue.ResourceId;
import fr.folios.core.directory.ClassId;
import fr.folios.core.directory.EstablishmentId;
import fr.folios.core.directory.Person;
import fr.folios.core.directory.PersonId;
import fr.folios.core.directory.Profile;
import fr.folios.core.directory.SchoolClass;
import fr.folios.core.directory.SchoolYear;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every row gives back exactly the record it was given, whatever the record holds. */
class RowProperties {

  @Property
  void personRow_keepsEveryPart(@ForAll("people") Person person) {
    PersonEntity row = new PersonEntity();

    row.assign(person);

    assertThat(row.toRecord()).isEqualTo(person);
  }

  @Property
  void classRow_keepsEveryMemberAfterAnyUpdate(
      @ForAll("classes") SchoolClass before, @ForAll("classes") SchoolClass after) {
    ClassEntity row = new ClassEntity();
    row.assign(before);

    row.assign(after);

    assertThat(row.toRecord()).isEqualTo(after);
  }

  @Property
  void resourceRow_keepsFacetsAfterAnyUpdate(
      @ForAll("resources") CatalogueResource before, @ForAll("resources") CatalogueResource after) {
    ResourceEntity row = new ResourceEntity();
    row.assign(before);

    row.assign(after);

    assertThat(row.toRecord()).isEqualTo(after);
  }

  @Property
  void conceptRow_keepsAlternativeLabelsInOrder(
      @ForAll("texts") String label, @ForAll("labelLists") List<String> altLabels) {
    Concept concept = new Concept("c", label, altLabels, null, false);
    ConceptEntity row = new ConceptEntity("v", "c");

    row.assign(concept, 0);

    assertThat(row.toConcept()).isEqualTo(concept);
  }

  @Provide
  Arbitrary<Person> people() {
    return Combinators.combine(ids(), Arbitraries.of(Profile.class), texts(), texts(),
        idSets().map(ids -> Members.ids(ids, EstablishmentId::new)),
        Arbitraries.of(true, false), idSets().map(ids -> Members.ids(ids, PersonId::new)),
        texts().injectNull(0.3))
        .as((id, profile, first, last, establishments, psychologist, children, joinKey) ->
            new Person(new PersonId(id), joinKey, profile, first, last, null, establishments,
                psychologist, children, null))
        .flatMap(person -> Arbitraries.integers().between(0, 40_000).injectNull(0.5)
            .map(day -> person.withLeavingSince(day == null ? null : LocalDate.ofEpochDay(day))));
  }

  @Provide
  Arbitrary<SchoolClass> classes() {
    Arbitrary<Set<PersonId>> members = idSets().map(ids -> Members.ids(ids, PersonId::new));
    return Combinators.combine(members, members, members)
        .as((students, teachers, mainTeachers) -> new SchoolClass(new ClassId("c"),
            new EstablishmentId("e"), new SchoolYear(2025), "3B", students, teachers,
            mainTeachers));
  }

  @Provide
  Arbitrary<CatalogueResource> resources() {
    Arbitrary<Map<Facet, Set<String>>> facets = Arbitraries.maps(
        Arbitraries.of(Facet.class), texts().set().ofMaxSize(4)).ofMaxSize(Facet.values().length);
    return Combinators.combine(texts(), facets, texts().injectNull(0.3))
        .as((title, values, url) -> new CatalogueResource(new ResourceId("r:1"), "T " + title,
            title, "", values, LocalDate.of(2024, 1, 31), "source", url));
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().all().ofMinLength(1).ofMaxLength(30)
        .filter(text -> !text.isBlank());
  }

  @Provide
  Arbitrary<List<String>> labelLists() {
    return texts().list().ofMaxSize(5);
  }

  private static Arbitrary<String> ids() {
    return Arbitraries.strings().withChars("abcXYZ019-_.:").ofMinLength(1).ofMaxLength(64);
  }

  private static Arbitrary<Set<String>> idSets() {
    return ids().set().ofMaxSize(6);
  }
}
