package dev.columndesk.web.site;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;

/**
 * A public page: rendered once from the live columns, then sent from memory ({@link RenderedPages})
 * with a strong {@code ETag}, {@code Last-Modified}, and {@code 304} to a request that already
 * holds it. No Faces, no session, no database on the way of a reader who hits the cache.
 */
abstract class SitePage extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /**
   * What every public answer carries: no sniffing, no framing, no scripts at all (JSON-LD is data,
   * not script), styles and images from the site, images in columns also from elsewhere over HTTPS.
   */
  static final String POLICY =
      "default-src 'none'; style-src 'self'; img-src 'self' https: data:; form-action 'self';"
          + " base-uri 'none'; frame-ancestors 'none'";

  @Inject private transient RenderedPages pages;

  /**
   * The page for this request as it should be kept, or {@code null} for a page never kept (one
   * whose address is not one of a known, small set).
   */
  protected abstract String cacheKey(HttpServletRequest request);

  /** Renders the page for this request from the database. */
  protected abstract RenderedPage render(HttpServletRequest request);

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String key = cacheKey(request);
    RenderedPage page = key == null ? render(request) : pages.get(key, () -> render(request));
    send(page, request, response);
  }

  static void send(RenderedPage page, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    response.setHeader("Content-Security-Policy", POLICY);
    // Caches may keep it, but must ask again each time: a withdrawn column must vanish at once.
    response.setHeader("Cache-Control", "public, no-cache");
    if (page.status() == HttpServletResponse.SC_OK) {
      response.setHeader("ETag", page.etag());
      if (page.lastModified() != null) {
        response.setDateHeader("Last-Modified", page.lastModified().toEpochMilli());
      }
      if (notModified(request, page.etag(), page.lastModified())) {
        response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        return;
      }
    }
    response.setStatus(page.status());
    response.setContentType(page.contentType());
    response.setContentLength(page.body().length);
    response.getOutputStream().write(page.body());
  }

  /** RFC 9110: If-None-Match decides when present; otherwise If-Modified-Since. */
  static boolean notModified(HttpServletRequest request, String etag, Instant modified) {
    String ifNoneMatch = request.getHeader("If-None-Match");
    if (ifNoneMatch != null) {
      for (String candidate : ifNoneMatch.split(",")) {
        String tag = candidate.strip();
        if (tag.startsWith("W/")) {
          tag = tag.substring(2); // If-None-Match compares weakly
        }
        if (tag.equals("*") || tag.equals(etag)) {
          return true;
        }
      }
      return false;
    }
    if (modified == null) {
      return false;
    }
    try {
      long since = request.getDateHeader("If-Modified-Since");
      return since >= 0 && !modified.isAfter(Instant.ofEpochMilli(since));
    } catch (IllegalArgumentException unreadable) {
      return false;
    }
  }

  /**
   * The {@code page} parameter of a list, counting from 1.
   *
   * @return the page, or {@code -1} when the parameter is not a page number
   */
  static int pageNumber(HttpServletRequest request) {
    String page = request.getParameter("page");
    if (page == null) {
      return 1;
    }
    try {
      int number = Integer.parseInt(page);
      return number >= 1 && number <= 100_000 ? number : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** A readable error page in the site's layout, never kept. */
  static RenderedPage error(int status, SiteText text, String titleKey, String message) {
    SiteLayout layout = new SiteLayout(text).title(text.get(titleKey)).noIndex();
    layout
        .main()
        .append("<section class=\"error\">\n<h1>")
        .append(Html.escape(text.get(titleKey)))
        .append("</h1>\n<p>")
        .append(Html.escape(message))
        .append("</p>\n<p><a href=\"/\">")
        .append(Html.escape(text.get("error.home")))
        .append("</a></p>\n</section>\n");
    return RenderedPage.of(status, RenderedPage.HTML, layout.render(), null);
  }

  static RenderedPage notFound(SiteText text) {
    return error(404, text, "error.notfound.title", text.get("error.notfound.text"));
  }

  static RenderedPage badPage(SiteText text) {
    return error(
        400,
        text,
        "error.badrequest.title",
        "page: a page number from 1 to 100000 / 쪽 번호는 1부터 100000까지입니다");
  }
}
