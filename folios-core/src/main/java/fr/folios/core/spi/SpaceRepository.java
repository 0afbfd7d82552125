package fr.folios.core.spi;

import fr.folios.core.space.Document;
import fr.folios.core.space.DocumentId;
import fr.folios.core.space.Folder;
import fr.folios.core.space.FolderId;
import fr.folios.core.space.Space;
import fr.folios.core.space.SpaceId;
import fr.folios.core.space.SpaceKind;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Stores spaces, their folders and their documents.
 *
 * <p>Implementations are safe for concurrent use.
 */
public interface SpaceRepository {

  /**
   * Saves a space, with its usage.
   *
   * @param space the space
   * @throws fr.folios.core.ConflictException if another space has the same kind and owner
   */
  void saveSpace(Space space);

  /**
   * Finds a space.
   *
   * @param id its identifier
   * @return it, or empty
   */
  Optional<Space> findSpace(SpaceId id);

  /**
   * Finds a space and locks it until the current transaction ends, so that concurrent changes
   * of its usage are serialised.
   *
   * @param id its identifier
   * @return it, or empty
   */
  Optional<Space> lockSpace(SpaceId id);

  /**
   * Finds the space of an owner.
   *
   * @param kind the kind of space
   * @param owner the owner's identifier: a person, a class or a group
   * @return it, or empty
   */
  Optional<Space> findSpaceByOwner(SpaceKind kind, String owner);

  /**
   * Saves a folder.
   *
   * @param folder the folder
   */
  void saveFolder(Folder folder);

  /**
   * Finds a folder.
   *
   * @param id its identifier
   * @return it, or empty
   */
  Optional<Folder> findFolder(FolderId id);

  /**
   * Returns the folders directly under a parent that are not in the trash, ordered by name key.
   *
   * @param space the space
   * @param parent the parent folder, or {@code null} for the space's root
   * @return the folders
   */
  List<Folder> folders(SpaceId space, @Nullable FolderId parent);

  /**
   * Saves a document.
   *
   * @param document the document
   */
  void saveDocument(Document document);

  /**
   * Finds a document.
   *
   * @param id its identifier
   * @return it, or empty
   */
  Optional<Document> findDocument(DocumentId id);

  /**
   * Deletes a document and every share of it. Deleting a document that is not stored does
   * nothing. The space's usage and the document's blob are left to the caller.
   *
   * @param id the document's identifier
   */
  void deleteDocument(DocumentId id);

  /**
   * Returns the documents directly in a folder that are not in the trash, ordered by name key.
   *
   * @param space the space
   * @param folder the folder, or {@code null} for the space's root
   * @return the documents
   */
  List<Document> documents(SpaceId space, @Nullable FolderId folder);

  /**
   * Counts the documents, in every space, whose bytes are a given blob.
   *
   * @param blob the blob
   * @return how many documents use it
   */
  long countDocumentsUsing(BlobKey blob);

  /**
   * Returns the folders of a space put in its trash themselves (not those a trashed folder
   * holds), by name.
   *
   * @param space the space
   * @return the folders
   */
  List<Folder> trashedFolders(SpaceId space);

  /**
   * Returns the documents of a space put in its trash themselves (not those a trashed folder
   * holds), by name.
   *
   * @param space the space
   * @return the documents
   */
  List<Document> trashedDocuments(SpaceId space);

  /**
   * Deletes a folder for good; it must hold nothing any more. Deleting a missing folder does
   * nothing.
   *
   * @param id the folder
   */
  void deleteFolder(FolderId id);

  /**
   * Deletes a space for good; it must hold no folder and no document any more, trashed ones
   * included. Its kind and owner are then free for a new space. Deleting a missing space does
   * nothing.
   *
   * @param id the space
   */
  void deleteSpace(SpaceId id);

  /**
   * Returns a page of every document of every space, trashed ones included, for a job that
   * goes through them all (a reindex): the documents whose identifiers come after one, in the
   * order of their identifiers.
   *
   * @param after the last document of the previous page, or {@code null} for the first page
   * @param limit the most documents to return, at least 1
   * @return up to {@code limit} documents in the order of their identifiers; fewer at the end
   */
  List<Document> documentsAfter(@Nullable DocumentId after, int limit);

  /** {@return how many documents every space holds, trashed ones included} */
  long countDocuments();

  /**
   * Tells whether a folder directly holds a folder or a document, out of the trash, whose name
   * key ({@link fr.folios.core.space.ItemName#key()}) is a given one: whether a new item of that
   * name would clash with one already there.
   *
   * <p>The default lists the folder's items and compares their keys, which reads every item of
   * the folder; a store holding large folders answers from an index instead.
   *
   * @param space the space
   * @param folder the folder, or {@code null} for the space's root
   * @param nameKey the name key looked for
   * @return {@code true} if an item of the folder holds it
   */
  default boolean nameTaken(SpaceId space, @Nullable FolderId folder, String nameKey) {
    return folders(space, folder).stream().anyMatch(f -> f.name().key().equals(nameKey))
        || documents(space, folder).stream().anyMatch(d -> d.name().key().equals(nameKey));
  }
}
