package fr.folios.core.space;

import fr.folios.core.directory.PersonId;
import fr.folios.core.spi.BlobKey;
import java.time.Instant;
import java.util.Objects;

/**
 * One version of a document's content: the first one it was created with, or one that replaced
 * it. A document's current version is its highest-numbered one; its content is the document's
 * own ({@link Document#blob()}, {@link Document#size()}, {@link Document#mediaType()}).
 *
 * @param document the document it is a version of
 * @param number its number, from 1, one more than the version it replaced
 * @param blob where its bytes are stored
 * @param size its size in bytes
 * @param mediaType its media type, told from its bytes
 * @param createdBy who wrote it (created the document, replaced its content, or restored an
 *     earlier version)
 * @param createdAt when
 */
public record DocumentVersion(DocumentId document, int number, BlobKey blob, long size,
    String mediaType, PersonId createdBy, Instant createdAt) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if the number is below 1 or the size is negative
   */
  public DocumentVersion {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(blob, "blob");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(createdBy, "createdBy");
    Objects.requireNonNull(createdAt, "createdAt");
    if (number < 1) {
      throw new IllegalArgumentException("version number " + number + " is below 1");
    }
    if (size < 0) {
      throw new IllegalArgumentException("version size " + size + " is negative");
    }
  }

  /**
   * Returns the first version of a document never replaced: its own content, by its creator.
   *
   * @param document the document
   * @return its version 1
   */
  public static DocumentVersion first(Document document) {
    return new DocumentVersion(document.id(), 1, document.blob(), document.size(),
        document.mediaType(), document.createdBy(), document.createdAt());
  }
}
