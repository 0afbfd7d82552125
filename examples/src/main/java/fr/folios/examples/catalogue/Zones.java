package fr.folios.examples.catalogue;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Turns the académie a source file names into ZONE concept identifiers. */
final class Zones {

  static final String NATIONAL = "national";

  private static final Set<String> ACADEMIES = Set.of(
      "aix-marseille", "amiens", "besancon", "bordeaux", "clermont-ferrand", "corse",
      "creteil", "dijon", "grenoble", "guadeloupe", "guyane", "lille", "limoges", "lyon",
      "martinique", "mayotte", "montpellier", "nancy-metz", "nantes", "nice", "normandie",
      "orleans-tours", "paris", "poitiers", "reims", "rennes", "la-reunion", "strasbourg",
      "toulouse", "versailles");

  /**
   * ONISEP's name for New Caledonia, French Polynesia, Wallis-and-Futuna and
   * Saint-Pierre-and-Miquelon: served by vice-rectorats, not by one of the thirty académies.
   */
  private static final String OVERSEAS_COLLECTIVITIES = "collectivites-d-outre-mer";

  private Zones() {
  }

  /**
   * Returns the zones of a record that names an académie.
   *
   * @param academy the name as the file writes it, e.g. {@code Orléans-Tours}; blank if none
   * @return {@code national} for a blank name, the académie's slug for one of the thirty, no
   *     zone at all for the overseas collectivities; empty if the name is none of these
   */
  static Optional<Set<String>> ofAcademy(String academy) {
    if (academy.isBlank()) {
      return Optional.of(Set.of(NATIONAL));
    }
    String slug = slug(academy);
    if (slug.equals(OVERSEAS_COLLECTIVITIES)) {
      return Optional.of(Set.of());
    }
    return ACADEMIES.contains(slug) ? Optional.of(Set.of(slug)) : Optional.empty();
  }

  private static String slug(String name) {
    String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    String dashed = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");

    return dashed.replaceAll("^-|-$", "");
  }
}
