package fr.folios.core.directory.aaf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.jspecify.annotations.Nullable;

class AafReaderProperties {

  private static final String FILE = "FULL_PROPERTY_Complet_20240902_Eleve_0000.xml";

  /** What a generated request holds; the reader must give back exactly this. */
  record Request(@Nullable String categoryCode, AafOperation operation, String identifier,
      Map<String, List<String>> attributes, Map<String, AafAttributeOperation> operations) {

    AafRecord expected(int position) {
      return new AafRecord(categoryCode, operation, identifier, attributes, operations, FILE,
          position, position + 2);
    }
  }

  @Property(tries = 300)
  void read_givesBackEveryWrittenRecord(@ForAll("requests") List<Request> requests,
      @ForAll("encodings") String encoding) {
    Charset charset = Charset.forName(encoding);
    byte[] file = write(requests, charset).getBytes(charset);
    List<AafRecord> records = new ArrayList<>();

    AafReader.read(new ByteArrayInputStream(file), FILE, records::add);

    assertThat(records).hasSameSizeAs(requests);
    for (int i = 0; i < records.size(); i++) {
      AafRecord expected = requests.get(i).expected(i + 1);
      assertThat(records.get(i)).isEqualTo(expected);
      assertThat(records.get(i).attributes().keySet())
          .containsExactlyElementsOf(expected.attributes().keySet());
    }
  }

  @Provide
  Arbitrary<String> encodings() {
    return Arbitraries.of("UTF-8", "ISO-8859-1", "ISO-8859-15");
  }

  @Provide
  Arbitrary<List<Request>> requests() {
    return request().list().ofMaxSize(12);
  }

  private static Arbitrary<Request> request() {
    Arbitrary<String> category = Arbitraries.of("Eleve", "PersEducNat", "MatEducNat", "Autre")
        .injectNull(0.1);
    Arbitrary<String> identifier = Arbitraries.strings().alpha().numeric().ofMinLength(1)
        .ofMaxLength(12);
    Arbitrary<Map<String, List<String>>> attributes = Arbitraries.maps(
        text().filter(name -> !name.isBlank()), text().list().ofMaxSize(4)).ofMaxSize(6);
    return Combinators.combine(category, Arbitraries.of(AafOperation.class), identifier,
            attributes, Arbitraries.of(AafAttributeOperation.class).injectNull(0.5))
        .as(AafReaderProperties::request);
  }

  private static Request request(@Nullable String category, AafOperation operation,
      String identifier, Map<String, List<String>> attributes,
      @Nullable AafAttributeOperation change) {
    Map<String, List<String>> ordered = new LinkedHashMap<>(attributes);
    Map<String, AafAttributeOperation> operations = new LinkedHashMap<>();
    if (operation == AafOperation.MODIFY && change != null) {
      ordered.keySet().forEach(name -> operations.put(name, change));
    }
    return new Request(category, operation, identifier, ordered, operations);
  }

  /** Text made of any character XML allows, with the ones that need escaping made likely. */
  private static Arbitrary<String> text() {
    Arbitrary<Character> tricky = Arbitraries.of('$', '&', '<', '>', '"', '\'', ' ', '\t', '\n',
        '\r', 'é', '€', 'œ', ']');
    Arbitrary<Character> any = Arbitraries.chars().range(' ', '\uD7FF');
    Arbitrary<Character> latin = Arbitraries.chars().range(' ', '\u00FF');
    return Arbitraries.frequencyOf(
            Tuple.of(2, tricky), Tuple.of(5, latin), Tuple.of(1, any))
        .list().ofMaxSize(16).map(AafReaderProperties::join);
  }

  private static String join(List<Character> chars) {
    StringBuilder text = new StringBuilder(chars.size());
    chars.forEach(text::append);
    return text.toString();
  }

  private static String write(List<Request> requests, Charset charset) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"" + charset.name()
        + "\"?>\n<ficAlimMENESR>");
    Writer writer = new Writer(xml, charset.newEncoder());
    for (Request request : requests) {
      xml.append('\n');
      writer.request(request);
    }
    return xml.append("\n</ficAlimMENESR>\n").toString();
  }

  /** Writes requests as AAF XML, escaping what the encoding or the markup cannot hold. */
  private record Writer(StringBuilder xml, CharsetEncoder encoder) {

    void request(Request request) {
      String element = request.operation().elementName();
      xml.append('<').append(element).append('>');
      if (request.categoryCode() != null) {
        xml.append("<operationalAttributes><attr name=\"categoriePersonne\"><value>")
            .append(request.categoryCode()).append("</value></attr></operationalAttributes>");
      }
      xml.append("<identifier><id>").append(request.identifier()).append("</id></identifier>");
      if (request.operations().isEmpty()) {
        attributes(request);
      } else {
        modifications(request);
      }
      xml.append("</").append(element).append('>');
    }

    private void attributes(Request request) {
      xml.append("<attributes>");
      request.attributes().forEach((name, values) -> {
        xml.append("<attr name=\"").append(escape(name)).append("\">");
        values(values);
        xml.append("</attr>");
      });
      xml.append("</attributes>");
    }

    private void modifications(Request request) {
      xml.append("<modifications>");
      request.attributes().forEach((name, values) -> {
        xml.append("<modification name=\"").append(escape(name)).append("\" operation=\"")
            .append(request.operations().get(name).code()).append("\">");
        values(values);
        xml.append("</modification>");
      });
      xml.append("</modifications>");
    }

    private void values(List<String> values) {
      if (values.isEmpty()) {
        xml.append("<value/>");
      }
      values.forEach(value -> xml.append("<value>").append(escape(value)).append("</value>"));
    }

    /** Escapes markup, and writes control and unencodable characters as references. */
    private String escape(String text) {
      StringBuilder escaped = new StringBuilder(text.length());
      for (char c : text.toCharArray()) {
        switch (c) {
          case '&' -> escaped.append("&amp;");
          case '<' -> escaped.append("&lt;");
          case '>' -> escaped.append("&gt;");
          case '"' -> escaped.append("&quot;");
          case '\'' -> escaped.append("&apos;");
          default -> escaped.append(c < ' ' || !encoder.canEncode(c) ? "&#" + (int) c + ";" : c);
        }
      }
      return escaped.toString();
    }
  }
}
