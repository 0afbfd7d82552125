package fr.folios.core.catalogue.skos;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The object of one RDF statement: a literal with its language, or a reference to a resource.
 *
 * @param text the literal's text, or the referenced resource's URI or blank-node label
 * @param language the literal's {@code xml:lang} in lower case, or {@code null}
 * @param reference {@code true} for a reference, {@code false} for a literal
 */
record RdfValue(String text, @Nullable String language, boolean reference) {

  static RdfValue literal(String text, @Nullable String language) {
    return new RdfValue(text, language == null ? null : language.toLowerCase(Locale.ROOT), false);
  }

  static RdfValue reference(String resource) {
    return new RdfValue(resource, null, true);
  }

  /** Returns whether this is a literal with some text beyond spaces. */
  boolean isText() {
    return !reference && !text.isBlank();
  }

  /** Returns whether this literal is in French: {@code fr} or a variant such as {@code fr-FR}. */
  boolean isFrench() {
    return "fr".equals(language) || language != null && language.startsWith("fr-");
  }
}
