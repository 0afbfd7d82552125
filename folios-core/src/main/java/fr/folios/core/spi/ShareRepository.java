package fr.folios.core.spi;

import fr.folios.core.space.DocumentId;
import fr.folios.core.space.Grantee;
import fr.folios.core.space.Share;
import fr.folios.core.space.ShareId;
import fr.folios.core.space.SharedItem;
import java.util.List;
import java.util.Optional;

/**
 * Stores shares.
 *
 * <p>Implementations are safe for concurrent use.
 */
public interface ShareRepository {

  /**
   * Saves a share.
   *
   * @param share the share
   */
  void saveShare(Share share);

  /**
   * Finds a share.
   *
   * @param id its identifier
   * @return it, ended or not, or empty
   */
  Optional<Share> findShare(ShareId id);

  /**
   * Deletes a share. Deleting a share that is not stored does nothing.
   *
   * @param id the share's identifier
   */
  void deleteShare(ShareId id);

  /**
   * Returns the shares of a document, ordered by grant time.
   *
   * @param document the document
   * @return its shares, ended ones included
   */
  default List<Share> sharesOf(DocumentId document) {
    return sharesOf(SharedItem.document(document));
  }

  /**
   * Returns the shares of a document or a folder (not those of the folders above it), ordered
   * by grant time.
   *
   * @param item the document or folder
   * @return its shares, ended ones included
   */
  List<Share> sharesOf(SharedItem item);

  /**
   * Returns the re-shares made from a share (one level, not theirs), ordered by grant time.
   *
   * @param source the share re-shared
   * @return the shares whose source it is, ended ones included
   */
  List<Share> resharesOf(ShareId source);

  /**
   * Returns the shares granted to a grantee, ordered by grant time.
   *
   * @param grantee a person or a class
   * @return their shares, ended ones included
   */
  List<Share> sharesTo(Grantee grantee);
}
