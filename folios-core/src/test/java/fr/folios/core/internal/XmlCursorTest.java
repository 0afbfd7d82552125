package fr.folios.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class XmlCursorTest {

  private static final XmlCursor.Rules RULES =
      new XmlCursor.Rules(4, ": this is too deep", "drop the subset");

  private static XmlCursor open(String xml, XmlCursor.Rules rules) {
    return XmlCursor.open(bytes(xml), "f.xml", rules);
  }

  private static InputStream bytes(String xml) {
    return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
  }

  private static void readAll(String xml) {
    try (XmlCursor cursor = open(xml, RULES)) {
      cursor.enterRoot();
      cursor.readToEnd();
    }
  }

  @Test
  void nextChild_visitsDirectChildrenOnlyAndSkipsTheirContent() {
    List<String> children = new ArrayList<>();
    try (XmlCursor cursor = open("<r><a><x><y/></x></a>text<!-- c --><b/></r>", RULES)) {
      cursor.enterRoot();
      while (cursor.nextChild(1)) {
        children.add(cursor.xml().getLocalName());
      }
      assertThat(cursor.depth()).isZero();
    }

    assertThat(children).containsExactly("a", "b");
  }

  @Test
  void enterRoot_skipsTheProlog() {
    try (XmlCursor cursor = open("<?xml version='1.0'?><!-- c --><?pi x?><root/>", RULES)) {
      cursor.enterRoot();

      assertThat(cursor.xml().getLocalName()).isEqualTo("root");
      assertThat(cursor.depth()).isEqualTo(1);
    }
  }

  @Test
  void nextEvent_refusesNestingDeeperThanTheRules_withTheReadersAdvice() {
    assertThatThrownBy(() -> readAll("<a><b><c><d><e/></d></c></b></a>"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("file 'f.xml', line 1, column ")
        .hasMessageEndingWith(": elements nest 5 levels deep; the limit is 4: this is too deep");
  }

  @Test
  void nextEvent_refusesAnInternalSubset_withTheReadersWayOut() {
    assertThatThrownBy(() -> readAll("<!DOCTYPE a [<!ENTITY x 'y'>]>\n<a>&x;</a>"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("file 'f.xml', line 1, column ")
        .hasMessageEndingWith("where entities are declared; Folios never reads one:"
            + " drop the subset");
  }

  @Test
  void nextEvent_acceptsASystemDoctypeWithoutOpeningIt() {
    try (XmlCursor cursor = open("<!DOCTYPE a SYSTEM 'missing[1].dtd'><a>&amp;&#233;</a>",
        RULES)) {
      cursor.enterRoot();
      StringBuilder text = new StringBuilder();
      while (XmlCursor.isText(cursor.nextEvent())) {
        text.append(cursor.xml().getText());
      }

      assertThat(text).hasToString("&é");
    }
  }

  @Test
  void nextEvent_refusesACustomEntityReference() {
    assertThatThrownBy(() -> readAll("<a>caf&eacute;</a>"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("file 'f.xml', line 1, column ")
        .hasMessageContaining("the entity reference '&eacute;' is not allowed");
  }

  @Test
  void nextEvent_namesTheFileAndReasonOfMalformedXml() {
    assertThatThrownBy(() -> readAll("<a><b></a>"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("file 'f.xml', line 1, column ")
        .hasMessageContaining("malformed XML (");
  }

  @Test
  void nextEvent_turnsAStreamFailureIntoUncheckedIoException() {
    InputStream failing = new SequenceInputStream(bytes("<a><b>"), new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk gone");
      }
    });

    assertThatThrownBy(() -> {
      try (XmlCursor cursor = XmlCursor.open(failing, "f.xml", RULES)) {
        cursor.readToEnd();
      }
    }).isInstanceOf(UncheckedIOException.class).hasMessage("could not read 'f.xml': disk gone");
  }

  @Test
  void nextEvent_repeatsEndDocumentOnceTheDocumentIsOver() {
    try (XmlCursor cursor = open("<a/>", RULES)) {
      cursor.readToEnd();

      assertThat(cursor.nextEvent()).isEqualTo(XMLStreamConstants.END_DOCUMENT);
      assertThat(cursor.nextChild(0)).isFalse();
    }
  }

  @Test
  void close_leavesTheStreamOpenForItsOwner() {
    boolean[] closed = {false};
    InputStream in = new FilterInputStream(bytes("<a/>")) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };

    try (XmlCursor cursor = XmlCursor.open(in, "f.xml", RULES)) {
      cursor.readToEnd();
    }

    assertThat(closed[0]).isFalse();
  }

  @Test
  void rules_refuseADepthLimitBelowOne() {
    assertThatThrownBy(() -> new XmlCursor.Rules(0, "", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxDepth is 0: allow at least 1");
  }

  @Property(tries = 200)
  @Label("nesting is read up to the limit and refused one level beyond")
  void depthLimitHoldsExactly(@ForAll @IntRange(min = 1, max = 40) int limit,
      @ForAll @IntRange(min = 1, max = 41) int nesting) {
    XmlCursor.Rules rules = new XmlCursor.Rules(limit, "", "");
    String xml = "<e>".repeat(nesting) + "</e>".repeat(nesting);
    int deepest = 0;

    try (XmlCursor cursor = open(xml, rules)) {
      while (cursor.nextEvent() != XMLStreamConstants.END_DOCUMENT) {
        deepest = Math.max(deepest, cursor.depth());
      }
      assertThat(nesting).isLessThanOrEqualTo(limit);
      assertThat(deepest).isEqualTo(nesting);
      assertThat(cursor.depth()).isZero();
    } catch (InvalidInputException e) {
      assertThat(nesting).isGreaterThan(limit);
      assertThat(e).hasMessageEndingWith("elements nest " + (limit + 1)
          + " levels deep; the limit is " + limit);
    }
  }
}
