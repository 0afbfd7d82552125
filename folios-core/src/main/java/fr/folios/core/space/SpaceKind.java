package fr.folios.core.space;

/**
 * The three kinds of space.
 */
public enum SpaceKind {
  /** Espace individuel: one per person, carried over the years. */
  PERSONAL("personal"),
  /** Espace de classe: one per class and school year. */
  CLASS("class"),
  /** Espace de groupe: one per working group and school year. */
  GROUP("group");

  private final String label;

  SpaceKind(String label) {
    this.label = label;
  }

  /** {@return a short English label for messages} */
  public String label() {
    return label;
  }
}
