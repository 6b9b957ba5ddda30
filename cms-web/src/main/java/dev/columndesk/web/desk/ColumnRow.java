package dev.columndesk.web.desk;

import dev.columndesk.domain.column.ColumnStatus;
import dev.columndesk.domain.column.EditorialColumn;
import dev.columndesk.domain.column.Revision;
import dev.columndesk.domain.magazine.Magazine;
import dev.columndesk.service.editorial.ColumnReading;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One line of the desk's column list, as the viewer may read it: another writer's live column shows
 * its live revision, never a correction in progress (as the API's list does). Its status is
 * PUBLISHED and its time of change the time it went live for another writer's live column; the
 * magazine is the magazine's title. Getters, not a record: the desk's EL reads properties.
 */
public final class ColumnRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long id;
  private final String title;
  private final String status;
  private final String author;
  private final String username;
  private final String magazine;
  private final List<String> tags;
  private final Instant updated;
  private final Instant publishAt;
  private final boolean history;

  ColumnRow(
      long id,
      String title,
      String status,
      String author,
      String username,
      String magazine,
      List<String> tags,
      Instant updated,
      Instant publishAt,
      boolean history) {
    this.id = id;
    this.title = title;
    this.status = status;
    this.author = author;
    this.username = username;
    this.magazine = magazine;
    this.tags = tags == null ? List.of() : List.copyOf(tags);
    this.updated = updated;
    this.publishAt = publishAt;
    this.history = history;
  }

  static ColumnRow of(ColumnReading reading) {
    EditorialColumn column = reading.column();
    Revision live = reading.liveOnly();
    if (live != null) {
      return new ColumnRow(
          column.getId(),
          live.getTitle(),
          ColumnStatus.PUBLISHED.name(),
          column.getAuthor().getDisplayName(),
          column.getAuthor().getUsername(),
          titleOf(live.getMagazine()),
          live.getTags(),
          column.getLivePublishedAt(),
          null,
          false);
    }
    return new ColumnRow(
        column.getId(),
        column.getTitle(),
        column.getStatus().name(),
        column.getAuthor().getDisplayName(),
        column.getAuthor().getUsername(),
        titleOf(column.getMagazine()),
        column.getTagNames(),
        column.getUpdatedAt(),
        column.getPublishAt(),
        true);
  }

  private static String titleOf(Magazine magazine) {
    return magazine == null ? null : magazine.getTitle();
  }

  /** The tags as one line, for the table. */
  public String getTagLine() {
    return String.join(", ", tags);
  }

  public long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getStatus() {
    return status;
  }

  public String getAuthor() {
    return author;
  }

  public String getUsername() {
    return username;
  }

  public String getMagazine() {
    return magazine;
  }

  public List<String> getTags() {
    return tags;
  }

  public Instant getUpdated() {
    return updated;
  }

  public Instant getPublishAt() {
    return publishAt;
  }

  /** Whether the viewer may read the column's revisions: not for another writer's live column. */
  public boolean isHistory() {
    return history;
  }
}
