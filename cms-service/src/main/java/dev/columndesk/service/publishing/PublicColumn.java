package dev.columndesk.service.publishing;

import dev.columndesk.service.editorial.HtmlText;
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
 * @param cover the cover image's site path ({@code /media/<name>}), or {@code null}
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
    Instant publishedAt,
    String cover) {

  /** Below this share of Hangul among its letters, a column is taken to be written in English. */
  private static final double HANGUL_SHARE = 0.2;

  /** Whether this revision corrects an earlier publication. */
  public boolean isUpdated() {
    return publishedAt.isAfter(firstPublishedAt);
  }

  /** The body's readable text, one line per block. */
  public String bodyText() {
    return HtmlText.text(body);
  }

  /**
   * The language the column is written in, {@code ko} or {@code en}, for {@code <html lang>}. The
   * desk records no language per column, so it is read from the text: a Korean column quotes
   * English names and terms, an English one hardly ever contains Hangul.
   */
  public String language() {
    String text = title + " " + (summary == null ? "" : summary) + " " + bodyText();
    long hangul = 0;
    long letters = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL) {
          hangul++;
        }
      }
    }
    return letters == 0 || hangul >= letters * HANGUL_SHARE ? "ko" : "en";
  }
}
