package fr.folios.core.catalogue;

import fr.folios.core.directory.PersonId;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A request to publish a resource to an académie or the whole country, and its decision.
 *
 * @param resource the resource
 * @param scope the scope asked for
 * @param requestedBy the author who asked
 * @param requestedAt when
 * @param decision where the review stands
 * @param reviewer who decided, or {@code null} while pending
 * @param decidedAt when, or {@code null} while pending
 * @param reason why it was refused; empty unless refused
 */
public record Review(ResourceId resource, ResourceScope scope, PersonId requestedBy,
    Instant requestedAt, Decision decision, @Nullable PersonId reviewer,
    @Nullable Instant decidedAt, String reason) {

  /** Where a review stands. */
  public enum Decision {
    /** Waiting for a reviewer. */
    PENDING,
    /** Approved: the resource was published to the scope asked for. */
    APPROVED,
    /** Refused, with a reason: the resource stays a draft. */
    REFUSED
  }

  /** Checks the parts. */
  public Review {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(requestedBy, "requestedBy");
    Objects.requireNonNull(requestedAt, "requestedAt");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * Creates a pending review.
   *
   * @param resource the resource
   * @param scope the scope asked for
   * @param requestedBy the author who asks
   * @param at when
   * @return the review
   */
  public static Review pending(ResourceId resource, ResourceScope scope, PersonId requestedBy,
      Instant at) {
    return new Review(resource, scope, requestedBy, at, Decision.PENDING, null, null, "");
  }

  /**
   * Returns this review decided.
   *
   * @param outcome approved or refused
   * @param by the reviewer
   * @param at when
   * @param why the reason of a refusal; empty for an approval
   * @return the decided review
   */
  public Review decided(Decision outcome, PersonId by, Instant at, String why) {
    return new Review(resource, scope, requestedBy, requestedAt, outcome, by, at, why);
  }
}
