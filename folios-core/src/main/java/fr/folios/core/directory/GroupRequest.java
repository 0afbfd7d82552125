package fr.folios.core.directory;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A staff member's request for a new working group, which the establishment's administrator
 * approves (the group is then created) or refuses, once.
 *
 * @param id its identifier
 * @param proposal what was asked for
 * @param requester the member of the educational staff who asked
 * @param requestedAt when they asked
 * @param status pending, approved or refused
 * @param decidedBy the administrator who decided, or {@code null} while pending
 * @param decidedAt when it was decided, or {@code null} while pending
 * @param refusal why it was refused, or {@code null} unless refused
 * @param group the group created, or {@code null} unless approved
 */
public record GroupRequest(
    GroupRequestId id,
    GroupProposal proposal,
    PersonId requester,
    Instant requestedAt,
    Status status,
    @Nullable PersonId decidedBy,
    @Nullable Instant decidedAt,
    @Nullable String refusal,
    @Nullable GroupId group) {

  /** Where a request stands. */
  public enum Status {
    /** Asked for, not decided yet. */
    PENDING,
    /** Approved: the group exists. */
    APPROVED,
    /** Refused, with a reason. */
    REFUSED
  }

  /**
   * Checks that the parts agree with the status.
   *
   * @throws IllegalArgumentException if a decided request lacks who decided or when, an
   *     approved one its group, a refused one its reason, or a pending one has any of them
   */
  public GroupRequest {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(proposal, "proposal");
    Objects.requireNonNull(requester, "requester");
    Objects.requireNonNull(requestedAt, "requestedAt");
    Objects.requireNonNull(status, "status");
    boolean decided = decidedBy != null && decidedAt != null;
    boolean consistent = switch (status) {
      case PENDING -> decidedBy == null && decidedAt == null && refusal == null && group == null;
      case APPROVED -> decided && refusal == null && group != null;
      case REFUSED -> decided && refusal != null && group == null;
    };
    if (!consistent) {
      throw new IllegalArgumentException("group request " + id + " is " + status
          + " but has decidedBy=" + decidedBy + ", decidedAt=" + decidedAt + ", refusal="
          + refusal + ", group=" + group + ": a pending request has none of them, an approved"
          + " one a decider, a date and a group, a refused one a decider, a date and a reason");
    }
  }

  /**
   * Creates a pending request.
   *
   * @param proposal what is asked for
   * @param requester who asks
   * @param now when they ask
   * @return the request, with a new identifier
   */
  public static GroupRequest ask(GroupProposal proposal, PersonId requester, Instant now) {
    return new GroupRequest(GroupRequestId.random(), proposal, requester, now, Status.PENDING,
        null, null, null, null);
  }

  /** {@return {@code true} while the request waits for a decision} */
  public boolean pending() {
    return status == Status.PENDING;
  }

  /**
   * Returns the request approved.
   *
   * @param by the administrator who approves it
   * @param at when
   * @param created the group created for it
   * @return the approved request
   * @throws IllegalStateException if it was already decided
   */
  public GroupRequest approve(PersonId by, Instant at, GroupId created) {
    checkPending();
    return new GroupRequest(id, proposal, requester, requestedAt, Status.APPROVED, by, at,
        null, created);
  }

  /**
   * Returns the request refused.
   *
   * @param by the administrator who refuses it
   * @param at when
   * @param reason why, 1 to {@value GroupProposal#MAX_REASON_LENGTH} characters once stripped
   * @return the refused request
   * @throws IllegalStateException if it was already decided
   * @throws fr.folios.core.InvalidInputException if the reason is blank, too long, or holds a
   *     control character other than line breaks and tabs
   */
  public GroupRequest refuse(PersonId by, Instant at, String reason) {
    String why = GroupProposal.text("reason for refusing", reason,
        GroupProposal.MAX_REASON_LENGTH);
    checkPending();
    return new GroupRequest(id, proposal, requester, requestedAt, Status.REFUSED, by, at, why,
        null);
  }

  private void checkPending() {
    if (!pending()) {
      throw new IllegalStateException("group request " + id + " for '" + proposal.code()
          + "' was already " + status.name().toLowerCase(Locale.ROOT) + " on "
          + decidedAt + ": a request is decided once; ask for a new one");
    }
  }
}
