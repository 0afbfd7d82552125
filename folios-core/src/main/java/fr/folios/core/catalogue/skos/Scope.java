package fr.folios.core.catalogue.skos;

import fr.folios.core.InvalidInputException;
import java.net.URI;
import java.util.function.Function;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * The {@code xml:lang} and {@code xml:base} in force for an element, inherited from its
 * ancestors.
 *
 * @param language the language of literals, or {@code null} if none is given
 * @param base the base URI of relative references, or {@code null} if none is given
 */
record Scope(@Nullable String language, @Nullable String base) {

  static final Scope NONE = new Scope(null, null);

  /** Returns the scope of the element under the cursor, which may override this one. */
  Scope enter(XMLStreamReader xml, Function<String, InvalidInputException> refusal) {
    String lang = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
    String newBase = xml.getAttributeValue(XMLConstants.XML_NS_URI, "base");
    if (lang == null && newBase == null) {
      return this;
    }
    String language = lang == null ? this.language : lang.isBlank() ? null : lang.strip();
    return new Scope(language, newBase == null ? base : resolve(newBase, refusal));
  }

  /** Resolves a reference against the base, if there is one and the reference is relative. */
  String resolve(String reference, Function<String, InvalidInputException> refusal) {
    if (base == null) {
      return reference;
    }
    try {
      return URI.create(base).resolve(reference).toString();
    } catch (IllegalArgumentException e) {
      throw refusal.apply("'" + reference + "' is not a valid URI reference against base '"
          + base + "': fix the rdf:about, rdf:resource or xml:base");
    }
  }
}
