package fr.folios.storage;

import fr.folios.core.spi.HtmlSanitizer;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Cleans rich text with jsoup against an allow-list: paragraphs and line breaks, headings,
 * lists, emphasis, quotations, code, rules and simple tables, and links to absolute {@code
 * http}, {@code https} and {@code mailto} addresses, which open with {@code rel="noopener
 * noreferrer"}. Everything else goes: scripts, styles, event handlers, frames, forms, comments,
 * images (they would load from anywhere and tell who reads), and relative or other links.
 *
 * <p>Folios finds it through {@link java.util.ServiceLoader} when this module is on the class
 * path. Immutable and thread-safe.
 */
public final class JsoupHtmlSanitizer implements HtmlSanitizer {

  private static final Safelist ALLOWED = new Safelist()
      .addTags("p", "br", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "strong", "em",
          "b", "i", "u", "s", "sub", "sup", "blockquote", "code", "pre", "hr", "a", "table",
          "caption", "thead", "tbody", "tr", "th", "td")
      .addAttributes("a", "href", "title")
      .addAttributes("ol", "start")
      .addAttributes("th", "colspan", "rowspan")
      .addAttributes("td", "colspan", "rowspan")
      .addProtocols("a", "href", "http", "https", "mailto")
      .addEnforcedAttribute("a", "rel", "noopener noreferrer");

  /**
   * How many times cleaned HTML is cleaned again until it no longer changes; HTML that still
   * changes then keeps its text only.
   */
  private static final int MAX_PASSES = 4;

  /** Creates the sanitiser; the service loader calls this. */
  public JsoupHtmlSanitizer() {
    // the allow-list is shared: jsoup reads a safelist without changing it
  }

  /**
   * Returns the allowed part of an HTML fragment, as compact HTML (no added indentation),
   * cleaned until cleaning it again returns it unchanged.
   *
   * @param html the fragment, possibly malformed or hostile
   * @return the cleaned fragment; empty if nothing is allowed
   */
  @Override
  public String sanitize(String html) {
    Objects.requireNonNull(html, "html");
    String clean = clean(html, ALLOWED);
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      String again = clean(clean, ALLOWED);
      if (again.equals(clean)) {
        return clean;
      }
      clean = again;
    }
    return clean(clean, Safelist.none());
  }

  /**
   * Cleans once. The result may not be a fixed point yet: jsoup keeps the tree it parsed, and
   * some malformed input parses into a tree HTML cannot write (a paragraph inside a paragraph,
   * from markup hidden in a {@code noscript}), which the next parse reshapes.
   */
  private static String clean(String html, Safelist allowed) {
    Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
    return Jsoup.clean(html, "", allowed, output);
  }
}
