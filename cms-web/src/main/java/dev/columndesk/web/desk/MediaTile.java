package dev.columndesk.web.desk;

import dev.columndesk.domain.account.Account;
import dev.columndesk.domain.media.MediaItem;
import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;

/**
 * One image of the desk's media library grid.
 *
 * @param name the server-made name
 * @param url where the site serves it
 * @param originalName the uploaded file's name, as text, or {@code null}
 * @param size its size as a person reads it
 * @param width in pixels
 * @param height in pixels
 * @param uploadedBy who uploaded it
 * @param uploadedAt when
 * @param deletable whether this person may delete it
 */
public record MediaTile(
    String name,
    String url,
    String originalName,
    String size,
    int width,
    int height,
    String uploadedBy,
    Instant uploadedAt,
    boolean deletable)
    implements Serializable {

  static MediaTile of(MediaItem item, Account me) {
    return new MediaTile(
        item.getName(),
        item.getUrl(),
        item.getOriginalName(),
        readable(item.getByteSize()),
        item.getWidth(),
        item.getHeight(),
        item.getUploadedBy().getUsername(),
        item.getUploadedAt(),
        item.isDeletableBy(me));
  }

  /** A byte count in B, KiB or MiB, one decimal at most. */
  static String readable(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0).replace(".0 ", " ");
    }
    return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024)).replace(".0 ", " ");
  }
}
