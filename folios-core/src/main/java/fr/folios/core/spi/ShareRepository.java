package fr.folios.core.spi;

import fr.folios.core.space.DocumentId;
import fr.folios.core.space.Grantee;
import fr.folios.core.space.Share;
import fr.folios.core.space.ShareId;
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
  List<Share> sharesOf(DocumentId document);

  /**
   * Returns the shares granted to a grantee, ordered by grant time.
   *
   * @param grantee a person or a class
   * @return their shares, ended ones included
   */
  List<Share> sharesTo(Grantee grantee);
}
