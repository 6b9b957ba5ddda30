package dev.columndesk.web.api.column;

import dev.columndesk.domain.column.ColumnStatus;
import dev.columndesk.domain.column.EditorialColumn;
import dev.columndesk.domain.column.Revision;
import dev.columndesk.domain.media.MediaItem;
import dev.columndesk.service.editorial.ColumnReading;
import dev.columndesk.web.site.ColumnPage;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;

/**
 * A column as the API contract shows it. Empty fields are sent as {@code null}, never left out.
 * Lists leave the body out ({@code null}): a page of a hundred columns should not weigh a hundred
 * bodies. A writer reading another writer's live column sees its live revision, never a correction
 * in progress.
 *
 * @param cover the cover image's URL on this site ({@code /media/<name>}), or {@code null}
 * @param live what readers see, or {@code null} when nothing is live
 */
@JsonbNillable
@JsonbPropertyOrder({
  "id",
  "slug",
  "title",
  "subtitle",
  "summary",
  "body",
  "status",
  "version",
  "revision",
  "approvedRevision",
  "author",
  "magazine",
  "tags",
  "cover",
  "publishAt",
  "unpublishAt",
  "createdAt",
  "updatedAt",
  "live"
})
public record ColumnView(
    long id,
    String slug,
    String title,
    String subtitle,
    String summary,
    String body,
    String status,
    long version,
    int revision,
    Integer approvedRevision,
    AuthorView author,
    String magazine,
    List<String> tags,
    String cover,
    Instant publishAt,
    Instant unpublishAt,
    Instant createdAt,
    Instant updatedAt,
    LiveView live) {

  /**
   * What readers see of a column.
   *
   * @param revision the live revision's number
   * @param publishedAt when that revision went live
   * @param url the path of the public page
   */
  @JsonbNillable
  @JsonbPropertyOrder({"revision", "publishedAt", "url"})
  public record LiveView(int revision, Instant publishedAt, String url) {}

  public static ColumnView of(EditorialColumn column) {
    return of(column, true);
  }

  /** The column as the caller may read it: another writer sees only the live revision. */
  public static ColumnView of(ColumnReading reading) {
    return reading.liveOnly() == null
        ? of(reading.column(), true)
        : live(reading.column(), reading.liveOnly(), true);
  }

  /** The same for a list, without the body. */
  public static ColumnView summary(ColumnReading reading) {
    return reading.liveOnly() == null
        ? of(reading.column(), false)
        : live(reading.column(), reading.liveOnly(), false);
  }

  private static ColumnView live(EditorialColumn column, Revision live, boolean withBody) {
    return new ColumnView(
        column.getId(),
        column.getSlug(),
        live.getTitle(),
        live.getSubtitle(),
        live.getSummary(),
        withBody ? live.getBody() : null,
        ColumnStatus.PUBLISHED.name(),
        column.getVersion(),
        live.getNumber(),
        live.getNumber(),
        AuthorView.of(column.getAuthor()),
        live.getMagazine() == null ? null : live.getMagazine().getSlug(),
        live.getTags(),
        coverUrl(live.getCover()),
        null,
        null,
        column.getCreatedAt(),
        column.getLivePublishedAt(),
        liveView(column));
  }

  /** A cover's media name as the desk URL clients send back, {@code /media/<name>}. */
  static String coverUrl(String mediaName) {
    return mediaName == null ? null : MediaItem.PATH_PREFIX + mediaName;
  }

  private static LiveView liveView(EditorialColumn column) {
    return column.isLive()
        ? new LiveView(
            column.getLiveRevision(),
            column.getLivePublishedAt(),
            ColumnPage.pathOf(column.getSlug()))
        : null;
  }

  private static ColumnView of(EditorialColumn column, boolean withBody) {
    return new ColumnView(
        column.getId(),
        column.getSlug(),
        column.getTitle(),
        column.getSubtitle(),
        column.getSummary(),
        withBody ? column.getBody() : null,
        column.getStatus().name(),
        column.getVersion(),
        column.getRevision(),
        column.getApprovedRevision(),
        AuthorView.of(column.getAuthor()),
        column.getMagazine() == null ? null : column.getMagazine().getSlug(),
        column.getTagNames(),
        coverUrl(column.getCover()),
        column.getPublishAt(),
        column.getUnpublishAt(),
        column.getCreatedAt(),
        column.getUpdatedAt(),
        liveView(column));
  }
}
