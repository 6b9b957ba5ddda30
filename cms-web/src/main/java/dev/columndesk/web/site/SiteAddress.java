package dev.columndesk.web.site;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where things live on the public site, and the site's public address for links that must be
 * absolute (canonical links, feeds, the sitemap). The address comes from {@code cms.site.url},
 * never from the request: a forged {@code Host} header must not end up in a cached page.
 */
public final class SiteAddress {

  /** Used when {@code cms.site.url} is not set: what {@code ./run.sh} serves by default. */
  static final String DEFAULT_URL = "http://localhost:8080";

  private static final String BASE =
      ConfigProvider.getConfig()
          .getOptionalValue("cms.site.url", String.class)
          .map(String::strip)
          .filter(url -> !url.isEmpty())
          .map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url)
          .orElse(DEFAULT_URL);

  private SiteAddress() {}

  /** The absolute address of a path on the site, such as {@code https://host/columns/…}. */
  public static String absolute(String path) {
    return BASE + path;
  }

  public static String column(String slug) {
    return "/columns/" + segment(slug);
  }

  public static String magazine(String slug) {
    return "/magazines/" + segment(slug);
  }

  public static String author(String username) {
    return "/authors/" + segment(username);
  }

  public static String tag(String name) {
    return "/tags/" + segment(name);
  }

  public static String feedOf(String page) {
    return page + "/feed.atom";
  }

  /** One path segment, percent-encoded as UTF-8; a space is {@code %20}, never {@code +}. */
  public static String segment(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /**
   * The path segments after {@code prefix}, each decoded from the raw request URI as UTF-8. The raw
   * URI, because over HTTP/2 Payara decodes {@code getPathInfo()} wrongly for non-ASCII paths.
   *
   * @return the decoded segments, or {@code null} when the path is not under the prefix or is not
   *     valid percent-encoding
   */
  static List<String> segments(HttpServletRequest request, String prefix) {
    String start = request.getContextPath() + prefix;
    String uri = request.getRequestURI();
    if (!uri.startsWith(start)) {
      return null;
    }
    String raw = uri.substring(start.length());
    int parameters = raw.indexOf(';'); // a path parameter such as ;jsessionid is no part of it
    if (parameters >= 0) {
      raw = raw.substring(0, parameters);
    }
    try {
      return List.of(raw.split("/", -1)).stream()
          .map(part -> URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8))
          .toList();
    } catch (IllegalArgumentException malformed) {
      return null;
    }
  }
}
