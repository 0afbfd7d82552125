package fr.folios.core.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class GroupInvitationTest {

  private static final Instant START = Instant.parse("2025-09-15T08:00:00Z");
  private static final Instant END = START.plus(Duration.ofDays(30));

  private final GroupInvitation invitation = new GroupInvitation(GroupId.random(),
      PersonId.random(), END, PersonId.random(), START);

  @Test
  void inForceAt_endsExactlyAtItsEnd() {
    assertThat(invitation.inForceAt(START)).isTrue();
    assertThat(invitation.inForceAt(END.minusNanos(1))).isTrue();
    assertThat(invitation.inForceAt(END)).isFalse();
  }

  @Test
  void endingAt_replacesOnlyTheEnd() {
    Instant later = END.plus(Duration.ofDays(1));

    GroupInvitation extended = invitation.endingAt(later);

    assertThat(extended).isEqualTo(new GroupInvitation(invitation.group(),
        invitation.partner(), later, invitation.invitedBy(), invitation.invitedAt()));
  }

  @Test
  void new_refusesAnEndNotAfterItsStart() {
    assertThatThrownBy(() -> invitation.endingAt(START))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not after it was made at " + START + ": give a later end");
  }
}
