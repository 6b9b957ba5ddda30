package dev.columndesk.service.review;

import dev.columndesk.domain.account.Account;
import dev.columndesk.domain.column.EditorialColumn;
import dev.columndesk.domain.review.Review;
import dev.columndesk.domain.review.ReviewComment;
import dev.columndesk.domain.review.ReviewOutcome;
import dev.columndesk.service.error.NotFoundException;
import dev.columndesk.service.paging.Page;
import dev.columndesk.service.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/** Stored rounds of review and comments. Joins the caller's transaction. */
@ApplicationScoped
public class Reviews {

  @PersistenceContext private EntityManager em;

  public void open(Review review) {
    em.persist(review);
  }

  public Optional<Review> pending(EditorialColumn column) {
    return em.createNamedQuery(Review.PENDING_OF_COLUMN, Review.class)
        .setParameter("column", column)
        .getResultStream()
        .findFirst();
  }

  /** Ends the column's pending round, if there is one, and returns it. */
  public Review close(EditorialColumn column, ReviewOutcome outcome, Account by) {
    Review review = pending(column).orElse(null);
    if (review != null) {
      review.close(outcome, by, Instant.now());
    }
    return review;
  }

  /** The latest review of the column that ended this way. */
  public Optional<Review> lastDecided(EditorialColumn column, ReviewOutcome outcome) {
    return em.createQuery(
            "select r from Review r where r.column = :column and r.outcome = :outcome"
                + " order by r.decidedAt desc, r.id desc",
            Review.class)
        .setParameter("column", column)
        .setParameter("outcome", outcome)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  public void add(ReviewComment comment) {
    em.persist(comment);
    em.flush();
  }

  public ReviewComment comment(EditorialColumn column, long id) {
    ReviewComment comment = em.find(ReviewComment.class, id);
    if (comment == null || !comment.getColumn().equals(column)) {
      throw new NotFoundException("Column " + column.getId() + " has no comment " + id);
    }
    return comment;
  }

  public Page<ReviewComment> comments(EditorialColumn column, PageRequest request) {
    return Page.fetch(
        em.createNamedQuery(ReviewComment.OF_COLUMN, ReviewComment.class)
            .setParameter("column", column),
        em.createNamedQuery(ReviewComment.COUNT_OF_COLUMN, Long.class)
            .setParameter("column", column),
        request);
  }
}
