package dev.columndesk.domain.column;

import dev.columndesk.domain.magazine.Magazine;
import dev.columndesk.domain.magazine.Tag;
import dev.columndesk.domain.support.RuleViolation;
import dev.columndesk.domain.support.TextLimits;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What a writer writes: the content of a column at one moment, checked against the contract's
 * limits. The body is already sanitized HTML when it arrives here.
 *
 * @param title 1 to 200 characters
 * @param subtitle up to 300 characters, or {@code null}
 * @param summary up to 500 characters, or {@code null}
 * @param body sanitized HTML of at most 1 MiB in UTF-8
 * @param magazine the series it belongs to, or {@code null}
 * @param tags up to 10 distinct tags, in the writer's order
 * @param cover the cover image's media name, already checked to exist, or {@code null}
 */
public record ColumnContent(
    String title,
    String subtitle,
    String summary,
    String body,
    Magazine magazine,
    List<Tag> tags,
    String cover) {

  public static final int TITLE_MAX = 200;
  public static final int SUBTITLE_MAX = 300;
  public static final int SUMMARY_MAX = 500;
  public static final int TAGS_MAX = 10;
  public static final int BODY_MAX_BYTES = 1024 * 1024;

  /** Checks every limit and trims the text fields; blank optional fields become {@code null}. */
  public ColumnContent {
    title = TextLimits.trimToNull(title);
    if (title == null) {
      throw RuleViolation.invalid("title is required (1 to " + TITLE_MAX + " characters)");
    }
    TextLimits.atMost("title", title, TITLE_MAX);
    subtitle = TextLimits.atMost("subtitle", TextLimits.trimToNull(subtitle), SUBTITLE_MAX);
    summary = TextLimits.atMost("summary", TextLimits.trimToNull(summary), SUMMARY_MAX);
    if (body == null) {
      throw RuleViolation.invalid("body is required (it may be empty)");
    }
    int bytes = body.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > BODY_MAX_BYTES) {
      throw RuleViolation.invalid(
          "body must be at most 1 MiB after sanitizing (was " + bytes + " bytes)");
    }
    tags = tags == null ? List.of() : List.copyOf(new LinkedHashSet<>(tags));
    if (tags.size() > TAGS_MAX) {
      throw RuleViolation.invalid("tags: at most " + TAGS_MAX + " tags (was " + tags.size() + ")");
    }
    cover = TextLimits.trimToNull(cover);
  }

  /** Content without a cover image. */
  public ColumnContent(
      String title,
      String subtitle,
      String summary,
      String body,
      Magazine magazine,
      List<Tag> tags) {
    this(title, subtitle, summary, body, magazine, tags, null);
  }

  /** The tag names, in order. */
  public List<String> tagNames() {
    return tags.stream().map(Tag::getName).toList();
  }
}
