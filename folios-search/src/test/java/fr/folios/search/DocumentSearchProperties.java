package fr.folios.search;

import static org.assertj.core.api.Assertions.assertThat;

import fr.folios.core.Folios;
import fr.folios.core.directory.Actor;
import fr.folios.core.directory.Establishment;
import fr.folios.core.directory.EstablishmentId;
import fr.folios.core.directory.EstablishmentType;
import fr.folios.core.directory.Person;
import fr.folios.core.directory.PersonId;
import fr.folios.core.directory.Profile;
import fr.folios.core.directory.SchoolClass;
import fr.folios.core.directory.SchoolYear;
import fr.folios.core.directory.Uai;
import fr.folios.core.memory.InMemoryBlobStore;
import fr.folios.core.memory.InMemoryPersistence;
import fr.folios.core.space.Document;
import fr.folios.core.space.DocumentId;
import fr.folios.core.space.SpaceId;
import fr.folios.core.spi.Persistence;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Whatever documents people write, in their own space or their class's, and whatever they share,
 * a search returns exactly the documents holding the word that the person may read by a
 * reference model: their own, their class's, and those shared with them.
 */
class DocumentSearchProperties {

  private static final List<String> WORDS = List.of("pomme", "soleil", "guitare", "robot",
      "tigre");

  /** Pupils 0 and 1 are in the class, 2 is not; 3 teaches it. */
  private static final int PEOPLE = 4;

  private static final int TEACHER = 3;

  @Property(tries = 40)
  void search_returnsExactlyTheReadableDocumentsHoldingTheWord(
      @ForAll("writings") @Size(max = 15) List<Writing> writings) {
    Persistence store = InMemoryPersistence.create();
    Establishment college = new Establishment(EstablishmentId.random(), Uai.parse("0350057X"),
        "Collège", EstablishmentType.COLLEGE, null, null);
    store.directory().saveEstablishment(college);
    Person[] people = new Person[PEOPLE];
    for (int i = 0; i < PEOPLE; i++) {
      people[i] = new Person(PersonId.random(), null,
          i == TEACHER ? Profile.EDUCATIONAL_STAFF : Profile.STUDENT, "Léa", "P" + i, null,
          Set.of(college.id()), false, Set.of(), null);
      store.directory().savePerson(people[i]);
    }
    SchoolClass classe = SchoolClass.create(college.id(), new SchoolYear(2025), "3B")
        .with(Set.of(people[0].id(), people[1].id()), Set.of(people[TEACHER].id()), Set.of());
    store.directory().saveClass(classe);

    try (Folios folios = Folios.builder().persistence(store).blobs(InMemoryBlobStore.create())
        .clock(DocumentSearchTest.CLOCK).documentIndex(LuceneDocumentIndex.inMemory()).build()) {
      SpaceId classSpace = folios.spaces().classSpace(Actor.of(people[TEACHER].id()), classe.id())
          .id();
      List<Written> written = writings.stream()
          .map(w -> write(folios, people, classSpace, w)).toList();

      for (int reader = 0; reader < PEOPLE; reader++) {
        for (String word : WORDS) {
          Set<DocumentId> expected = new HashSet<>();
          for (Written w : written) {
            if (w.writing().words().contains(word) && readable(w.writing(), reader)) {
              expected.add(w.id());
            }
          }
          assertThat(folios.documentSearch().search(Actor.of(people[reader].id()), word, 100))
              .extracting(Document::id).as("%s searched by person %d", word, reader)
              .containsExactlyInAnyOrderElementsOf(expected);
        }
      }
    }
  }

  private static boolean readable(Writing writing, int reader) {
    boolean inClass = reader == 0 || reader == 1 || reader == TEACHER;
    return writing.author() == reader || writing.sharedWith() == reader
        || (writing.inClassSpace() && inClass);
  }

  private static Written write(Folios folios, Person[] people, SpaceId classSpace,
      Writing writing) {
    Actor author = Actor.of(people[writing.author()].id());
    SpaceId space = writing.inClassSpace() ? classSpace
        : folios.spaces().personalSpace(author).id();
    String text = String.join(" ", writing.words());
    Document document = folios.spaces().upload(author, space, null,
        "doc-" + DocumentId.random().value() + ".txt",
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    if (writing.sharedWith() >= 0 && writing.sharedWith() != writing.author()) {
      folios.spaces().shareWithPerson(author, document.id(), people[writing.sharedWith()].id(),
          null);
    }
    return new Written(writing, document.id());
  }

  @Provide
  Arbitrary<List<Writing>> writings() {
    Arbitrary<Integer> author = Arbitraries.integers().between(0, PEOPLE - 1);
    Arbitrary<Set<String>> words = Arbitraries.of(WORDS).set().ofMinSize(1).ofMaxSize(3);
    Arbitrary<Integer> sharedWith = Arbitraries.integers().between(-1, PEOPLE - 1);
    Arbitrary<Boolean> inClass = Arbitraries.of(true, false);
    return Combinators.combine(author, words, sharedWith, inClass)
        .as((a, w, s, c) -> new Writing(a, w, a != TEACHER ? -1 : s, a == TEACHER && c))
        .list().ofMaxSize(15);
  }

  /**
   * A document to write: who writes it, its words, who it is shared with (-1 for nobody), and
   * whether it goes to the class space (the teacher's only).
   */
  record Writing(int author, Set<String> words, int sharedWith, boolean inClassSpace) {
  }

  record Written(Writing writing, DocumentId id) {
  }
}
