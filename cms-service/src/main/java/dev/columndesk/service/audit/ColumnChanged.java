package dev.columndesk.service.audit;

import dev.columndesk.domain.audit.AuditAction;
import dev.columndesk.domain.column.ColumnStatus;
import dev.columndesk.domain.column.EditorialColumn;
import java.time.Instant;

/**
 * The CDI event fired inside the transaction of every change to a column. The audit log records it
 * in the same transaction; caches, the search index and notifications observe it after commit.
 *
 * @param action what happened
 * @param columnId the column
 * @param slug the column's slug after the change
 * @param actor the username, or {@code scheduler}
 * @param from the status before
 * @param to the status after
 * @param revision the revision made or released, when there is one
 * @param comment the reviewer's or commenter's words, when there are any
 * @param at when it happened
 * @param dueAt for the scheduler's work, when it was due
 */
public record ColumnChanged(
    AuditAction action,
    long columnId,
    String slug,
    String actor,
    ColumnStatus from,
    ColumnStatus to,
    Integer revision,
    String comment,
    Instant at,
    Instant dueAt) {

  /** A change a person made, as the column is now. */
  public static ColumnChanged of(
      AuditAction action,
      EditorialColumn column,
      String actor,
      ColumnStatus from,
      Integer revision,
      String comment) {
    return new ColumnChanged(
        action,
        column.getId(),
        column.getSlug(),
        actor,
        from,
        column.getStatus(),
        revision,
        comment,
        column.getUpdatedAt(),
        null);
  }
}
