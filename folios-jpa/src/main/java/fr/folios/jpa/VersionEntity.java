package fr.folios.jpa;

import fr.folios.core.directory.PersonId;
import fr.folios.core.space.DocumentId;
import fr.folios.core.space.DocumentVersion;
import fr.folios.core.spi.BlobKey;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** Stores a {@link DocumentVersion}'s description; its bytes live in the blob store. */
@Entity(name = "DocumentVersion")
@Table(name = "document_version")
class VersionEntity implements Row<DocumentVersion> {

  @EmbeddedId
  private VersionKey key = new VersionKey("", 1);

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

  VersionEntity() {
  }

  /** Returns the key a version is stored under. */
  static VersionKey keyOf(DocumentId document, int number) {
    return new VersionKey(document.value(), number);
  }

  @Override
  public void assign(DocumentVersion version) {
    key = keyOf(version.document(), version.number());
    blob = version.blob().sha256();
    size = version.size();
    mediaType = version.mediaType();
    createdBy = version.createdBy().value();
    createdAt = version.createdAt();
  }

  @Override
  public DocumentVersion toRecord() {
    return new DocumentVersion(new DocumentId(key.document()), key.number(), new BlobKey(blob),
        size, mediaType, new PersonId(createdBy), createdAt);
  }
}
