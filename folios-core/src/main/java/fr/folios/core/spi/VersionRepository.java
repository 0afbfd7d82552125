package fr.folios.core.spi;

import fr.folios.core.space.DocumentId;
import fr.folios.core.space.DocumentVersion;
import java.util.List;

/**
 * Stores the versions of documents whose content was replaced: every version kept, the current
 * one included. A document never replaced has no stored version; its content is its only one.
 *
 * <p>Versions are deleted before their document: stores may refuse to delete a document whose
 * versions remain. Implementations are safe for concurrent use.
 */
public interface VersionRepository {

  /**
   * Saves a version, replacing the stored one of the same document and number.
   *
   * @param version the version
   */
  void saveVersion(DocumentVersion version);

  /**
   * Returns the stored versions of a document, by number, oldest first.
   *
   * @param document the document
   * @return its versions; empty if its content was never replaced
   */
  List<DocumentVersion> versions(DocumentId document);

  /**
   * Deletes one version. Deleting a version that is not stored does nothing.
   *
   * @param document the document
   * @param number the version's number
   */
  void deleteVersion(DocumentId document, int number);

  /**
   * Deletes every version of a document. Deleting none does nothing.
   *
   * @param document the document
   */
  void deleteVersionsOf(DocumentId document);

  /**
   * Counts the versions, of every document, whose bytes are a given blob.
   *
   * @param blob the blob
   * @return how many versions use it
   */
  long countVersionsUsing(BlobKey blob);
}
