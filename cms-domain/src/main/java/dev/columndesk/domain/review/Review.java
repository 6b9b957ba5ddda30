package dev.columndesk.domain.review;

import dev.columndesk.domain.account.Account;
import dev.columndesk.domain.column.EditorialColumn;
import dev.columndesk.domain.support.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One round of review: the revision a column was submitted with, when and by whom, and how the
 * round ended. The editors' queue is the pending rounds, oldest first.
 */
@Entity
@Table(name = "review")
@NamedQuery(
    name = Review.PENDING_OF_COLUMN,
    query =
        "select r from Review r where r.column = :column"
            + " and r.outcome = dev.columndesk.domain.review.ReviewOutcome.PENDING")
public class Review {

  public static final String PENDING_OF_COLUMN = "Review.pendingOfColumn";

  @Id
  @SequenceGenerator(name = "review_seq", sequenceName = "review_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "column_id", nullable = false, updatable = false)
  private EditorialColumn column;

  @Column(name = "revision", nullable = false)
  private int revision;

  @ManyToOne(optional = false)
  @JoinColumn(name = "submitted_by", nullable = false, updatable = false)
  private Account submittedBy;

  @Column(name = "submitted_at", nullable = false, updatable = false)
  private Instant submittedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", nullable = false, length = 20)
  private ReviewOutcome outcome;

  @ManyToOne
  @JoinColumn(name = "decided_by")
  private Account decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Review() {
    // for JPA
  }

  /** Opens a round for the column's current revision. */
  public static Review open(EditorialColumn column, Account by, Instant at) {
    Review review = new Review();
    review.column = Objects.requireNonNull(column, "column");
    review.revision = column.getRevision();
    review.submittedBy = Objects.requireNonNull(by, "by");
    review.submittedAt = at.truncatedTo(ChronoUnit.MICROS);
    review.outcome = ReviewOutcome.PENDING;
    return review;
  }

  /** Ends the round. A copy-edit during review moves the round to the newest revision first. */
  public void close(ReviewOutcome how, Account by, Instant at) {
    if (outcome != ReviewOutcome.PENDING) {
      throw RuleViolation.conflict("This review has already ended (" + outcome + ")");
    }
    if (how == ReviewOutcome.PENDING) {
      throw new IllegalArgumentException("a review ends with a decision");
    }
    outcome = how;
    decidedBy = by;
    decidedAt = at.truncatedTo(ChronoUnit.MICROS);
    revision = column.getRevision();
  }

  public Long getId() {
    return id;
  }

  public EditorialColumn getColumn() {
    return column;
  }

  /** The revision under review (at the end: the one decided on). */
  public int getRevision() {
    return revision;
  }

  public Account getSubmittedBy() {
    return submittedBy;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public ReviewOutcome getOutcome() {
    return outcome;
  }

  public Account getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  @Override
  public boolean equals(Object other) {
    return this == other
        || other instanceof Review review && id != null && Objects.equals(id, review.getId());
  }

  @Override
  public int hashCode() {
    return Review.class.hashCode();
  }
}
