package dev.columndesk.domain.review;

import dev.columndesk.domain.account.Account;
import dev.columndesk.domain.column.EditorialColumn;
import dev.columndesk.domain.support.RuleViolation;
import dev.columndesk.domain.support.TextLimits;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A remark on a column between its author and the editors, optionally quoting a passage and
 * answering an earlier comment. The comments of an approval or a change request are here too, so
 * the writer reads the whole conversation in one place.
 */
@Entity
@Table(name = "review_comment")
@NamedQuery(
    name = ReviewComment.OF_COLUMN,
    query = "select c from ReviewComment c where c.column = :column order by c.createdAt, c.id")
@NamedQuery(
    name = ReviewComment.COUNT_OF_COLUMN,
    query = "select count(c) from ReviewComment c where c.column = :column")
public class ReviewComment {

  public static final String OF_COLUMN = "ReviewComment.ofColumn";
  public static final String COUNT_OF_COLUMN = "ReviewComment.countOfColumn";

  public static final int TEXT_MAX = 5000;
  public static final int QUOTE_MAX = 1000;

  @Id
  @SequenceGenerator(name = "comment_seq", sequenceName = "comment_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "comment_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "column_id", nullable = false, updatable = false)
  private EditorialColumn column;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "review_id", updatable = false)
  private Review review;

  @Column(name = "reply_to", updatable = false)
  private Long replyTo;

  @Column(name = "revision", nullable = false, updatable = false)
  private int revision;

  @ManyToOne(optional = false)
  @JoinColumn(name = "author_id", nullable = false, updatable = false)
  private Account author;

  @Column(name = "text", nullable = false, updatable = false, length = TEXT_MAX)
  private String text;

  @Column(name = "quote", updatable = false, length = QUOTE_MAX)
  private String quote;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected ReviewComment() {
    // for JPA
  }

  /**
   * A comment on the column's current revision.
   *
   * @param review the round it belongs to, or {@code null} outside review
   * @param replyTo the comment it answers, or {@code null}; must be on the same column
   */
  public static ReviewComment write(
      EditorialColumn column,
      Review review,
      ReviewComment replyTo,
      Account author,
      String text,
      String quote,
      Instant at) {
    String checkedText = TextLimits.trimToNull(text);
    if (checkedText == null) {
      throw RuleViolation.invalid("text is required");
    }
    TextLimits.atMost("text", checkedText, TEXT_MAX);
    if (replyTo != null && !replyTo.getColumn().equals(column)) {
      throw RuleViolation.invalid("replyTo must be a comment on the same column");
    }
    ReviewComment comment = new ReviewComment();
    comment.column = Objects.requireNonNull(column, "column");
    comment.review = review;
    comment.replyTo = replyTo == null ? null : replyTo.getId();
    comment.revision = column.getRevision();
    comment.author = Objects.requireNonNull(author, "author");
    comment.text = checkedText;
    comment.quote = TextLimits.atMost("quote", TextLimits.trimToNull(quote), QUOTE_MAX);
    comment.createdAt = at.truncatedTo(ChronoUnit.MICROS);
    return comment;
  }

  public Long getId() {
    return id;
  }

  public EditorialColumn getColumn() {
    return column;
  }

  public Review getReview() {
    return review;
  }

  public Long getReplyTo() {
    return replyTo;
  }

  public int getRevision() {
    return revision;
  }

  public Account getAuthor() {
    return author;
  }

  public String getText() {
    return text;
  }

  public String getQuote() {
    return quote;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  @Override
  public boolean equals(Object other) {
    return this == other
        || other instanceof ReviewComment comment
            && id != null
            && Objects.equals(id, comment.getId());
  }

  @Override
  public int hashCode() {
    return ReviewComment.class.hashCode();
  }
}
