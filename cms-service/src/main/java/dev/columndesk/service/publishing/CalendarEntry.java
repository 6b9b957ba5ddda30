package dev.columndesk.service.publishing;

import dev.columndesk.domain.column.ColumnStatus;
import dev.columndesk.domain.column.EditorialColumn;
import java.io.Serializable;
import java.time.Instant;

/**
 * One column as the publisher's calendar shows it: when it goes (or went) live, and what a
 * publisher's next change must name as the version it saw.
 *
 * @param at when it goes live ({@code publishAt}) while scheduled, else when it went live
 * @param live whether readers see it now
 */
public record CalendarEntry(
    long id,
    long version,
    String title,
    String slug,
    String author,
    ColumnStatus status,
    Instant at,
    Instant unpublishAt,
    boolean live)
    implements Serializable {

  static CalendarEntry of(EditorialColumn column) {
    boolean scheduled = column.getStatus() == ColumnStatus.SCHEDULED;
    return new CalendarEntry(
        column.getId(),
        column.getVersion(),
        column.getTitle(),
        column.getSlug(),
        column.getAuthor().getDisplayName(),
        column.getStatus(),
        scheduled ? column.getPublishAt() : column.getLivePublishedAt(),
        column.getUnpublishAt(),
        column.isLive());
  }

  /** Whether it waits for its time: the calendar lets a publisher move it. */
  public boolean isScheduled() {
    return status == ColumnStatus.SCHEDULED;
  }
}
