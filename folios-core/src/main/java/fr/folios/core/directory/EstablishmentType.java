package fr.folios.core.directory;

import java.util.Set;

/**
 * The kind of an establishment, from the official nature codes of the national directory.
 */
public enum EstablishmentType {
  /** Collège (nature 340). */
  COLLEGE("Collège", Set.of("340")),
  /** Lycée d'enseignement général et technologique (natures 300, 302, 335). */
  LEGT("LEGT", Set.of("300", "302", "335")),
  /** Lycée polyvalent (nature 306). */
  LPO("Lycée polyvalent", Set.of("306")),
  /** Lycée professionnel (natures 320, 334). */
  LP("LP", Set.of("320", "334")),
  /** Établissement régional d'enseignement adapté (nature 370). */
  EREA("EREA", Set.of("370")),
  /** Any other structure: services, replacement zones, schools outside the second degree. */
  OTHER("Autre", Set.of());

  private final String label;
  private final Set<String> natureCodes;

  EstablishmentType(String label, Set<String> natureCodes) {
    this.label = label;
    this.natureCodes = natureCodes;
  }

  /** {@return the French label} */
  public String label() {
    return label;
  }

  /**
   * Returns the type of an official nature code.
   *
   * @param natureCode a code such as {@code 340}
   * @return the matching type, or {@link #OTHER}
   */
  public static EstablishmentType ofNatureCode(String natureCode) {
    for (EstablishmentType type : values()) {
      if (type.natureCodes.contains(natureCode.strip())) {
        return type;
      }
    }
    return OTHER;
  }
}
