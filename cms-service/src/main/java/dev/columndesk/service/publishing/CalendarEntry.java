package dev.columndesk.service.publishing;

import dev.columndesk.domain.column.ColumnStatus;
import dev.columndesk.domain.column.EditorialColumn;
import java.io.Serializable;
import java.time.Instant;

/**
 * One column as the publisher's calendar shows it: when it goes (or went) live, and the version a
 * publisher's next change must name. A class with getters rather than a record: Faces pages read it
 * through Expression Language 5, which knows no record accessors.
 */
public final class CalendarEntry implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long id;
  private final long version;
  private final String title;
  private final String slug;
  private final String author;
  private final ColumnStatus status;
  private final Instant at;
  private final Instant unpublishAt;
  private final boolean live;

  /** The entry from the fields the calendar's query reads (a JPQL constructor expression). */
  public CalendarEntry(
      Long id,
      Long version,
      String title,
      String slug,
      String author,
      ColumnStatus status,
      Instant publishAt,
      Instant livePublishedAt,
      Instant unpublishAt,
      Integer liveRevision) {
    this.id = id;
    this.version = version;
    this.title = title;
    this.slug = slug;
    this.author = author;
    this.status = status;
    this.at = status == ColumnStatus.SCHEDULED ? publishAt : livePublishedAt;
    this.unpublishAt = unpublishAt;
    this.live = liveRevision != null;
  }

  static CalendarEntry of(EditorialColumn column) {
    return new CalendarEntry(
        column.getId(),
        column.getVersion(),
        column.getTitle(),
        column.getSlug(),
        column.getAuthor().getDisplayName(),
        column.getStatus(),
        column.getPublishAt(),
        column.getLivePublishedAt(),
        column.getUnpublishAt(),
        column.getLiveRevision());
  }

  public long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getTitle() {
    return title;
  }

  public String getSlug() {
    return slug;
  }

  /** The author's display name. */
  public String getAuthor() {
    return author;
  }

  public ColumnStatus getStatus() {
    return status;
  }

  /** When it goes live while scheduled, else when it went live ({@code null} for neither). */
  public Instant getAt() {
    return at;
  }

  public Instant getUnpublishAt() {
    return unpublishAt;
  }

  /** Whether readers see it now. */
  public boolean isLive() {
    return live;
  }

  /** Whether it waits for its time: the calendar lets a publisher move it. */
  public boolean isScheduled() {
    return status == ColumnStatus.SCHEDULED;
  }
}
