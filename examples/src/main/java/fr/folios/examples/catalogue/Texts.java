package fr.folios.examples.catalogue;

import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/** Small text shaping shared by the readers. */
final class Texts {

  private Texts() {
  }

  /** Returns the text with its first letter in upper case. */
  static String capitalized(String text) {
    if (text.isEmpty()) {
      return text;
    }
    return text.substring(0, 1).toUpperCase(Locale.FRENCH) + text.substring(1);
  }

  /** Joins the non-blank parts, one per line, dropping repeats. */
  static String lines(Collection<String> parts) {
    return parts.stream()
        .map(String::strip)
        .filter(part -> !part.isEmpty())
        .distinct()
        .collect(Collectors.joining("\n"));
  }
}
