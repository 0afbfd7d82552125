package fr.folios.core.space;

import fr.folios.core.directory.PersonId;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A share (partage): the right to read a document, granted to a person or a class.
 *
 * @param id its identifier
 * @param document the document shared
 * @param grantee who may read it
 * @param grantedBy who shared it
 * @param grantedAt when
 * @param endsAt when the share ends, or {@code null} if it lasts until revoked
 */
public record Share(
    ShareId id, DocumentId document, Grantee grantee, PersonId grantedBy, Instant grantedAt,
    @Nullable Instant endsAt) {

  /** Checks the parts. */
  public Share {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(grantee, "grantee");
    Objects.requireNonNull(grantedBy, "grantedBy");
    Objects.requireNonNull(grantedAt, "grantedAt");
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
}
