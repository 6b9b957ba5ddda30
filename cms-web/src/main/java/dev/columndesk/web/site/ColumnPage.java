package dev.columndesk.web.site;

import dev.columndesk.service.publishing.PublicColumn;
import dev.columndesk.service.publishing.PublicColumns;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The public page of a column, {@code /columns/<slug>}: the live revision only, never the working
 * copy. Answers with a strong {@code ETag} (a digest of the exact bytes) and {@code Last-Modified},
 * and {@code 304} to a conditional request that already holds them; {@code 404} for what was never
 * published and {@code 410} for what was taken down.
 */
@WebServlet(ColumnPage.PREFIX + "*")
public class ColumnPage extends HttpServlet {

  public static final String PREFIX = "/columns/";

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy. M. d. HH:mm", Locale.KOREA)
          .withZone(ZoneId.of("Asia/Seoul"));

  @Inject private PublicColumns columns;

  /**
   * The site's public address ({@code cms.site.url}) for canonical links, or empty for links by
   * path alone. Never taken from the request: a forged Host header must not change the page.
   */
  private String siteUrl = "";

  @Override
  public void init() {
    siteUrl =
        ConfigProvider.getConfig()
            .getOptionalValue("cms.site.url", String.class)
            .map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url)
            .orElse("");
  }

  /** The path of a column's public page, percent-encoded so that it is a valid URI as it stands. */
  public static String pathOf(String slug) {
    return PREFIX + URLEncoder.encode(slug, StandardCharsets.UTF_8);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String slug = slugOf(request);
    if (slug == null || slug.isEmpty() || slug.contains("/")) {
      response.sendError(404);
      return;
    }
    PublicColumns.Lookup found = columns.find(slug);
    if (found.column().isEmpty()) {
      if (found.state() == PublicColumns.State.GONE) {
        gone(response);
      } else {
        response.sendError(404);
      }
      return;
    }
    PublicColumn column = found.column().get();
    byte[] page = render(column, request).getBytes(StandardCharsets.UTF_8);
    String etag = "\"" + digest(page) + "\"";
    Instant modified = column.publishedAt().truncatedTo(ChronoUnit.SECONDS);
    response.setHeader("ETag", etag);
    response.setDateHeader("Last-Modified", modified.toEpochMilli());
    response.setHeader("Cache-Control", "public, max-age=0, must-revalidate");
    if (notModified(request, etag, modified)) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setContentType("text/html;charset=UTF-8");
    response.setContentLength(page.length);
    response.getOutputStream().write(page);
  }

  /**
   * The slug, decoded here from the raw request URI as UTF-8: over HTTP/2 Payara decodes {@code
   * getPathInfo()} wrongly for non-ASCII paths, so a Korean address would not be found.
   *
   * @return the slug, or {@code null} when the path is not a slug
   */
  static String slugOf(HttpServletRequest request) {
    String prefix = request.getContextPath() + PREFIX;
    String uri = request.getRequestURI();
    if (!uri.startsWith(prefix)) {
      return null;
    }
    String raw = uri.substring(prefix.length());
    int parameters = raw.indexOf(';'); // a path parameter such as ;jsessionid is not the slug
    if (parameters >= 0) {
      raw = raw.substring(0, parameters);
    }
    try {
      return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return null;
    }
  }

  /** RFC 9110: If-None-Match decides when present; otherwise If-Modified-Since. */
  static boolean notModified(HttpServletRequest request, String etag, Instant modified) {
    String ifNoneMatch = request.getHeader("If-None-Match");
    if (ifNoneMatch != null) {
      for (String candidate : ifNoneMatch.split(",")) {
        String tag = candidate.strip();
        if (tag.startsWith("W/")) {
          tag = tag.substring(2);
        }
        if (tag.equals("*") || tag.equals(etag)) {
          return true;
        }
      }
      return false;
    }
    try {
      long since = request.getDateHeader("If-Modified-Since");
      return since >= 0 && !modified.isAfter(Instant.ofEpochMilli(since));
    } catch (IllegalArgumentException unreadable) {
      return false;
    }
  }

  private String render(PublicColumn column, HttpServletRequest request) {
    String canonical = siteUrl + request.getContextPath() + pathOf(column.slug());
    StringBuilder html = new StringBuilder(column.body().length() + 2048);
    html.append("<!DOCTYPE html>\n<html lang=\"ko\">\n<head>\n<meta charset=\"UTF-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(Html.escape(column.title()))
        .append("</title>\n");
    if (column.summary() != null) {
      html.append("<meta name=\"description\" content=\"")
          .append(Html.escape(column.summary()))
          .append("\">\n");
    }
    html.append("<link rel=\"canonical\" href=\"")
        .append(Html.escape(canonical))
        .append("\">\n<link rel=\"stylesheet\" href=\"")
        .append(request.getContextPath())
        .append("/static/page.css\">\n</head>\n<body>\n<article class=\"column\">\n<header>\n");
    if (column.magazineTitle() != null) {
      html.append("<p class=\"magazine\">")
          .append(Html.escape(column.magazineTitle()))
          .append("</p>\n");
    }
    html.append("<h1>").append(Html.escape(column.title())).append("</h1>\n");
    if (column.subtitle() != null) {
      html.append("<p class=\"subtitle\">").append(Html.escape(column.subtitle())).append("</p>\n");
    }
    html.append("<p class=\"byline\"><span class=\"author\">")
        .append(Html.escape(column.byline()))
        .append("</span> · <time datetime=\"")
        .append(column.firstPublishedAt())
        .append("\">")
        .append(DATE.format(column.firstPublishedAt()))
        .append("</time>");
    if (column.isUpdated()) {
      html.append(" · <span class=\"updated\">수정 <time datetime=\"")
          .append(column.publishedAt())
          .append("\">")
          .append(DATE.format(column.publishedAt()))
          .append("</time></span>");
    }
    html.append("</p>\n</header>\n<div class=\"body\">\n")
        .append(column.body()) // sanitized to the safe subset when it was saved
        .append("\n</div>\n");
    if (!column.tags().isEmpty()) {
      html.append("<ul class=\"tags\">");
      column.tags().forEach(tag -> html.append("<li>").append(Html.escape(tag)).append("</li>"));
      html.append("</ul>\n");
    }
    if (column.authorBio() != null) {
      html.append("<footer class=\"bio\"><p>")
          .append(Html.escape(column.authorBio()))
          .append("</p></footer>\n");
    }
    return html.append("</article>\n</body>\n</html>\n").toString();
  }

  private static void gone(HttpServletResponse response) throws IOException {
    byte[] page =
        ("<!DOCTYPE html>\n<html lang=\"ko\"><head><meta charset=\"UTF-8\"><title>내려간 칼럼 —"
                + " Column withdrawn</title></head><body><h1>이 칼럼은 더 이상 볼 수 없습니다.</h1>"
                + "<p lang=\"en\">This column has been withdrawn.</p></body></html>\n")
            .getBytes(StandardCharsets.UTF_8);
    response.setStatus(HttpServletResponse.SC_GONE);
    response.setContentType("text/html;charset=UTF-8");
    response.setContentLength(page.length);
    response.getOutputStream().write(page);
  }

  private static String digest(byte[] page) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(page);
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
