package fr.folios.examples.catalogue;

import fr.folios.core.directory.Academy;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Turns the académie a source file names into ZONE concept identifiers. */
final class Zones {

  static final String NATIONAL = "national";

  /**
   * How ONISEP names New Caledonia, French Polynesia, Wallis-and-Futuna and
   * Saint-Pierre-and-Miquelon ("Collectivités d'Outre-Mer"): served by vice-rectorats, not by
   * one of the thirty académies.
   */
  private static final String OVERSEAS_COLLECTIVITIES = "collectivit";

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
    Optional<Academy> found = Academy.find(academy);
    if (found.isPresent()) {
      return Optional.of(Set.of(found.get().code()));
    }
    boolean overseas = academy.strip().toLowerCase(Locale.ROOT)
        .startsWith(OVERSEAS_COLLECTIVITIES);
    return overseas ? Optional.of(Set.of()) : Optional.empty();
  }
}
