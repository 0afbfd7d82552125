package fr.folios.jpa;

import fr.folios.core.directory.PersonId;
import fr.folios.core.space.Permission;
import fr.folios.core.space.Grantee;
import fr.folios.core.space.Share;
import fr.folios.core.space.ShareId;
import fr.folios.core.space.SharedItem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Stores a {@link Share}. */
@Entity(name = "Share")
@Table(name = "document_share")
class ShareEntity implements Row<Share> {

  @Id
  @Column(name = "id", length = 64)
  private String id = "";

  @Column(name = "document_id", length = 64)
  private @Nullable String document;

  @Column(name = "folder_id", length = 64)
  private @Nullable String folder;

  @Column(name = "permission", length = 16, nullable = false)
  private String permission = "";

  @Column(name = "source_id", length = 64)
  private @Nullable String source;

  @Column(name = "grantee_kind", length = 16, nullable = false)
  private String granteeKind = "";

  @Column(name = "grantee_id", length = 64, nullable = false)
  private String granteeId = "";

  @Column(name = "granted_by", length = 64, nullable = false)
  private String grantedBy = "";

  @Column(name = "granted_at", nullable = false)
  private Instant grantedAt = Instant.EPOCH;

  @Column(name = "ends_at")
  private @Nullable Instant endsAt;

  ShareEntity() {
  }

  @Override
  public void assign(Share share) {
    id = share.id().value();
    boolean onFolder = share.item().isFolder();
    document = onFolder ? null : share.item().id();
    folder = onFolder ? share.item().id() : null;
    permission = share.permission().name();
    source = share.source() == null ? null : share.source().value();
    granteeKind = share.grantee().kind().name();
    granteeId = share.grantee().id();
    grantedBy = share.grantedBy().value();
    grantedAt = share.grantedAt();
    endsAt = share.endsAt();
  }

  @Override
  public Share toRecord() {
    SharedItem item = folder != null ? new SharedItem(SharedItem.Kind.FOLDER, folder)
        : new SharedItem(SharedItem.Kind.DOCUMENT, Objects.requireNonNull(document));
    return new Share(new ShareId(id), item,
        new Grantee(Grantee.Kind.valueOf(granteeKind), granteeId),
        Permission.valueOf(permission), new PersonId(grantedBy), grantedAt, endsAt,
        source == null ? null : new ShareId(source));
  }
}
