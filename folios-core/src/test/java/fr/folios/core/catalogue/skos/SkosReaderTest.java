package fr.folios.core.catalogue.skos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.InvalidInputException;
import fr.folios.core.catalogue.Concept;
import fr.folios.core.catalogue.Vocabulary;
import fr.folios.core.internal.GeneratedXml;
import fr.folios.core.internal.XmlCursor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SkosReaderTest {

  private static final String TEST = "http://example.org/voc/folios-test/concept/";
  private static final String THEMES = "http://example.org/themes/";
  private static final int LIMIT = XmlCursor.MAX_MARKUP_BYTES;

  private static Vocabulary read(String name) {
    try (InputStream in = SkosReaderTest.class.getResourceAsStream("/skos/" + name)) {
      assertThat(in).as("test resource /skos/%s", name).isNotNull();
      return SkosReader.read(in, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Vocabulary read(String name, String xml) {
    return SkosReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), name);
  }

  private static Concept concept(Vocabulary vocabulary, String id) {
    return vocabulary.find(id).orElseThrow();
  }

  @Test
  void read_scolomfrStyle_takesTheSpecificSchemeNotTheUmbrella() {
    Vocabulary levels = read("scolomfr-style.rdf");

    assertThat(levels.id()).isEqualTo("folios-test-022");
    assertThat(levels.title()).isEqualTo("022-Niveau détaillé (essai)");
  }

  @Test
  void read_scolomfrStyle_keepsOnlyConceptsInFileOrder() {
    Vocabulary levels = read("scolomfr-style.rdf");

    assertThat(levels.concepts()).extracting(Concept::id).containsExactly(TEST + "lycee",
        TEST + "college", TEST + "sixieme", TEST + "cinquieme", TEST + "cycle-3",
        TEST + "seconde-idd");
  }

  @Test
  void read_prefersFrenchLabelsAndDropsOtherLanguagesFromAltLabels() {
    Concept college = concept(read("scolomfr-style.rdf"), TEST + "college");

    assertThat(college.prefLabel()).isEqualTo("collège");
    assertThat(college.altLabels()).containsExactly("enseignement secondaire, premier cycle");
  }

  @Test
  void read_mergesAConceptDescribedInSeveralPlaces() {
    Concept lycee = concept(read("scolomfr-style.rdf"), TEST + "lycee");

    assertThat(lycee.prefLabel()).isEqualTo("lycée");
    assertThat(lycee.altLabels()).containsExactly("enseignement secondaire, second cycle",
        "lycée général et technologique");
  }

  @Test
  void read_keepsTheFirstBroaderOrTheConceptListingItAsNarrower() {
    Vocabulary levels = read("scolomfr-style.rdf");

    assertThat(concept(levels, TEST + "sixieme").broader()).isEqualTo(TEST + "college");
    assertThat(concept(levels, TEST + "cinquieme").broader()).isEqualTo(TEST + "college");
    assertThat(concept(levels, TEST + "college").broader()).isNull();
  }

  @Test
  void read_marksObsoleteAndDeprecatedStatusesAsRetired() {
    Vocabulary levels = read("scolomfr-style.rdf");

    assertThat(levels.concepts()).filteredOn(Concept::deprecated).extracting(Concept::id)
        .containsExactly(TEST + "cycle-3", TEST + "seconde-idd");
  }

  @Test
  void read_typedNodes_resolvesBaseAndId() {
    Vocabulary themes = read("typed-nodes.rdf");

    assertThat(themes.id()).isEqualTo("folios-themes");
    assertThat(themes.title()).isEqualTo("Thématiques (essai)");
    assertThat(themes.concepts()).extracting(Concept::id).containsExactly(
        THEMES + "#orientation", THEMES + "stage", THEMES + "monde-pro", THEMES + "medias",
        THEMES + "ide");
  }

  @Test
  void read_typedNodes_inheritsTheLanguageAndPrefersFrenchVariants() {
    Vocabulary themes = read("typed-nodes.rdf");

    assertThat(themes.label(THEMES + "#orientation"))
        .isEqualTo("Construire son choix d'orientation");
    assertThat(themes.label(THEMES + "stage")).isEqualTo("Stage d'observation");
  }

  @Test
  void read_typedNodes_readsANestedNodeAsTheBroaderConcept() {
    Vocabulary themes = read("typed-nodes.rdf");

    assertThat(concept(themes, THEMES + "stage").broader()).isEqualTo(THEMES + "monde-pro");
    assertThat(themes.label(THEMES + "monde-pro")).isEqualTo("Monde économique et professionnel");
  }

  @Test
  void read_typedNodes_readsPropertyAttributesAndLabelsWithoutLanguage() {
    Concept medias = concept(read("typed-nodes.rdf"), THEMES + "medias");

    assertThat(medias.prefLabel()).isEqualTo("Éducation aux médias");
    assertThat(medias.altLabels()).containsExactly("EMI");
  }

  @Test
  void read_typedNodes_fallsBackToAnotherLanguageAndReadsOwlDeprecated() {
    Concept ide = concept(read("typed-nodes.rdf"), THEMES + "ide");

    assertThat(ide.prefLabel()).isEqualTo("Discovery itinerary");
    assertThat(ide.altLabels()).containsExactly("IDD");
    assertThat(ide.deprecated()).isTrue();
  }

  @Test
  void read_refusesAFileWithoutConceptScheme() {
    assertThatThrownBy(() -> read("no-scheme.rdf")).isInstanceOf(InvalidInputException.class)
        .hasMessage("file 'no-scheme.rdf' is not a SKOS vocabulary: it describes no"
            + " skos:ConceptScheme; a SKOS vocabulary file describes its scheme and the concepts"
            + " in it");
  }

  @Test
  void read_refusesASchemeWithoutConcept() {
    assertThatThrownBy(() -> read("no-concept.rdf")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("'no-concept.rdf'").hasMessageContaining("no skos:Concept");
  }

  @Test
  void read_refusesAConceptWithoutUri() {
    assertThatThrownBy(() -> read("concept-without-id.rdf"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("'concept-without-id.rdf'")
        .hasMessageContaining("the skos:Concept at line 8 has no rdf:about");
  }

  @Test
  void read_refusesAConceptWithAnEmptyUri_namingFileLineAndWayOut() {
    assertThatThrownBy(() -> read("concept-with-empty-about.rdf"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("file 'concept-with-empty-about.rdf' is not a SKOS vocabulary: the"
            + " skos:Concept at line 9 has an empty rdf:about: give every concept a URI");
  }

  @Test
  void read_refusesAConceptWhoseUriIsOnlySpaces() {
    assertThatThrownBy(() -> read("concept-with-blank-about.rdf"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("file 'concept-with-blank-about.rdf' is not a SKOS vocabulary: the"
            + " skos:Concept at line 6 has an empty rdf:about: give every concept a URI");
  }

  @Test
  void read_refusesASchemeWithAnEmptyUri() {
    assertThatThrownBy(() -> read("scheme-with-empty-about.rdf"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("file 'scheme-with-empty-about.rdf' is not a SKOS vocabulary: the concept"
            + " scheme at line 5 has an empty rdf:about: give the scheme a URI, whose last"
            + " segment names the vocabulary");
  }

  @Test
  void read_refusesAConceptWithoutLabel() {
    assertThatThrownBy(() -> read("concept-without-label.rdf"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("'concept-without-label.rdf'")
        .hasMessageContaining("concept 'http://example.org/c/2' (line 8) has no skos:prefLabel");
  }

  @Test
  void read_refusesUnrelatedSchemes() {
    assertThatThrownBy(() -> read("two-schemes.rdf")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("2 unrelated concept schemes (http://example.org/voc/levels,"
            + " http://example.org/voc/themes)");
  }

  @Test
  void read_refusesAnotherKindOfXml() {
    assertThatThrownBy(() -> read("not-rdf.xml")).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("file 'not-rdf.xml', line 2, column ")
        .hasMessageContaining("not rdf:RDF");
  }

  @Test
  void read_refusesTextThatIsNotXml() {
    assertThatThrownBy(() -> read("labels.csv", "id;label\n1;collège\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("file 'labels.csv', line 1, column 1: malformed XML");
  }

  @Test
  void read_refusesEntityDeclarationsEvenHarmlessOnes() {
    assertThatThrownBy(() -> read("entity-declarations.rdf"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("file 'entity-declarations.rdf', line 4, column ")
        .hasMessageContaining("write the entities out as full URIs");
  }

  @Test
  void read_refusesAnExternalEntity() {
    assertThatThrownBy(() -> read("external-entity.rdf"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("internal subset");
  }

  @Test
  void read_refusesAnUndeclaredEntity() {
    String xml = "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">&x;"
        + "</rdf:RDF>";

    assertThatThrownBy(() -> read("x.rdf", xml)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("'&x;' is not allowed");
  }

  @Test
  void read_refusesABillionLaughsWithoutExpandingIt() {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [\n"
        + "<!ENTITY lol0 \"lol\">\n");
    for (int i = 1; i < 10; i++) {
      xml.append("<!ENTITY lol").append(i).append(" \"")
          .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
    }
    xml.append("]>\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
        + "&lol9;</rdf:RDF>");

    assertThatThrownBy(() -> read("laughs.rdf", xml.toString()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("file 'laughs.rdf', line ")
        .hasMessageContaining("write the entities out as full URIs");
  }

  @Test
  void read_refusesAnExternalParameterEntityWithoutFetchingIt() {
    String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [\n"
        + "<!ENTITY % remote SYSTEM \"http://127.0.0.1:9/evil.dtd\">\n%remote;\n]>\n"
        + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/>";

    assertThatThrownBy(() -> read("remote.rdf", xml))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("file 'remote.rdf', line ");
  }

  @Test
  void read_refusesATruncatedFileWhole() throws IOException {
    String whole = scolomfrStyle();
    String truncated = whole.substring(0, whole.length() / 2);

    assertThatThrownBy(() -> read("truncated.rdf", truncated))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("file 'truncated.rdf', line ")
        .hasMessageContaining("malformed XML");
  }

  @Test
  void read_refusesMalformedXmlNamingLineAndReason() {
    assertThatThrownBy(() -> read("malformed.rdf")).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("file 'malformed.rdf', line 6, column ")
        .hasMessageContaining("skos:prefLabel");
  }

  @Test
  void read_refusesNestingDeeperThanTheLimit() {
    String xml = "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
        + "<a>".repeat(RdfXmlParser.MAX_DEPTH) + "</a>".repeat(RdfXmlParser.MAX_DEPTH)
        + "</rdf:RDF>";

    assertThatThrownBy(() -> read("deep.rdf", xml)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("the limit is " + RdfXmlParser.MAX_DEPTH);
  }

  @Test
  void read_refusesAnOverlongLiteral() {
    String xml = "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
        + " xmlns:skos=\"http://www.w3.org/2004/02/skos/core#\"><skos:Concept rdf:about=\"c\">"
        + "<skos:prefLabel>" + "x".repeat(RdfXmlParser.MAX_LITERAL_CHARACTERS + 1)
        + "</skos:prefLabel></skos:Concept></rdf:RDF>";

    assertThatThrownBy(() -> read("long.rdf", xml)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("longer than " + RdfXmlParser.MAX_LITERAL_CHARACTERS);
  }

  @Test
  void read_readsAVocabularyHoldingACommentOfExactlyTheMarkupLimit() throws IOException {
    GeneratedXml in = withComment(LIMIT - "<!---->".length());

    assertThat(SkosReader.read(in, "levels.rdf").id()).isEqualTo("folios-test-022");
  }

  @Test
  void read_refusesA50MegabyteCommentHoldingLittleMemory() throws IOException {
    GeneratedXml in = withComment(50_000_000);
    long allocated = allocatedByThisThread();

    assertThatThrownBy(() -> SkosReader.read(in, "levels.rdf"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("file 'levels.rdf', byte offset " + bytesBeforeTheRoot() + ": a comment"
            + " longer than 1048576 bytes; Folios refuses markup this large: remove it or ask"
            + " for a new export");
    assertThat(in.served()).isLessThan(LIMIT + 64 * 1024);
    assertThat(allocatedByThisThread() - allocated).isLessThan(64L << 20);
  }

  @Test
  void read_refusesAUriLongerThanTheMarkupLimit() {
    String head = "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
        + " xmlns:skos=\"http://www.w3.org/2004/02/skos/core#\">\n";
    String open = "<skos:Concept rdf:about=\"http://example.org/";

    assertThatThrownBy(() -> SkosReader.read(GeneratedXml.filled(head + open, 'x',
        LIMIT - open.length() - 1, "\"><skos:prefLabel>x</skos:prefLabel></skos:Concept>"
            + "</rdf:RDF>"), "long-uri.rdf"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("file 'long-uri.rdf', byte offset " + head.length() + ": a start"
            + " tag with its attributes longer than 1048576 bytes");
  }

  /** Returns the ScoLOMFR-style file with a comment of {@code length} x's before its root. */
  private static GeneratedXml withComment(long length) throws IOException {
    String text = scolomfrStyle();
    int root = text.indexOf("<rdf:RDF");
    return GeneratedXml.filled(text.substring(0, root) + "<!--", 'x', length,
        "-->" + text.substring(root));
  }

  private static int bytesBeforeTheRoot() throws IOException {
    String text = scolomfrStyle();
    return text.substring(0, text.indexOf("<rdf:RDF")).getBytes(StandardCharsets.UTF_8).length;
  }

  private static String scolomfrStyle() throws IOException {
    try (InputStream in = SkosReaderTest.class.getResourceAsStream("/skos/scolomfr-style.rdf")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Returns the bytes this thread allocated so far, as HotSpot counts them. */
  private static long allocatedByThisThread() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
        .getCurrentThreadAllocatedBytes();
  }

  @Test
  void read_path_namesTheFileInMessages(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("vide.rdf");
    Files.writeString(file, "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/>");

    assertThatThrownBy(() -> SkosReader.read(file)).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("file 'vide.rdf' is not a SKOS vocabulary");
  }

  @Test
  void read_path_readsAVocabulary(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("levels.rdf");
    try (InputStream in = SkosReaderTest.class.getResourceAsStream("/skos/scolomfr-style.rdf")) {
      Files.copy(in, file);
    }

    assertThat(SkosReader.read(file).size()).isEqualTo(6);
  }

  @Test
  void vocabularyId_isTheLastSegmentOfTheSchemeUri() {
    assertThat(List.of("http://data.education.fr/voc/scolomfr/scolomfr-voc-022",
        "http://example.org/voc/levels/", "http://example.org/onto#themes", "urn:x"))
        .extracting(SkosReader::vocabularyId)
        .containsExactly("scolomfr-voc-022", "levels", "themes", "urn:x");
  }
}
