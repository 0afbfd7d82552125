package fr.folios.core.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The catalogue's own lists for the eight facets FOLIOS shows: parcours, niveau, type
 * d'établissement, zone, discipline, compétences, type de document and thématique.
 *
 * <p>Concept ids are fixed lower-case slugs ({@code avenir}, {@code 3e-prepa-pro},
 * {@code aix-marseille}, {@code socle-1}…) and labels are French. Vocabulary ids are
 * {@code folios-} followed by the facet's key with hyphens: {@code folios-pathway},
 * {@code folios-level}, {@code folios-establishment-type}, {@code folios-zone},
 * {@code folios-discipline}, {@code folios-competence}, {@code folios-document-type},
 * {@code folios-theme}. The lists ship in the SDK as the resource
 * {@code fr/folios/core/catalogue/folios-vocabularies.json}, read once on first use.
 * Thread-safe.
 */
public final class FoliosVocabularies {

  private static final String RESOURCE = "folios-vocabularies.json";

  private static volatile @Nullable Map<Facet, Vocabulary> loaded;

  private FoliosVocabularies() {
  }

  /**
   * Returns the vocabulary of every facet.
   *
   * @return an immutable map holding one vocabulary per facet, in the order of {@link Facet};
   *     the same instance on every call
   * @throws IllegalStateException if the SDK's resource is missing or damaged, which means a
   *     broken build: rebuild or re-download the SDK
   */
  public static Map<Facet, Vocabulary> load() {
    Map<Facet, Vocabulary> all = loaded;
    if (all == null) {
      synchronized (FoliosVocabularies.class) {
        all = loaded;
        if (all == null) {
          all = read();
          loaded = all;
        }
      }
    }
    return all;
  }

  /**
   * Returns the vocabulary of one facet.
   *
   * @param facet the facet
   * @return its vocabulary, e.g. the 19 levels for {@link Facet#LEVEL}
   * @throws IllegalStateException if the SDK's resource is missing or damaged
   */
  public static Vocabulary of(Facet facet) {
    Objects.requireNonNull(facet, "facet");
    return load().get(facet);
  }

  private static Map<Facet, Vocabulary> read() {
    try (InputStream in = FoliosVocabularies.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the SDK lacks its resource " + RESOURCE
            + " next to FoliosVocabularies: rebuild or re-download folios-core");
      }
      return byFacet(new ObjectMapper().readTree(in).path("vocabularies"));
    } catch (IOException e) {
      throw new IllegalStateException("could not read the SDK's resource " + RESOURCE
          + ": rebuild or re-download folios-core", e);
    }
  }

  private static Map<Facet, Vocabulary> byFacet(JsonNode vocabularies) {
    Map<Facet, Vocabulary> byFacet = new EnumMap<>(Facet.class);
    for (Facet facet : Facet.values()) {
      JsonNode vocabulary = vocabularies.path(facet.name());
      if (!vocabulary.isObject()) {
        throw new IllegalStateException(RESOURCE + " has no vocabulary for facet "
            + facet.name() + ": rebuild or re-download folios-core");
      }
      byFacet.put(facet, vocabulary(vocabulary));
    }
    return Collections.unmodifiableMap(byFacet);
  }

  private static Vocabulary vocabulary(JsonNode vocabulary) {
    List<Concept> concepts = new ArrayList<>();
    for (JsonNode concept : vocabulary.path("concepts")) {
      concepts.add(concept(concept));
    }
    return Vocabulary.of(text(vocabulary, "id"), text(vocabulary, "title"), concepts);
  }

  private static Concept concept(JsonNode concept) {
    List<String> altLabels = new ArrayList<>();
    concept.path("altLabels").forEach(label -> altLabels.add(label.asText()));
    JsonNode broader = concept.path("broader");
    return new Concept(text(concept, "id"), text(concept, "prefLabel"), altLabels,
        broader.isTextual() ? broader.asText() : null, concept.path("deprecated").asBoolean());
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (!value.isTextual()) {
      throw new IllegalStateException(RESOURCE + " lacks the text field '" + field + "' in "
          + node + ": rebuild or re-download folios-core");
    }
    return value.asText();
  }
}
