package fr.folios.core.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** When a {@link GroupInvitation} is in force, for every instant. */
class GroupInvitationProperties {

  private static final Instant START = Instant.parse("2025-09-15T08:00:00Z");
  private static final Instant END = START.plus(Duration.ofDays(30));

  private final GroupInvitation invitation = new GroupInvitation(GroupId.random(),
      PersonId.random(), END, PersonId.random(), START);

  @Property
  @Label("an invitation is in force at an instant exactly when the instant is before its end")
  void inForceExactlyBeforeItsEnd(
      @ForAll @LongRange(min = 0, max = 86_400L * 60) long secondsAfterStart) {
    Instant now = START.plusSeconds(secondsAfterStart);

    assertThat(invitation.inForceAt(now)).isEqualTo(now.isBefore(END));
  }
}
