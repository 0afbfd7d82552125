package fr.folios.jpa;

import fr.folios.core.catalogue.ResourceId;
import fr.folios.core.catalogue.ResourceScope;
import fr.folios.core.catalogue.Review;
import fr.folios.core.directory.PersonId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Stores a resource's latest {@link Review}. */
@Entity(name = "Review")
@Table(name = "catalogue_review")
class ReviewEntity {

  @Id
  @Column(name = "resource_id", length = ResourceId.MAX_LENGTH)
  private String resource = "";

  @Column(name = "scope", length = 300, nullable = false)
  private String scope = "";

  @Column(name = "requested_by", length = 64, nullable = false)
  private String requestedBy = "";

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt = Instant.EPOCH;

  @Column(name = "decision", length = 16, nullable = false)
  private String decision = "";

  @Column(name = "reviewer", length = 64)
  private @Nullable String reviewer;

  @Column(name = "decided_at")
  private @Nullable Instant decidedAt;

  @Column(name = "reason", length = 2000, nullable = false)
  private String reason = "";

  ReviewEntity() {
  }

  void assign(Review review) {
    resource = review.resource().value();
    scope = review.scope().key();
    requestedBy = review.requestedBy().value();
    requestedAt = review.requestedAt();
    decision = review.decision().name();
    reviewer = review.reviewer() == null ? null : review.reviewer().value();
    decidedAt = review.decidedAt();
    reason = review.reason();
  }

  Review toRecord() {
    return new Review(new ResourceId(resource), ResourceScope.parse(scope),
        new PersonId(requestedBy), requestedAt, Review.Decision.valueOf(decision),
        reviewer == null ? null : new PersonId(reviewer), decidedAt, reason);
  }
}
