package fr.folios.core.directory;

/**
 * The five profiles of FOLIOS. A person has exactly one.
 */
public enum Profile {
  /** Élève. */
  STUDENT("élève"),
  /** Équipe éducative: teachers, CPE, documentalistes, direction, PsyEN. */
  EDUCATIONAL_STAFF("équipe éducative"),
  /** Administrateur établissement. */
  ESTABLISHMENT_ADMIN("administrateur établissement"),
  /** Partenaire extérieur: invited, time-bounded. */
  EXTERNAL_PARTNER("partenaire extérieur"),
  /** Parent (responsable légal), linked to their children. */
  PARENT("parent");

  private final String frenchLabel;

  Profile(String frenchLabel) {
    this.frenchLabel = frenchLabel;
  }

  /** {@return the French label} */
  public String frenchLabel() {
    return frenchLabel;
  }
}
