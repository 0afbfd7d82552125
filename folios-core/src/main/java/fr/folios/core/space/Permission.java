package fr.folios.core.space;

/**
 * What a share lets its grantee do with the shared item.
 *
 * <p>{@link #READ} lets them read the document, or every document beneath the folder, at any
 * depth, including documents added or moved in later. {@link #CONTRIBUTE}, on a folder only,
 * lets them read it the same way and also add documents beneath it (counted against the
 * folder's space) and rename the documents they added there while the share is in force; what
 * they added stays in the space when the share ends.
 */
public enum Permission {
  /** Read the item and, for a folder, everything beneath it. */
  READ,
  /** Read a folder and add documents beneath it, and rename what one added. */
  CONTRIBUTE
}
