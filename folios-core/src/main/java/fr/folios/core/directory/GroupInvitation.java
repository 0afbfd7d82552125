package fr.folios.core.directory;

import java.time.Instant;
import java.util.Objects;

/**
 * An external partner's invitation into a working group, until an end date: while it is in
 * force, the partner sees the group's members, they see the partner, and they may share with
 * each other.
 *
 * <p>A group and a partner have at most one invitation; inviting again replaces its end date.
 *
 * @param group the group
 * @param partner the invited person, of profile {@link Profile#EXTERNAL_PARTNER}
 * @param endsAt the instant it ends; the invitation is not in force from then on
 * @param invitedBy the establishment administrator who invited them
 * @param invitedAt when they were first invited
 */
public record GroupInvitation(
    GroupId group, PersonId partner, Instant endsAt, PersonId invitedBy, Instant invitedAt) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if it ends before it starts
   */
  public GroupInvitation {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(partner, "partner");
    Objects.requireNonNull(endsAt, "endsAt");
    Objects.requireNonNull(invitedBy, "invitedBy");
    Objects.requireNonNull(invitedAt, "invitedAt");
    if (!endsAt.isAfter(invitedAt)) {
      throw new IllegalArgumentException("invitation of " + partner + " into group " + group
          + " ends at " + endsAt + ", not after it was made at " + invitedAt
          + ": give a later end");
    }
  }

  /**
   * Tells whether the invitation is in force at an instant.
   *
   * @param now the instant
   * @return {@code true} if {@code now} is before its end
   */
  public boolean inForceAt(Instant now) {
    return now.isBefore(endsAt);
  }

  /**
   * Returns a copy ending at another instant, as inviting again does.
   *
   * @param newEnd the new end, after {@link #invitedAt}
   * @return the updated invitation
   * @throws IllegalArgumentException if the new end is not after {@link #invitedAt}
   */
  public GroupInvitation endingAt(Instant newEnd) {
    return new GroupInvitation(group, partner, newEnd, invitedBy, invitedAt);
  }
}
