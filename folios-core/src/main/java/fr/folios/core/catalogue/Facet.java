package fr.folios.core.catalogue;

import java.util.Locale;

/**
 * The facets of the resource catalogue, as FOLIOS shows them.
 */
public enum Facet {
  /** parcours: Avenir, PEAC, Citoyen, Santé. */
  PATHWAY("parcours"),
  /** niveau: 6e … Terminale, CAP, BTS, CPGE, MLDS. */
  LEVEL("niveau"),
  /** type d'établissement: collège, EREA, LP, LEGT. */
  ESTABLISHMENT_TYPE("type d'établissement"),
  /** zone géographique: national or one académie. */
  ZONE("zone géographique"),
  /** discipline. */
  DISCIPLINE("discipline"),
  /** compétences: the five domains of the socle commun. */
  COMPETENCE("compétences"),
  /** type de document. */
  DOCUMENT_TYPE("type de document"),
  /** thématique. */
  THEME("thématique");

  private final String frenchLabel;

  Facet(String frenchLabel) {
    this.frenchLabel = frenchLabel;
  }

  /** {@return the facet's name as FOLIOS shows it to French users} */
  public String frenchLabel() {
    return frenchLabel;
  }

  /** {@return the facet's stable lower-case key, used as a field name by indexes} */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * {@return the identifier of the vocabulary whose concepts are this facet's values, e.g.
   * {@code folios-establishment-type}}
   */
  public String vocabularyId() {
    return "folios-" + key().replace('_', '-');
  }
}
