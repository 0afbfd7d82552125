package fr.folios.jpa;

import fr.folios.core.directory.PersonId;
import fr.folios.core.space.Document;
import fr.folios.core.space.DocumentId;
import fr.folios.core.space.FolderId;
import fr.folios.core.space.ItemName;
import fr.folios.core.space.SpaceId;
import fr.folios.core.spi.BlobKey;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Stores a {@link Document}'s description; its bytes live in the blob store. */
@Entity(name = "Document")
@Table(name = "document")
class DocumentEntity implements Row<Document> {

  @Id
  @Column(name = "id", length = 64)
  private String id = "";

  @Column(name = "space_id", length = 64, nullable = false)
  private String space = "";

  @Column(name = "folder_id", length = 64)
  private @Nullable String folder;

  @Column(name = "name", length = 255, nullable = false)
  private String name = "";

  @Column(name = "name_key", length = 1024, nullable = false)
  private String nameKey = "";

  @Column(name = "blob_key", length = 64, nullable = false)
  private String blob = "";

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Column(name = "media_type", length = 255, nullable = false)
  private String mediaType = "";

  @Column(name = "created_by", length = 64, nullable = false)
  private String createdBy = "";

  @Column(name = "created_at", nullable = false)
  private Instant createdAt = Instant.EPOCH;

  @Column(name = "origin", length = 255)
  private @Nullable String origin;

  @Column(name = "trashed_at")
  private @Nullable Instant trashedAt;

  DocumentEntity() {
  }

  @Override
  public void assign(Document document) {
    id = document.id().value();
    space = document.space().value();
    FolderId folderId = document.folder();
    folder = folderId == null ? null : folderId.value();
    name = document.name().value();
    nameKey = document.name().key();
    blob = document.blob().sha256();
    size = document.size();
    mediaType = document.mediaType();
    createdBy = document.createdBy().value();
    createdAt = document.createdAt();
    origin = document.origin();
    trashedAt = document.trashedAt();
  }

  @Override
  public Document toRecord() {
    return new Document(new DocumentId(id), new SpaceId(space),
        folder == null ? null : new FolderId(folder), new ItemName(name), new BlobKey(blob),
        size, mediaType, new PersonId(createdBy), createdAt, origin, trashedAt);
  }
}
