package fr.folios.core.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class GroupRequestTest {

  private static final Instant NOW = Instant.parse("2025-09-15T08:00:00Z");

  private final GroupProposal proposal = new GroupProposal(EstablishmentId.random(), "ECO",
      "Éco-délégués", "Projet");
  private final PersonId teacher = PersonId.random();
  private final PersonId admin = PersonId.random();

  @Test
  void ask_isPending() {
    GroupRequest request = GroupRequest.ask(proposal, teacher, NOW);

    assertThat(request.pending()).isTrue();
    assertThat(request.status()).isEqualTo(GroupRequest.Status.PENDING);
    assertThat(request.decidedBy()).isNull();
    assertThat(request.group()).isNull();
  }

  @Test
  void approve_recordsWhoWhenAndTheGroup() {
    GroupId group = GroupId.random();

    GroupRequest approved = GroupRequest.ask(proposal, teacher, NOW).approve(admin, NOW, group);

    assertThat(approved.status()).isEqualTo(GroupRequest.Status.APPROVED);
    assertThat(approved.decidedBy()).isEqualTo(admin);
    assertThat(approved.group()).isEqualTo(group);
    assertThat(approved.pending()).isFalse();
  }

  @Test
  void refuse_recordsTheStrippedReason() {
    GroupRequest refused = GroupRequest.ask(proposal, teacher, NOW).refuse(admin, NOW,
        " Pas cette année ");

    assertThat(refused.status()).isEqualTo(GroupRequest.Status.REFUSED);
    assertThat(refused.refusal()).isEqualTo("Pas cette année");
  }

  @Test
  void new_refusesPartsThatDisagreeWithTheStatus() {
    assertThatThrownBy(() -> new GroupRequest(GroupRequestId.random(), proposal, teacher, NOW,
        GroupRequest.Status.APPROVED, admin, NOW, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is APPROVED but has");
    assertThatThrownBy(() -> new GroupRequest(GroupRequestId.random(), proposal, teacher, NOW,
        GroupRequest.Status.PENDING, admin, null, null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
