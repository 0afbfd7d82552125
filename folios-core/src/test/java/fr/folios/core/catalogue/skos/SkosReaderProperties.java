package fr.folios.core.catalogue.skos;

import static org.assertj.core.api.Assertions.assertThat;

import fr.folios.core.catalogue.Concept;
import fr.folios.core.catalogue.Vocabulary;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SkosReaderProperties {

  private static final String BASE = "http://example.org/voc/prop/";

  /** A generated concept: its label, its parent's rank (or -1) and whether it is retired. */
  record Draft(String label, int parent, boolean deprecated) {
  }

  @Property(tries = 200)
  void read_givesBackEveryWrittenConcept(@ForAll("drafts") List<Draft> drafts) {
    Vocabulary vocabulary = SkosReader.read(new ByteArrayInputStream(
        write(drafts).getBytes(StandardCharsets.UTF_8)), "prop.rdf");

    assertThat(vocabulary.id()).isEqualTo("prop-scheme");
    assertThat(vocabulary.concepts()).containsExactlyElementsOf(expected(drafts));
  }

  @Provide
  Arbitrary<List<Draft>> drafts() {
    Arbitrary<String> label = Arbitraries.strings().withCharRange(' ', '\u024F')
        .withChars('\t', '\n', '\r', '€', 'œ', '&', '<', '>', '"', '\'')
        .ofMinLength(1).ofMaxLength(30).filter(text -> !text.isBlank());
    return Combinators.combine(label, Arbitraries.integers().between(-1, 30),
        Arbitraries.of(true, false)).as(Draft::new).list().ofMinSize(1).ofMaxSize(15);
  }

  private static List<Concept> expected(List<Draft> drafts) {
    List<Concept> concepts = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      Draft draft = drafts.get(i);
      String broader = parent(draft, i) < 0 ? null : BASE + "c" + parent(draft, i);
      concepts.add(new Concept(BASE + "c" + i, draft.label().strip(), List.of(), broader,
          draft.deprecated()));
    }
    return concepts;
  }

  /** Returns the rank of a concept's parent, always an earlier concept, or -1. */
  private static int parent(Draft draft, int rank) {
    return draft.parent() < 0 || rank == 0 ? -1 : draft.parent() % rank;
  }

  private static String write(List<Draft> drafts) {
    StringBuilder xml = new StringBuilder("<rdf:RDF xml:lang=\"fr\""
        + " xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
        + " xmlns:skos=\"http://www.w3.org/2004/02/skos/core#\""
        + " xmlns:owl=\"http://www.w3.org/2002/07/owl#\">\n"
        + "<skos:ConceptScheme rdf:about=\"" + BASE + "prop-scheme\"/>\n");
    for (int i = 0; i < drafts.size(); i++) {
      Draft draft = drafts.get(i);
      xml.append("<skos:Concept rdf:about=\"").append(BASE).append('c').append(i).append("\">")
          .append("<skos:prefLabel>").append(escape(draft.label())).append("</skos:prefLabel>");
      if (parent(draft, i) >= 0) {
        xml.append("<skos:broader rdf:resource=\"").append(BASE).append('c')
            .append(parent(draft, i)).append("\"/>");
      }
      if (draft.deprecated()) {
        xml.append("<owl:deprecated>true</owl:deprecated>");
      }
      xml.append("</skos:Concept>\n");
    }
    return xml.append("</rdf:RDF>\n").toString();
  }

  private static String escape(String text) {
    StringBuilder escaped = new StringBuilder();
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        default -> escaped.append(c < ' ' ? "&#" + (int) c + ";" : c);
      }
    }
    return escaped.toString();
  }
}
