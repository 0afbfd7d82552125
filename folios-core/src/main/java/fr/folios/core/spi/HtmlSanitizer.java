package fr.folios.core.spi;

/**
 * Cleans HTML written by users against an allow-list, so that a rich-text document displays
 * text and formatting and can run nothing: no script, no style, no event handler, no frame, no
 * form, no comment, and links only to {@code http}, {@code https} or {@code mailto} addresses.
 *
 * <p>Folios finds one through {@code Folios.builder().htmlSanitizer(...)} or, failing that,
 * through {@link java.util.ServiceLoader}; the {@code folios-storage} module provides one. Its
 * output must be stable: cleaning cleaned HTML returns it unchanged. Implementations are safe
 * for concurrent use.
 */
public interface HtmlSanitizer {

  /**
   * Returns the allowed part of an HTML fragment, as a fragment (the content of a
   * {@code body}); markup and attributes outside the allow-list are dropped, their text kept
   * where it is text.
   *
   * @param html the fragment, possibly malformed or hostile
   * @return the cleaned fragment; empty if nothing is allowed
   */
  String sanitize(String html);
}
