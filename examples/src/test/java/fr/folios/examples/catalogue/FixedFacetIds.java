package fr.folios.examples.catalogue;

import fr.folios.core.catalogue.CatalogueResource;
import fr.folios.core.catalogue.Facet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The project's fixed facet concept identifiers, as the team's facet-ids list gives them. */
final class FixedFacetIds {

  private static final Map<Facet, Set<String>> IDS = ids();

  private FixedFacetIds() {
  }

  /** Returns "facet=value" for each value a resource carries that is not a fixed id. */
  static List<String> unknownValues(CatalogueResource resource) {
    List<String> unknown = new ArrayList<>();
    resource.facets().forEach((facet, values) -> values.stream()
        .filter(value -> !IDS.get(facet).contains(value))
        .forEach(value -> unknown.add(resource.id() + ": " + facet + "=" + value)));
    return unknown;
  }

  private static Map<Facet, Set<String>> ids() {
    Map<Facet, Set<String>> ids = new EnumMap<>(Facet.class);
    ids.put(Facet.PATHWAY, Set.of("avenir", "peac", "citoyen", "sante"));
    ids.put(Facet.LEVEL, Set.of("6e", "5e", "4e", "3e", "3e-prepa-pro", "2nde", "1re",
        "terminale", "college", "lycee", "cap-1", "cap-2", "cite-scolaire", "etablissement",
        "bts-1", "bts-2", "cpge-1", "cpge-2", "mlds"));
    ids.put(Facet.ESTABLISHMENT_TYPE, Set.of("college", "erea", "lp", "legt"));
    ids.put(Facet.ZONE, Set.of("national", "aix-marseille", "amiens", "besancon", "bordeaux",
        "clermont-ferrand", "corse", "creteil", "dijon", "grenoble", "guadeloupe", "guyane",
        "lille", "limoges", "lyon", "martinique", "mayotte", "montpellier", "nancy-metz",
        "nantes", "nice", "normandie", "orleans-tours", "paris", "poitiers", "reims", "rennes",
        "la-reunion", "strasbourg", "toulouse", "versailles"));
    ids.put(Facet.DISCIPLINE, Set.of("francais", "emc", "mathematiques", "arts", "langues",
        "eps", "histoire-geographie", "droit-economie", "sciences", "technologie", "lettres",
        "philosophie", "ses", "documentation"));
    ids.put(Facet.COMPETENCE, Set.of("socle-1", "socle-2", "socle-3", "socle-4", "socle-5"));
    ids.put(Facet.DOCUMENT_TYPE, Set.of("activite-classe", "document-information",
        "support-methodologique"));
    ids.put(Facet.THEME, Set.of("parcours-formation", "monde-economique-professionnel",
        "construire-orientation", "accompagnement-personnalise", "auto-evaluation",
        "egalite-filles-garcons", "interdisciplinarite", "education-medias",
        "enseignement-exploration", "engagement-initiative", "avec-parents",
        "valeurs-republique"));
    return ids;
  }
}
