package fr.folios.core.space;

/**
 * What to do when an item is renamed, moved or copied to a folder that already holds an item
 * of the same name (compared as {@link ItemName#key()}: ignoring case, after normalisation).
 * Existing items are never renamed.
 */
public enum NameConflict {
  /** Refuse, naming the item that holds the name: the caller chooses another. */
  REFUSE,
  /**
   * Number the new item, "rapport (1).pdf", "rapport (2).pdf"…, taking the first free number;
   * refused if the numbered name would pass {@link ItemName#MAX_BYTES} bytes.
   */
  SUFFIX
}
