package dev.columndesk.service.publishing;

import java.time.Instant;
import java.util.List;

/**
 * What readers see of a live column: the live revision with its byline, never the working copy.
 *
 * @param id the column's id
 * @param slug its address
 * @param revision the live revision's number
 * @param title the live title
 * @param subtitle the live subtitle, or {@code null}
 * @param summary the live summary, or {@code null}
 * @param body the live body, sanitized HTML
 * @param tags the live tags
 * @param magazineSlug the magazine's slug, or {@code null}
 * @param magazineTitle the magazine's title, or {@code null}
 * @param authorUsername the author's username
 * @param byline the author's pen name or display name
 * @param authorBio the author's bio, or {@code null}
 * @param firstPublishedAt when it first went live
 * @param publishedAt when this revision went live (later than the first for a correction)
 */
public record PublicColumn(
    long id,
    String slug,
    int revision,
    String title,
    String subtitle,
    String summary,
    String body,
    List<String> tags,
    String magazineSlug,
    String magazineTitle,
    String authorUsername,
    String byline,
    String authorBio,
    Instant firstPublishedAt,
    Instant publishedAt) {

  /** Whether this revision corrects an earlier publication. */
  public boolean isUpdated() {
    return publishedAt.isAfter(firstPublishedAt);
  }
}
