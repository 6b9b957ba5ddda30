package dev.columndesk.domain.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.columndesk.domain.account.Account;
import dev.columndesk.domain.account.Role;
import dev.columndesk.domain.column.ColumnContent;
import dev.columndesk.domain.column.EditorialColumn;
import dev.columndesk.domain.column.RevisionKind;
import dev.columndesk.domain.support.RuleViolation;
import dev.columndesk.domain.support.RuleViolation.Kind;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Rounds of review and the comments between a column's author and the editors. */
class ReviewTest {

  private static final Instant T0 = Instant.parse("2026-11-27T01:00:00.123456Z");

  private final Account writer = Account.open("writer", "최칼럼", "hash", EnumSet.of(Role.WRITER), T0);
  private final Account editor = Account.open("editor", "김편집", "hash", EnumSet.of(Role.EDITOR), T0);
  private final EditorialColumn column =
      EditorialColumn.start(writer, "slug", content("첫 원고"), T0).getColumn();

  // --- rounds ----------------------------------------------------------------------------------

  @Test
  void aRoundOpensPendingOnTheCurrentRevision() {
    column.edit(writer, content("둘째 원고"), RevisionKind.EDIT, T0.plusSeconds(1));

    Review review = Review.open(column, writer, T0.plusSeconds(2).plusNanos(999));

    assertSame(column, review.getColumn());
    assertEquals(2, review.getRevision());
    assertSame(writer, review.getSubmittedBy());
    assertEquals(T0.plusSeconds(2), review.getSubmittedAt());
    assertEquals(ReviewOutcome.PENDING, review.getOutcome());
    assertNull(review.getDecidedBy());
    assertNull(review.getDecidedAt());
  }

  @ParameterizedTest
  @EnumSource(value = ReviewOutcome.class, names = "PENDING", mode = EnumSource.Mode.EXCLUDE)
  void closingARoundRecordsTheDecision(ReviewOutcome outcome) {
    Review review = Review.open(column, writer, T0);

    review.close(outcome, editor, T0.plusSeconds(60).plusNanos(1));

    assertEquals(outcome, review.getOutcome());
    assertSame(editor, review.getDecidedBy());
    assertEquals(T0.plusSeconds(60), review.getDecidedAt());
  }

  @Test
  void aCopyEditDuringReviewMovesTheRoundToTheNewestRevision() {
    column.submit(writer, T0.plusSeconds(1));
    Review review = Review.open(column, writer, T0.plusSeconds(1));
    column.edit(editor, content("교정본"), RevisionKind.EDIT, T0.plusSeconds(2));

    review.close(ReviewOutcome.APPROVED, editor, T0.plusSeconds(3));

    assertEquals(2, review.getRevision());
  }

  @Test
  void closingTwiceIsAConflict() {
    Review review = Review.open(column, writer, T0);
    review.close(ReviewOutcome.CHANGES_REQUESTED, editor, T0.plusSeconds(60));

    RuleViolation violation =
        assertThrows(
            RuleViolation.class,
            () -> review.close(ReviewOutcome.APPROVED, editor, T0.plusSeconds(120)));

    assertEquals(Kind.CONFLICT, violation.kind());
    assertEquals(ReviewOutcome.CHANGES_REQUESTED, review.getOutcome());
    assertEquals(T0.plusSeconds(60), review.getDecidedAt());
  }

  @Test
  void aRoundCannotEndUndecided() {
    Review review = Review.open(column, writer, T0);

    assertThrows(
        IllegalArgumentException.class,
        () -> review.close(ReviewOutcome.PENDING, editor, T0.plusSeconds(60)));
    assertEquals(ReviewOutcome.PENDING, review.getOutcome());
    assertNull(review.getDecidedBy());
  }

  // --- comments --------------------------------------------------------------------------------

  @Test
  void aCommentIsOnTheCurrentRevision() {
    column.edit(writer, content("둘째 원고"), RevisionKind.EDIT, T0.plusSeconds(1));
    Review review = Review.open(column, writer, T0.plusSeconds(2));

    ReviewComment comment =
        ReviewComment.write(
            column,
            review,
            null,
            editor,
            "  둘째 문단을 줄여 주세요.  ",
            " 둘째 문단 ",
            T0.plusSeconds(3).plusNanos(5));

    assertSame(column, comment.getColumn());
    assertSame(review, comment.getReview());
    assertEquals(2, comment.getRevision());
    assertSame(editor, comment.getAuthor());
    assertEquals("둘째 문단을 줄여 주세요.", comment.getText());
    assertEquals("둘째 문단", comment.getQuote());
    assertNull(comment.getReplyTo());
    assertEquals(T0.plusSeconds(3), comment.getCreatedAt());
  }

  @Test
  void aCommentOutsideReviewBelongsToNoRound() {
    ReviewComment comment = ReviewComment.write(column, null, null, writer, "메모", "   ", T0);

    assertNull(comment.getReview());
    assertNull(comment.getQuote());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  ", "\n\t", "\u3000"})
  void aCommentNeedsText(String text) {
    assertInvalid(() -> ReviewComment.write(column, null, null, editor, text, null, T0));
  }

  @Test
  void commentTextIsAtMost5000Characters() {
    String text = "가".repeat(ReviewComment.TEXT_MAX);

    assertEquals(text, ReviewComment.write(column, null, null, editor, text, null, T0).getText());
    assertInvalid(() -> ReviewComment.write(column, null, null, editor, text + "나", null, T0));
  }

  @Test
  void quoteIsAtMost1000Characters() {
    String quote = "😀".repeat(ReviewComment.QUOTE_MAX);

    assertEquals(quote, ReviewComment.write(column, null, null, editor, "t", quote, T0).getQuote());
    assertInvalid(() -> ReviewComment.write(column, null, null, editor, "t", quote + "😀", T0));
  }

  @Test
  void aReplyMustBeOnTheSameColumn() {
    EditorialColumn other = EditorialColumn.start(writer, "other", content("다른 글"), T0).getColumn();
    ReviewComment elsewhere = ReviewComment.write(other, null, null, editor, "저쪽", null, T0);
    ReviewComment here = ReviewComment.write(column, null, null, editor, "이쪽", null, T0);

    assertInvalid(
        () -> ReviewComment.write(column, null, elsewhere, writer, "답", null, T0.plusSeconds(1)));

    ReviewComment reply =
        ReviewComment.write(column, null, here, writer, "답", null, T0.plusSeconds(1));
    assertNull(reply.getReplyTo(), "an unsaved comment has no id to point at yet");
  }

  // --- helpers ---------------------------------------------------------------------------------

  private static ColumnContent content(String title) {
    return new ColumnContent(title, null, null, "<p>" + title + "</p>", null, List.of());
  }

  private static void assertInvalid(Executable action) {
    RuleViolation violation = assertThrows(RuleViolation.class, action);
    assertEquals(Kind.INVALID, violation.kind(), violation::getMessage);
  }
}
