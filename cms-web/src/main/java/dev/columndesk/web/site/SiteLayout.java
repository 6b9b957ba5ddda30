package dev.columndesk.web.site;

import dev.columndesk.service.publishing.PublicColumn;
import java.util.ArrayList;
import java.util.List;

/**
 * One public page: the head with its metadata, the site's header and footer around the page's own
 * content. Everything that came from a person is escaped here or by the caller with {@link
 * Html#escape}; only a column's body, sanitized when it was saved, is written as it is.
 */
final class SiteLayout {

  private final SiteText text;
  private String title;
  private String description;
  private String canonicalPath;
  private String feedPath;
  private String feedTitle;
  private boolean index = true;
  private final List<String> head = new ArrayList<>();
  private final StringBuilder main = new StringBuilder(4096);

  SiteLayout(SiteText text) {
    this.text = text;
  }

  /** The title, shown before the site's name in the browser. */
  SiteLayout title(String title) {
    this.title = title;
    return this;
  }

  SiteLayout description(String description) {
    this.description = description;
    return this;
  }

  /** The page's one true address; also its OpenGraph URL. */
  SiteLayout canonical(String path) {
    this.canonicalPath = path;
    return this;
  }

  /** The Atom feed that follows this page. */
  SiteLayout feed(String path, String title) {
    this.feedPath = path;
    this.feedTitle = title;
    return this;
  }

  /** Keeps search engines from listing the page (search results, errors). */
  SiteLayout noIndex() {
    this.index = false;
    return this;
  }

  /** Adds a {@code <meta>} or {@code <script>} element, already escaped, to the head. */
  SiteLayout head(String element) {
    head.add(element);
    return this;
  }

  /** The page's own content, already escaped where it needs to be. */
  StringBuilder main() {
    return main;
  }

  String render() {
    String feed = feedPath != null ? feedPath : "/feed.atom";
    String feedName = feedTitle != null ? feedTitle : text.siteName();
    StringBuilder html = new StringBuilder(main.length() + 3072);
    html.append("<!DOCTYPE html>\n<html lang=\"")
        .append(text.language())
        .append("\">\n<head>\n<meta charset=\"UTF-8\">\n")
        .append(
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
    if (title != null) {
      html.append(Html.escape(title)).append(" — ");
    }
    html.append(Html.escape(text.siteName())).append("</title>\n");
    if (description != null && !description.isBlank()) {
      html.append("<meta name=\"description\" content=\"")
          .append(Html.escape(description))
          .append("\">\n");
    }
    if (!index) {
      html.append("<meta name=\"robots\" content=\"noindex\">\n");
    }
    if (canonicalPath != null) {
      html.append("<link rel=\"canonical\" href=\"")
          .append(Html.escape(SiteAddress.absolute(canonicalPath)))
          .append("\">\n");
    }
    html.append("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"")
        .append(Html.escape(feedName))
        .append("\" href=\"")
        .append(Html.escape(feed))
        .append("\">\n<link rel=\"stylesheet\" href=\"/static/site.css\">\n");
    head.forEach(element -> html.append(element).append('\n'));
    html.append("</head>\n<body>\n<header class=\"site\">\n<a class=\"name\" href=\"/\">")
        .append(Html.escape(text.siteName()))
        .append("</a>\n");
    searchForm(html, text, "search", "");
    html.append("</header>\n<main>\n")
        .append(main)
        .append("</main>\n<footer class=\"site\">\n<a href=\"")
        .append(Html.escape(feed))
        .append("\">")
        .append(Html.escape(text.get("feed.subscribe")))
        .append("</a> · <a href=\"/desk/\">")
        .append(Html.escape(text.get("footer.desk")))
        .append("</a> · <span lang=\"en\">Column Desk</span>\n</footer>\n</body>\n</html>\n");
    return html.toString();
  }

  /** The search form, holding {@code value}; {@code kind} is its CSS class. */
  static void searchForm(StringBuilder html, SiteText text, String kind, String value) {
    html.append("<form class=\"")
        .append(kind)
        .append("\" action=\"/search\" method=\"get\" role=\"search\"><input name=\"q\"")
        .append(" type=\"search\" maxlength=\"200\" value=\"")
        .append(Html.escape(value))
        .append("\" placeholder=\"")
        .append(Html.escape(text.get("search.placeholder")))
        .append("\" aria-label=\"")
        .append(Html.escape(text.get("search.label")))
        .append("\"><button type=\"submit\">")
        .append(Html.escape(text.get("search.button")))
        .append("</button></form>\n");
  }

  /** A list of columns as teasers: title, subtitle or summary, byline and date. */
  static void teasers(StringBuilder html, List<PublicColumn> columns, SiteText text) {
    html.append("<ol class=\"teasers\">\n");
    for (PublicColumn column : columns) {
      String magazine =
          column.magazineTitle() == null
              ? null
              : "<a class=\"magazine\" href=\""
                  + SiteAddress.magazine(column.magazineSlug())
                  + "\">"
                  + Html.escape(column.magazineTitle())
                  + "</a>";
      String lead = column.summary() != null ? column.summary() : column.subtitle();
      StringBuilder byline = new StringBuilder();
      byline(byline, column, text);
      teaser(
          html,
          column.language(),
          magazine,
          SiteAddress.column(column.slug()),
          Html.escape(column.title()),
          lead == null ? null : Html.escape(lead),
          byline.toString());
    }
    html.append("</ol>\n");
  }

  /**
   * One teaser in a list; every argument is HTML, escaped by the caller.
   *
   * @param kicker what stands above the title (the magazine), or {@code null}
   * @param lead the line under the title, or {@code null}
   */
  static void teaser(
      StringBuilder html,
      String language,
      String kicker,
      String href,
      String title,
      String lead,
      String byline) {
    html.append("<li lang=\"").append(language).append("\">\n<article>\n");
    if (kicker != null) {
      html.append(kicker).append('\n');
    }
    html.append("<h2><a href=\"").append(href).append("\">").append(title).append("</a></h2>\n");
    if (lead != null) {
      html.append("<p class=\"lead\">").append(lead).append("</p>\n");
    }
    html.append("<p class=\"byline\">").append(byline).append("</p>\n</article>\n</li>\n");
  }

  /** Author (linked) and date of first publication. */
  static void byline(StringBuilder html, PublicColumn column, SiteText text) {
    html.append("<a class=\"author\" rel=\"author\" href=\"")
        .append(SiteAddress.author(column.authorUsername()))
        .append("\">")
        .append(Html.escape(column.byline()))
        .append("</a> · <time datetime=\"")
        .append(column.firstPublishedAt())
        .append("\">")
        .append(Html.escape(text.date(column.firstPublishedAt())))
        .append("</time>");
  }

  /**
   * Links to the newer and older pages of a list; pages count from 1.
   *
   * @param first the address of the first page
   * @param numbered the address of a later page without its number, such as {@code /x?page=}
   */
  static void pager(
      StringBuilder html, String first, String numbered, int page, long pages, SiteText text) {
    if (pages <= 1) {
      return;
    }
    html.append("<nav class=\"pager\">");
    if (page > 1) {
      html.append("<a rel=\"prev\" href=\"")
          .append(page == 2 ? first : numbered + (page - 1))
          .append("\">")
          .append(Html.escape(text.get("pager.newer")))
          .append("</a> ");
    }
    html.append("<span>")
        .append(Html.escape(text.get("pager.page", page, pages)))
        .append("</span>");
    if (page < pages) {
      html.append(" <a rel=\"next\" href=\"")
          .append(numbered)
          .append(page + 1)
          .append("\">")
          .append(Html.escape(text.get("pager.older")))
          .append("</a>");
    }
    html.append("</nav>\n");
  }
}
