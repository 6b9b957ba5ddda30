package dev.columndesk.service.review;

import dev.columndesk.domain.account.Account;
import dev.columndesk.domain.account.Role;
import dev.columndesk.domain.audit.AuditAction;
import dev.columndesk.domain.column.ColumnStatus;
import dev.columndesk.domain.column.EditorialColumn;
import dev.columndesk.domain.review.Review;
import dev.columndesk.domain.review.ReviewComment;
import dev.columndesk.domain.review.ReviewOutcome;
import dev.columndesk.domain.support.TextLimits;
import dev.columndesk.service.account.AccountRepository;
import dev.columndesk.service.audit.ColumnChanged;
import dev.columndesk.service.editorial.Columns;
import dev.columndesk.service.error.DomainRules;
import dev.columndesk.service.error.ForbiddenException;
import dev.columndesk.service.error.InvalidInputException;
import dev.columndesk.service.paging.Page;
import dev.columndesk.service.paging.PageRequest;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Instant;
import java.util.Optional;

/**
 * Reviewing columns: approve or request changes (four eyes: never one's own column), and the
 * comments between the author and the editors. A decision's comment joins the conversation too.
 */
@Stateless
@Interceptors(DomainRules.class)
public class ReviewService {

  @Inject private Columns columns;
  @Inject private Reviews reviews;
  @Inject private AccountRepository accounts;
  @Inject private Event<ColumnChanged> changed;
  @Resource private SessionContext context;

  /** Approves the revision under review; publishing will release exactly that revision. */
  @RolesAllowed(Role.Names.EDITOR)
  public EditorialColumn approve(long id, Long expectedVersion, String comment) {
    return decide(id, expectedVersion, comment, ReviewOutcome.APPROVED);
  }

  /** Sends the column back to its author, saying what to change. */
  @RolesAllowed(Role.Names.EDITOR)
  public EditorialColumn requestChanges(long id, Long expectedVersion, String comment) {
    if (TextLimits.trimToNull(comment) == null) {
      throw new InvalidInputException("comment is required: say what should change");
    }
    return decide(id, expectedVersion, comment, ReviewOutcome.CHANGES_REQUESTED);
  }

  private EditorialColumn decide(
      long id, Long expectedVersion, String comment, ReviewOutcome outcome) {
    // Named as the caller sent it, before anything changes.
    TextLimits.atMost("comment", TextLimits.trimToNull(comment), ReviewComment.TEXT_MAX);
    Account me = me();
    EditorialColumn column = columns.forChange(id, me);
    Columns.expectVersion(column, expectedVersion);
    ColumnStatus from = column.getStatus();
    Instant now = Instant.now();
    if (outcome == ReviewOutcome.APPROVED) {
      column.approve(me, now);
    } else {
      column.requestChanges(me, now);
    }
    Review review = reviews.close(column, outcome, me);
    columns.flush(column); // a concurrent change is refused here, as a 412
    String text = TextLimits.trimToNull(comment);
    if (text != null) {
      reviews.add(ReviewComment.write(column, review, null, me, text, null, now));
    }
    changed.fire(
        ColumnChanged.of(
            outcome == ReviewOutcome.APPROVED ? AuditAction.APPROVE : AuditAction.REQUEST_CHANGES,
            column,
            me.getUsername(),
            from,
            column.getRevision(),
            text));
    return column;
  }

  /** The conversation on a column, oldest first: for its author and editors. */
  @RolesAllowed({Role.Names.WRITER, Role.Names.EDITOR})
  public Page<ReviewComment> comments(long id, PageRequest request) {
    return reviews.comments(conversationOf(id, me()), request);
  }

  @RolesAllowed({Role.Names.WRITER, Role.Names.EDITOR})
  public ReviewComment comment(long id, long commentId) {
    return reviews.comment(conversationOf(id, me()), commentId);
  }

  /**
   * Adds a comment, optionally quoting a passage and answering an earlier comment.
   *
   * @param replyTo the id of the comment answered, or {@code null}
   */
  @RolesAllowed({Role.Names.WRITER, Role.Names.EDITOR})
  public ReviewComment comment(long id, String text, String quote, Long replyTo) {
    Account me = me();
    EditorialColumn column = conversationOf(id, me);
    ReviewComment answered = replyTo == null ? null : reviews.comment(column, replyTo);
    Review review = reviews.pending(column).orElse(null);
    ReviewComment comment =
        ReviewComment.write(column, review, answered, me, text, quote, Instant.now());
    reviews.add(comment);
    changed.fire(
        new ColumnChanged(
            AuditAction.COMMENT,
            column.getId(),
            column.getSlug(),
            me.getUsername(),
            column.getStatus(),
            column.getStatus(),
            comment.getRevision(),
            comment.getText(),
            comment.getCreatedAt(),
            null));
    return comment;
  }

  /**
   * The revision a review compares the submitted one with.
   *
   * @param revision its number
   * @param kind {@code live} (what readers see now), {@code approved} (the last approval) or {@code
   *     reviewed} (the revision sent back with changes requested)
   */
  public record Baseline(int revision, String kind) {}

  /**
   * What the submitted revision is best compared with: the live revision, else the last approved
   * one, else the last one sent back; empty for a first submission.
   */
  @RolesAllowed({Role.Names.WRITER, Role.Names.EDITOR})
  public Optional<Baseline> baseline(long id) {
    EditorialColumn column = conversationOf(id, me());
    if (column.getLiveRevision() != null && column.getLiveRevision() != column.getRevision()) {
      return Optional.of(new Baseline(column.getLiveRevision(), "live"));
    }
    return reviews
        .lastDecided(column, ReviewOutcome.APPROVED)
        .map(review -> new Baseline(review.getRevision(), "approved"))
        .or(
            () ->
                reviews
                    .lastDecided(column, ReviewOutcome.CHANGES_REQUESTED)
                    .map(review -> new Baseline(review.getRevision(), "reviewed")))
        .filter(baseline -> baseline.revision() != column.getRevision());
  }

  private EditorialColumn conversationOf(long id, Account me) {
    EditorialColumn column = columns.visible(id, me);
    if (!column.isAuthor(me) && !me.hasRole(Role.EDITOR)) {
      throw new ForbiddenException("Only the author and editors take part in a column's review");
    }
    return column;
  }

  private Account me() {
    return accounts.get(context.getCallerPrincipal().getName());
  }
}
