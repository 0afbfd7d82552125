package fr.folios.examples.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.Folios;
import fr.folios.core.InvalidInputException;
import fr.folios.core.ProgressListener;
import fr.folios.core.catalogue.CatalogueQuery;
import fr.folios.core.catalogue.CatalogueResource;
import fr.folios.core.catalogue.Concept;
import fr.folios.core.catalogue.ConceptMatch;
import fr.folios.core.catalogue.Facet;
import fr.folios.core.catalogue.FoliosVocabularies;
import fr.folios.core.catalogue.ResourceId;
import fr.folios.core.catalogue.ScolomfrMatches;
import fr.folios.core.catalogue.Vocabulary;
import fr.folios.core.catalogue.skos.SkosReader;
import fr.folios.core.directory.Actor;
import fr.folios.core.directory.EstablishmentId;
import fr.folios.core.directory.Person;
import fr.folios.core.directory.PersonId;
import fr.folios.core.directory.Profile;
import fr.folios.core.memory.InMemoryBlobStore;
import fr.folios.core.memory.InMemoryPersistence;
import fr.folios.search.LuceneCatalogueIndex;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Vocabularies change over the years without orphaning a resource, on the real ScoLOMFR files. */
class VocabularyVersionsTest {

  private static final String BCN_SUBJECTS = "scolomfr-bcn-matiere";

  private static final String BCN_SOURCE = "ScoLOMFR v3.2.0 BCN-ScoLOMFR/scolomfr_bcn.xml";

  private static final String SIXIEME =
      "http://data.education.fr/voc/scolomfr/concept/scolomfr-voc-022-num-018";

  private final InMemoryPersistence store = InMemoryPersistence.create();
  private final LuceneCatalogueIndex index = LuceneCatalogueIndex.inMemory();
  private final Folios folios = Folios.builder().persistence(store)
      .blobs(InMemoryBlobStore.create()).catalogueIndex(index).build();

  @AfterEach
  void close() {
    folios.close();
  }

  @Test
  void saveVocabulary_aScolomfrVersionLackingAConceptKeepsItDeprecatedAndDisplayed()
      throws IOException {
    String first = Files.readString(scolomfr("22"));
    Vocabulary v1 = read(first, "scolomfrSkos_n_n-1_22.rdf");
    String second = withoutConcept(first, SIXIEME);

    Vocabulary v2 = read(second, "scolomfrSkos_n_n-1_22-edited.rdf");
    folios.catalogue().saveVocabulary(v1);
    Vocabulary saved = folios.catalogue().saveVocabulary(v2);

    assertThat(v2.find(SIXIEME)).isEmpty();
    assertThat(saved.size()).isEqualTo(v1.size());
    Concept sixieme = saved.find(SIXIEME).orElseThrow();
    assertThat(sixieme.deprecated()).isTrue();
    assertThat(saved.label(SIXIEME)).isEqualTo("6e");
    assertThat(saved.narrower(sixieme.broader())).extracting(Concept::id).contains(SIXIEME);
  }

  @Test
  void saveVocabulary_aRetiredLevelStillFiltersTheSearch() {
    Vocabulary levels = FoliosVocabularies.of(Facet.LEVEL);
    folios.catalogue().saveVocabulary(levels);
    folios.catalogue().publish(List.of(new CatalogueResource(new ResourceId("test:1"),
        "Découvrir les métiers", "", "", Map.of(Facet.LEVEL, Set.of("mlds")), null, "test",
        null)), ProgressListener.NONE);

    folios.catalogue().saveVocabulary(Vocabulary.of(levels.id(), levels.title(),
        levels.concepts().stream().filter(c -> !c.id().equals("mlds")).toList()));

    assertThat(folios.catalogue().vocabulary(levels.id()).orElseThrow().find("mlds")
        .orElseThrow().deprecated()).isTrue();
    assertThat(folios.catalogue().search(teacher(),
        CatalogueQuery.text("").filter(Facet.LEVEL, "mlds")).total()).isEqualTo(1);
  }

  @Test
  void read_aTruncatedRealFileIsRefusedWhole() throws IOException {
    byte[] whole = Files.readAllBytes(scolomfr("16"));
    byte[] half = Arrays.copyOf(whole, whole.length / 2);

    assertThatThrownBy(() -> SkosReader.read(new ByteArrayInputStream(half), "half-16.rdf"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("file 'half-16.rdf', line ");
  }

  @Test
  void scolomfrMatches_nameCurrentConceptsOfTheRealFilesWithTheirLabels() {
    List<ConceptMatch> skos = ScolomfrMatches.all().stream()
        .filter(match -> !match.scolomfrVocabulary().equals(BCN_SUBJECTS)).toList();
    Map<String, Vocabulary> read = skos.stream()
        .map(ConceptMatch::scolomfrVocabulary).distinct()
        .collect(Collectors.toMap(id -> id, id -> readFile(scolomfr(id.substring(
            id.length() - 2)))));

    assertThat(skos).isNotEmpty().allSatisfy(match -> {
      Concept concept = read.get(match.scolomfrVocabulary()).find(match.scolomfrConcept())
          .orElseThrow();
      assertThat(concept.deprecated()).as(match.toString()).isFalse();
      assertThat(match.source()).contains("prefLabel '" + concept.prefLabel() + "'");
    });
  }

  @Test
  void scolomfrMatches_nameBcnSubjectsOfTheRealFileWithTheirCodesAndLabels() {
    Map<String, BcnSubjects.Subject> subjects = BcnSubjects.read(BcnSubjects.realFile());

    assertThat(ScolomfrMatches.all()).filteredOn(match -> match.scolomfrVocabulary()
        .equals(BCN_SUBJECTS)).isNotEmpty().allSatisfy(match -> {
          BcnSubjects.Subject subject = subjects.get(match.scolomfrConcept());
          assertThat(subject).as("%s names a BCN subject of the file", match).isNotNull();
          assertThat(match.source()).as(match.toString()).startsWith(BCN_SOURCE + ", code '"
              + subject.code() + "', label '");
          assertThat(subject.labels()).as(match.toString()).contains(namedLabel(match));
        });
  }

  private Actor teacher() {
    Person teacher = new Person(PersonId.random(), null, Profile.EDUCATIONAL_STAFF, "Anne",
        "Morel", null, Set.of(EstablishmentId.random()), false, Set.of(), null);
    store.directory().savePerson(teacher);
    return Actor.of(teacher.id());
  }

  /** The label a BCN link's source names, e.g. {@code FRANCAIS}. */
  private static String namedLabel(ConceptMatch match) {
    Matcher label = Pattern.compile(", label '([^']+)'").matcher(match.source());
    assertThat(label.find()).as("%s names a label", match).isTrue();
    return label.group(1);
  }

  private static Path scolomfr(String number) {
    return Fixtures.dataDir().resolve("vocab").resolve("scolomfr-v3.1")
        .resolve("scolomfrSkos_n_n-1_" + number + ".rdf");
  }

  private static Vocabulary readFile(Path file) {
    try {
      return SkosReader.read(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Vocabulary read(String text, String name) {
    return SkosReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        name);
  }

  /** Removes the description of one concept and every link to it, as a newer edition would. */
  private static String withoutConcept(String rdf, String uri) {
    String open = "<rdf:Description rdf:about=\"" + uri + "\">";
    int start = rdf.indexOf(open);
    assertThat(start).as("the file describes %s", uri).isNotNegative();
    int end = rdf.indexOf("</rdf:Description>", start) + "</rdf:Description>".length();
    String removed = rdf.substring(0, start) + rdf.substring(end);
    return removed.replaceAll("<[^<>]*rdf:resource=\"" + uri.replace(".", "\\.") + "\"/>", "");
  }
}
