package dev.columndesk.web.api.media;

import dev.columndesk.domain.media.MediaItem;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/**
 * A media item as the API shows it.
 *
 * @param name the server-made name
 * @param url the site path that serves it, {@code /media/<name>}: what bodies and covers use
 * @param contentType the type detected from the bytes
 * @param width in pixels
 * @param height in pixels
 * @param bytes the file's size
 * @param uploadedBy the uploader's username
 * @param uploadedAt when it was uploaded
 * @param originalName the uploaded file's own name, as text only, or {@code null}
 */
@JsonbNillable
@JsonbPropertyOrder({
  "name",
  "url",
  "contentType",
  "width",
  "height",
  "bytes",
  "uploadedBy",
  "uploadedAt",
  "originalName"
})
public record MediaView(
    String name,
    String url,
    String contentType,
    int width,
    int height,
    long bytes,
    String uploadedBy,
    Instant uploadedAt,
    String originalName) {

  public static MediaView of(MediaItem item) {
    return new MediaView(
        item.getName(),
        item.getUrl(),
        item.getContentType(),
        item.getWidth(),
        item.getHeight(),
        item.getByteSize(),
        item.getUploadedBy().getUsername(),
        item.getUploadedAt(),
        item.getOriginalName());
  }
}
