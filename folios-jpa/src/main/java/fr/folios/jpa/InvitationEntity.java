package fr.folios.jpa;

import fr.folios.core.directory.GroupId;
import fr.folios.core.directory.GroupInvitation;
import fr.folios.core.directory.PersonId;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** Stores a {@link GroupInvitation}. */
@Entity(name = "GroupInvitation")
@Table(name = "group_invitation")
class InvitationEntity implements Row<GroupInvitation> {

  @EmbeddedId
  private InvitationKey key = new InvitationKey("", "");

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt = Instant.EPOCH;

  @Column(name = "invited_by", length = 64, nullable = false)
  private String invitedBy = "";

  @Column(name = "invited_at", nullable = false)
  private Instant invitedAt = Instant.EPOCH;

  InvitationEntity() {
  }

  /** Returns the key an invitation is stored under. */
  static InvitationKey keyOf(GroupId group, PersonId partner) {
    return new InvitationKey(group.value(), partner.value());
  }

  @Override
  public void assign(GroupInvitation invitation) {
    key = keyOf(invitation.group(), invitation.partner());
    endsAt = invitation.endsAt();
    invitedBy = invitation.invitedBy().value();
    invitedAt = invitation.invitedAt();
  }

  @Override
  public GroupInvitation toRecord() {
    return new GroupInvitation(new GroupId(key.group()), new PersonId(key.partner()), endsAt,
        new PersonId(invitedBy), invitedAt);
  }
}
