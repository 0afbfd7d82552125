package fr.folios.core.space;

import java.util.Objects;

/**
 * What a share is granted on: one document, or a folder with everything beneath it.
 *
 * @param kind a document or a folder
 * @param id the document's or the folder's identifier
 */
public record SharedItem(Kind kind, String id) {

  /** The kinds of item that may be shared. */
  public enum Kind {
    /** One document. */
    DOCUMENT,
    /** A folder, with every folder and document beneath it. */
    FOLDER
  }

  /** Checks the parts. */
  public SharedItem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
  }

  /**
   * Returns the item for a document.
   *
   * @param document the document
   * @return the item
   */
  public static SharedItem document(DocumentId document) {
    return new SharedItem(Kind.DOCUMENT, document.value());
  }

  /**
   * Returns the item for a folder.
   *
   * @param folder the folder
   * @return the item
   */
  public static SharedItem folder(FolderId folder) {
    return new SharedItem(Kind.FOLDER, folder.value());
  }

  /** {@return {@code true} if the item is a folder} */
  public boolean isFolder() {
    return kind == Kind.FOLDER;
  }
}
