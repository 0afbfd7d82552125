package fr.folios.core.space;

/**
 * The four limits that every space enforces.
 */
public enum Limit {
  /** Total bytes held by the space. */
  SPACE_BYTES("total size"),
  /** Number of documents in the space. */
  DOCUMENTS("documents"),
  /** Number of folders in the space. */
  FOLDERS("folders"),
  /** Size of one file. */
  FILE_BYTES("size of one file");

  private final String label;

  Limit(String label) {
    this.label = label;
  }

  /** {@return a short human label, used in messages and reports} */
  public String label() {
    return label;
  }
}
