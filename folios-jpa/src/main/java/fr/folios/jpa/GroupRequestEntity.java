package fr.folios.jpa;

import fr.folios.core.directory.EstablishmentId;
import fr.folios.core.directory.GroupId;
import fr.folios.core.directory.GroupProposal;
import fr.folios.core.directory.GroupRequest;
import fr.folios.core.directory.GroupRequestId;
import fr.folios.core.directory.PersonId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Stores a {@link GroupRequest}. */
@Entity(name = "GroupRequest")
@Table(name = "group_request")
class GroupRequestEntity implements Row<GroupRequest> {

  @Id
  @Column(name = "id", length = 64)
  private String id = "";

  @Column(name = "establishment_id", length = 64, nullable = false)
  private String establishment = "";

  @Column(name = "code", length = 100, nullable = false)
  private String code = "";

  @Column(name = "name", length = 200, nullable = false)
  private String name = "";

  @Column(name = "reason", length = 2000, nullable = false)
  private String reason = "";

  @Column(name = "requester_id", length = 64, nullable = false)
  private String requester = "";

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt = Instant.EPOCH;

  @Column(name = "status", length = 16, nullable = false)
  private String status = "";

  @Column(name = "decided_by", length = 64)
  private @Nullable String decidedBy;

  @Column(name = "decided_at")
  private @Nullable Instant decidedAt;

  @Column(name = "refusal", length = 2000)
  private @Nullable String refusal;

  @Column(name = "group_id", length = 64)
  private @Nullable String group;

  GroupRequestEntity() {
  }

  @Override
  public void assign(GroupRequest request) {
    id = request.id().value();
    establishment = request.proposal().establishment().value();
    code = request.proposal().code();
    name = request.proposal().name();
    reason = request.proposal().reason();
    requester = request.requester().value();
    requestedAt = request.requestedAt();
    status = request.status().name();
    decidedBy = request.decidedBy() == null ? null : request.decidedBy().value();
    decidedAt = request.decidedAt();
    refusal = request.refusal();
    group = request.group() == null ? null : request.group().value();
  }

  @Override
  public GroupRequest toRecord() {
    return new GroupRequest(new GroupRequestId(id),
        new GroupProposal(new EstablishmentId(establishment), code, name, reason),
        new PersonId(requester), requestedAt, GroupRequest.Status.valueOf(status),
        decidedBy == null ? null : new PersonId(decidedBy), decidedAt, refusal,
        group == null ? null : new GroupId(group));
  }
}
