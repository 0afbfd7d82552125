package fr.folios.jpa;

import fr.folios.core.directory.PersonId;
import fr.folios.core.space.DocumentId;
import fr.folios.core.space.Grantee;
import fr.folios.core.space.Share;
import fr.folios.core.space.ShareId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Stores a {@link Share}. */
@Entity(name = "Share")
@Table(name = "document_share")
class ShareEntity implements Row<Share> {

  @Id
  @Column(name = "id", length = 64)
  private String id = "";

  @Column(name = "document_id", length = 64, nullable = false)
  private String document = "";

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
    document = share.document().value();
    granteeKind = share.grantee().kind().name();
    granteeId = share.grantee().id();
    grantedBy = share.grantedBy().value();
    grantedAt = share.grantedAt();
    endsAt = share.endsAt();
  }

  @Override
  public Share toRecord() {
    return new Share(new ShareId(id), new DocumentId(document),
        new Grantee(Grantee.Kind.valueOf(granteeKind), granteeId), new PersonId(grantedBy),
        grantedAt, endsAt);
  }
}
