package dev.columndesk.web.site;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * A public page as it is sent: rendered once, then served from memory until what it shows changes.
 *
 * @param status the HTTP status
 * @param contentType the media type with its charset
 * @param body the exact bytes
 * @param etag a strong entity tag, a digest of the bytes
 * @param lastModified when what it shows last changed (whole seconds), or {@code null}
 */
public record RenderedPage(
    int status, String contentType, byte[] body, String etag, Instant lastModified) {

  static final String HTML = "text/html;charset=UTF-8";
  static final String ATOM = "application/atom+xml;charset=UTF-8";
  static final String XML = "application/xml;charset=UTF-8";
  static final String TEXT = "text/plain;charset=UTF-8";

  /** A page of the given type; its entity tag is computed from its bytes. */
  public static RenderedPage of(int status, String contentType, String text, Instant lastModified) {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    return new RenderedPage(
        status,
        contentType,
        body,
        "\"" + digest(body) + "\"",
        lastModified == null ? null : lastModified.truncatedTo(ChronoUnit.SECONDS));
  }

  /** An HTML page answering 200. */
  public static RenderedPage html(String html, Instant lastModified) {
    return of(200, HTML, html, lastModified);
  }

  /** Bytes held, for the cache's memory budget. */
  int weight() {
    return body.length + 256;
  }

  private static String digest(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
