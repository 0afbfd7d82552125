package fr.folios.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Hostile HTML, well-formed or not, nested or not: whatever goes in, what comes out is stable
 * and holds only allowed elements, allowed attributes, and web or mail links.
 */
class JsoupHtmlSanitizerProperties {

  private static final Set<String> TAGS = Set.of("body", "p", "br", "h1", "h2", "h3", "h4",
      "h5", "h6", "ul", "ol", "li", "strong", "em", "b", "i", "u", "s", "sub", "sup",
      "blockquote", "code", "pre", "hr", "a", "table", "caption", "thead", "tbody", "tr", "th",
      "td");
  private static final Set<String> ATTRIBUTES = Set.of("href", "title", "start", "colspan",
      "rowspan", "rel");

  private static final List<String> PIECES = List.of("<script>", "</script>", "<SCRIPT SRC=x>",
      "<scr", "ipt>", "<style>", "</style>", "<iframe src=", "<form action=", "<input ",
      "<svg onload=alert(1)>", "<img src=x onerror=", "<!--", "-->", "<![CDATA[", "]]>", "<a ",
      "</a>", "href=", "'javascript:alert(1)'", "\"java\tscript:x\"", "&#106;avascript:",
      "data:text/html;base64,PHNjcmlwdD4=", "https://eduscol.education.fr", "mailto:a@b.fr",
      "vbscript:", " onclick=", " OnMouseOver=", "\"", "'", ">", "<", "/", "=", "<p>", "</p>",
      "<b>", "</b>", "<i>", "<ul><li>", "</li>", "<table><tr><td>", "</td>", "<math>",
      "<noscript>", "<template>", "<object data=", "<embed src=", "<base href=", "<meta ",
      "<link rel=stylesheet href=", "style=", "expression(", "&lt;", "&amp;", "&", "\u0000",
      "é", "😀", " ", "\n", "texte", "x");

  @Property(tries = 400)
  void sanitize_isStable(@ForAll("hostileHtml") String html) {
    JsoupHtmlSanitizer sanitizer = new JsoupHtmlSanitizer();
    String once = sanitizer.sanitize(html);

    assertThat(sanitizer.sanitize(once)).isEqualTo(once);
  }

  @Property(tries = 400)
  void sanitize_leavesNothingThatRuns(@ForAll("hostileHtml") String html) {
    String clean = new JsoupHtmlSanitizer().sanitize(html);

    for (Element element : Jsoup.parseBodyFragment(clean).body().getAllElements()) {
      assertThat(TAGS).as("element of " + clean).contains(element.normalName());
      for (Attribute attribute : element.attributes()) {
        String name = attribute.getKey().toLowerCase(Locale.ROOT);
        assertThat(ATTRIBUTES).as("attribute of " + clean).contains(name);
        if (name.equals("href")) {
          assertThat(attribute.getValue()).as("link of " + clean)
              .matches("(?i)(https?:|mailto:).*");
        }
      }
      for (Node child : element.childNodes()) {
        assertThat(child).as("comment in " + clean).isNotInstanceOf(Comment.class);
      }
    }
    // a '<' of text comes out as "&lt;", so these can only be markup; "javascript:" may stay
    // as harmless text, and links are checked above
    assertThat(clean.toLowerCase(Locale.ROOT)).doesNotContain("<script", "<style", "<iframe",
        "<!--");
  }

  @Provide
  Arbitrary<String> hostileHtml() {
    return Arbitraries.oneOf(
        Arbitraries.of(PIECES).list().ofMaxSize(40).map(pieces -> String.join("", pieces)),
        Arbitraries.strings().withChars("<>/=\"' abcdehijlnoprstv:&;#!-").ofMaxLength(120));
  }
}
