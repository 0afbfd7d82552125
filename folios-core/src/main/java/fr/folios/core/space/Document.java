package fr.folios.core.space;

import fr.folios.core.directory.PersonId;
import fr.folios.core.spi.BlobKey;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A document of a space: a file, or a text written in Folios.
 *
 * @param id its identifier
 * @param space the space it belongs to
 * @param folder the folder that holds it, or {@code null} at the space's root
 * @param name its name, unique in its folder ignoring case
 * @param blob where its bytes are stored
 * @param size its size in bytes
 * @param mediaType its media type, e.g. {@code text/plain; charset=UTF-8}
 * @param createdBy who created it
 * @param createdAt when
 * @param origin where it was copied from (a catalogue resource id or a document id), or
 *     {@code null}
 * @param trashedAt when it was put in its space's trash, or {@code null} if it is not there
 */
public record Document(
    DocumentId id,
    SpaceId space,
    @Nullable FolderId folder,
    ItemName name,
    BlobKey blob,
    long size,
    String mediaType,
    PersonId createdBy,
    Instant createdAt,
    @Nullable String origin,
    @Nullable Instant trashedAt) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if the size is negative
   */
  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(space, "space");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(blob, "blob");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(createdBy, "createdBy");
    Objects.requireNonNull(createdAt, "createdAt");
    if (size < 0) {
      throw new IllegalArgumentException("document size " + size + " is negative");
    }
  }

  /**
   * Creates a document that is not in the trash.
   *
   * @param id its identifier
   * @param space the space it belongs to
   * @param folder the folder that holds it, or {@code null} at the space's root
   * @param name its name
   * @param blob where its bytes are stored
   * @param size its size in bytes
   * @param mediaType its media type
   * @param createdBy who created it
   * @param createdAt when
   * @param origin where it was copied from, or {@code null}
   * @throws IllegalArgumentException if the size is negative
   */
  public Document(DocumentId id, SpaceId space, @Nullable FolderId folder, ItemName name,
      BlobKey blob, long size, String mediaType, PersonId createdBy, Instant createdAt,
      @Nullable String origin) {
    this(id, space, folder, name, blob, size, mediaType, createdBy, createdAt, origin, null);
  }

  /** {@return whether it is in its space's trash (itself; a trashed folder may hold it too)} */
  public boolean trashed() {
    return trashedAt != null;
  }

  /**
   * Returns this document put in the trash, or taken out of it.
   *
   * @param when when it was put there, or {@code null} to take it out
   * @return the document
   */
  public Document withTrashedAt(@Nullable Instant when) {
    return new Document(id, space, folder, name, blob, size, mediaType, createdBy, createdAt,
        origin, when);
  }
}
