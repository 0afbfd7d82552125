package fr.folios.core.space;

import fr.folios.core.directory.PersonId;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A share (partage): a right on a document or a folder, granted to a person, a class space or
 * a group space.
 *
 * <p>A share on a folder covers everything beneath it, at any depth, for as long as it is
 * there. A re-share names its {@code source}, the share through which its grantor read the
 * item: it holds only while that share is in force and still reaches the grantor, and it is
 * revoked with it.
 *
 * @param id its identifier
 * @param item the document or folder shared
 * @param grantee who receives it
 * @param permission what the grantee may do
 * @param grantedBy who shared it
 * @param grantedAt when
 * @param endsAt when the share ends, or {@code null} if it lasts until revoked
 * @param source the share this one re-shares, or {@code null} if granted by a writer of the
 *     item's space
 */
public record Share(
    ShareId id, SharedItem item, Grantee grantee, Permission permission, PersonId grantedBy,
    Instant grantedAt, @Nullable Instant endsAt, @Nullable ShareId source) {

  /** Checks the parts. */
  public Share {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(grantee, "grantee");
    Objects.requireNonNull(permission, "permission");
    Objects.requireNonNull(grantedBy, "grantedBy");
    Objects.requireNonNull(grantedAt, "grantedAt");
  }

  /**
   * Creates a read share of a document, granted by a writer of its space.
   *
   * @param id its identifier
   * @param document the document shared
   * @param grantee who may read it
   * @param grantedBy who shared it
   * @param grantedAt when
   * @param endsAt when the share ends, or {@code null} if it lasts until revoked
   */
  public Share(ShareId id, DocumentId document, Grantee grantee, PersonId grantedBy,
      Instant grantedAt, @Nullable Instant endsAt) {
    this(id, SharedItem.document(document), grantee, Permission.READ, grantedBy, grantedAt,
        endsAt, null);
  }

  /**
   * Returns the shared document.
   *
   * @return the document's identifier
   * @throws IllegalStateException if the share is on a folder: see {@link #item()}
   */
  public DocumentId document() {
    if (item.isFolder()) {
      throw new IllegalStateException("share " + id + " is on folder " + item.id()
          + ", not on a document: read its item()");
    }
    return new DocumentId(item.id());
  }

  /**
   * Tells whether the share is in force at an instant.
   *
   * @param now the instant
   * @return {@code true} if it has not ended
   */
  public boolean activeAt(Instant now) {
    return endsAt == null || now.isBefore(endsAt);
  }

  /**
   * Returns this share with another end.
   *
   * @param newEnd the new end, or {@code null} for none
   * @return the share, ending then
   */
  public Share endingAt(@Nullable Instant newEnd) {
    return new Share(id, item, grantee, permission, grantedBy, grantedAt, newEnd, source);
  }
}
