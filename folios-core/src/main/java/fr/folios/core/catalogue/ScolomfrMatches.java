package fr.folios.core.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The links between the project's own facet values ({@link FoliosVocabularies}) and the
 * ScoLOMFR v3.1 concepts, where one exists.
 *
 * <p>The links were written by reading both vocabularies side by side: the levels against
 * ScoLOMFR 022 (niveau éducatif détaillé), the socle domains against 016 (compétences), the
 * document types against 010 (type pédagogique), the disciplines against the BCN subjects that
 * {@code scolomfr_bcn.xml}, published with ScoLOMFR 3.2.0, lists (vocabulary
 * {@code scolomfr-bcn-matiere}, concepts {@code scolomfr-BCN_MATIERE-num-NNN}). A value with no
 * counterpart, such as the level {@code mlds}, the document type {@code document-information}
 * or the discipline {@code philosophie}, has no link; the themes have none yet. Each link names
 * its source. They ship in the SDK as the resource
 * {@code fr/folios/core/catalogue/folios-scolomfr-matches.json}, read once on first use.
 * Thread-safe.
 */
public final class ScolomfrMatches {

  private static final String RESOURCE = "folios-scolomfr-matches.json";

  private static volatile @Nullable List<ConceptMatch> loaded;

  private ScolomfrMatches() {
  }

  /**
   * Returns every link.
   *
   * @return the links, unmodifiable, in the order of the facets and then of the file; the same
   *     instance on every call
   * @throws IllegalStateException if the SDK's resource is missing or damaged, which means a
   *     broken build: rebuild or re-download the SDK
   */
  public static List<ConceptMatch> all() {
    List<ConceptMatch> all = loaded;
    if (all == null) {
      synchronized (ScolomfrMatches.class) {
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
   * Returns the links of one value of the project's lists.
   *
   * @param facet the facet
   * @param conceptId the value, e.g. {@code 6e}
   * @return its links, exact ones first; empty if it has no ScoLOMFR counterpart
   * @throws IllegalStateException if the SDK's resource is missing or damaged
   */
  public static List<ConceptMatch> of(Facet facet, String conceptId) {
    Objects.requireNonNull(facet, "facet");
    Objects.requireNonNull(conceptId, "conceptId");
    return all().stream()
        .filter(match -> match.facet() == facet && match.foliosConcept().equals(conceptId))
        .sorted((a, b) -> a.kind().compareTo(b.kind())).toList();
  }

  private static List<ConceptMatch> read() {
    try (InputStream in = ScolomfrMatches.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the SDK lacks its resource " + RESOURCE
            + " next to ScolomfrMatches: rebuild or re-download folios-core");
      }
      return matches(new ObjectMapper().readTree(in).path("matches"));
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalStateException("could not read the SDK's resource " + RESOURCE
          + " (" + e.getMessage() + "): rebuild or re-download folios-core", e);
    }
  }

  private static List<ConceptMatch> matches(JsonNode matches) {
    List<ConceptMatch> all = new ArrayList<>();
    for (JsonNode match : matches) {
      all.add(new ConceptMatch(Facet.valueOf(match.path("facet").asText()),
          match.path("folios").asText(), match.path("vocabulary").asText(),
          match.path("scolomfr").asText(), ConceptMatch.Kind.valueOf(match.path("kind").asText()),
          match.path("source").asText()));
    }
    return List.copyOf(all);
  }
}
