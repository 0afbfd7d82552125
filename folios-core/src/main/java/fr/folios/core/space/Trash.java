package fr.folios.core.space;

import java.util.List;

/**
 * What a space's trash holds: the folders and documents put there themselves (a trashed
 * folder holds its content with it).
 *
 * @param folders the trashed folders, by name
 * @param documents the trashed documents, by name
 */
public record Trash(List<Folder> folders, List<Document> documents) {

  /** Copies the lists. */
  public Trash {
    folders = List.copyOf(folders);
    documents = List.copyOf(documents);
  }

  /** {@return whether the trash holds nothing} */
  public boolean isEmpty() {
    return folders.isEmpty() && documents.isEmpty();
  }
}
