package fr.folios.core.directory;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One of the thirty French académies. Every establishment belongs to one, though the directory
 * does not always say which.
 *
 * @param code a lower-case slug of the name, e.g. {@code aix-marseille}; also the catalogue's
 *     zone identifier
 * @param name the name as written in French, e.g. {@code Aix-Marseille}
 */
public record Academy(String code, String name) {

  /** The thirty académies, in alphabetical order of their code. */
  public static final List<Academy> ALL = List.of(
      new Academy("aix-marseille", "Aix-Marseille"), new Academy("amiens", "Amiens"),
      new Academy("besancon", "Besançon"), new Academy("bordeaux", "Bordeaux"),
      new Academy("clermont-ferrand", "Clermont-Ferrand"), new Academy("corse", "Corse"),
      new Academy("creteil", "Créteil"), new Academy("dijon", "Dijon"),
      new Academy("grenoble", "Grenoble"), new Academy("guadeloupe", "Guadeloupe"),
      new Academy("guyane", "Guyane"), new Academy("la-reunion", "La Réunion"),
      new Academy("lille", "Lille"), new Academy("limoges", "Limoges"),
      new Academy("lyon", "Lyon"), new Academy("martinique", "Martinique"),
      new Academy("mayotte", "Mayotte"), new Academy("montpellier", "Montpellier"),
      new Academy("nancy-metz", "Nancy-Metz"), new Academy("nantes", "Nantes"),
      new Academy("nice", "Nice"), new Academy("normandie", "Normandie"),
      new Academy("orleans-tours", "Orléans-Tours"), new Academy("paris", "Paris"),
      new Academy("poitiers", "Poitiers"), new Academy("reims", "Reims"),
      new Academy("rennes", "Rennes"), new Academy("strasbourg", "Strasbourg"),
      new Academy("toulouse", "Toulouse"), new Academy("versailles", "Versailles"));

  /** Checks the parts. */
  public Academy {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
  }

  /**
   * Finds an académie by name or code, ignoring case and accents and taking spaces, hyphens and
   * other punctuation alike, so that the directory's {@code AIX-MARSEILLE} and
   * {@code Aix Marseille} both match.
   *
   * @param text a name or code
   * @return the académie, or empty if none matches (the old académies of Caen and Rouen, merged
   *     into Normandie in 2020, match Normandie)
   */
  public static Optional<Academy> find(String text) {
    String key = slug(text);
    if (key.equals("caen") || key.equals("rouen")) {
      key = "normandie";
    }
    for (Academy academy : ALL) {
      if (academy.code.equals(key)) {
        return Optional.of(academy);
      }
    }
    return Optional.empty();
  }

  static String slug(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-");
    return folded.replaceAll("^-|-$", "");
  }
}
