package fr.folios.core.catalogue;

import java.util.Objects;

/**
 * One resource found by a catalogue search.
 *
 * <p>The highlighted title and the snippet are HTML fragments safe to insert in a page: the
 * resource's own text is escaped ({@code <} becomes {@code &lt;} and so on) and the only
 * markup is {@code <mark>…</mark>} around the words the search matched, including those
 * matched in another form ("eleve" marks "Élèves").
 *
 * @param id the resource's identifier
 * @param title its title, as written
 * @param summary its summary, as written
 * @param score its relevance; higher is better, comparable only within one search
 * @param highlightedTitle its title as HTML, with the matched words marked
 * @param snippet the best passages of its summary as HTML, with the matched words marked and
 *     "…" between passages; empty when the summary is
 */
public record CatalogueHit(
    ResourceId id, String title, String summary, float score, String highlightedTitle,
    String snippet) {

  /** Checks the parts. */
  public CatalogueHit {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(highlightedTitle, "highlightedTitle");
    Objects.requireNonNull(snippet, "snippet");
  }

  /**
   * Creates a hit with nothing marked: its title and summary, escaped, stand for the highlights.
   *
   * @param id the resource's identifier
   * @param title its title
   * @param summary its summary
   * @param score its relevance
   */
  public CatalogueHit(ResourceId id, String title, String summary, float score) {
    this(id, title, summary, score, escape(title), escape(summary));
  }

  private static String escape(String text) {
    StringBuilder html = new StringBuilder(text.length());
    text.chars().forEach(c -> html.append(switch (c) {
      case '&' -> "&amp;";
      case '<' -> "&lt;";
      case '>' -> "&gt;";
      case '"' -> "&quot;";
      case '\'' -> "&#39;";
      default -> String.valueOf((char) c);
    }));
    return html.toString();
  }
}
