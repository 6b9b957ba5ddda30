package dev.columndesk.web.site;

import dev.columndesk.service.publishing.PublicColumn;
import dev.columndesk.service.publishing.PublicColumns;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The public page of a column, {@code /columns/<slug>}: the live revision only, never the working
 * copy, with its byline, the author's bio, tags, the magazine's previous and next columns, and the
 * metadata search engines and social sites read (canonical link, OpenGraph, Twitter card, JSON-LD
 * {@code Article}). {@code 404} for what was never published and {@code 410} once taken down.
 */
@WebServlet(ColumnPage.PREFIX + "*")
public class ColumnPage extends SitePage {

  public static final String PREFIX = "/columns/";

  private static final long serialVersionUID = 1L;
  private static final int DESCRIPTION_CHARS = 160;
  private static final Pattern FIRST_IMAGE = Pattern.compile("<img[^>]*\\ssrc=\"([^\"]+)\"");

  @Inject private transient PublicColumns columns;

  /** The path of a column's public page, percent-encoded so that it is a valid URI as it stands. */
  public static String pathOf(String slug) {
    return SiteAddress.column(slug);
  }

  /** The address as it came, as for the lists: a hit needs no decoding, only a miss renders. */
  @Override
  protected String cacheKey(HttpServletRequest request) {
    return request.getRequestURI();
  }

  @Override
  protected RenderedPage render(HttpServletRequest request) {
    String slug = slugOf(request);
    if (slug == null) {
      return notFound(SiteText.site());
    }
    PublicColumns.Lookup found = columns.find(slug);
    if (found.column().isEmpty()) {
      SiteText text = SiteText.site();
      return found.state() == PublicColumns.State.GONE
          ? error(410, text, "error.gone.title", text.get("error.gone.text"))
          : notFound(text);
    }
    PublicColumn column = found.column().get();
    return RenderedPage.html(page(column, columns.neighbours(column)), column.publishedAt());
  }

  /** The slug, or {@code null} when the path is not one. */
  static String slugOf(HttpServletRequest request) {
    List<String> segments = SiteAddress.segments(request, PREFIX);
    return segments == null || segments.size() != 1 || segments.get(0).isEmpty()
        ? null
        : segments.get(0);
  }

  /** The page as readers see it; the desk's preview renders the working copy with it too. */
  static String page(PublicColumn column, PublicColumns.Neighbours neighbours) {
    SiteText text = SiteText.of(column.language());
    String path = SiteAddress.column(column.slug());
    String description = description(column);
    String image =
        column.cover() != null ? SiteAddress.absolute(column.cover()) : firstImage(column);
    SiteLayout layout =
        new SiteLayout(text).title(column.title()).description(description).canonical(path);
    if (column.magazineSlug() != null) {
      layout.feed(
          SiteAddress.feedOf(SiteAddress.magazine(column.magazineSlug())), column.magazineTitle());
    }
    meta(layout, "og:type", "article");
    meta(layout, "og:title", column.title());
    meta(layout, "og:description", description);
    meta(layout, "og:url", SiteAddress.absolute(path));
    meta(layout, "og:site_name", text.siteName());
    meta(layout, "og:locale", text.ogLocale());
    if (image != null) {
      meta(layout, "og:image", image);
    }
    meta(layout, "article:published_time", column.firstPublishedAt().toString());
    meta(layout, "article:modified_time", column.publishedAt().toString());
    meta(
        layout,
        "article:author",
        SiteAddress.absolute(SiteAddress.author(column.authorUsername())));
    if (column.magazineTitle() != null) {
      meta(layout, "article:section", column.magazineTitle());
    }
    column.tags().forEach(tag -> meta(layout, "article:tag", tag));
    named(layout, "twitter:card", image != null ? "summary_large_image" : "summary");
    named(layout, "twitter:title", column.title());
    named(layout, "twitter:description", description);
    if (image != null) {
      named(layout, "twitter:image", image);
    }
    layout.head(
        "<script type=\"application/ld+json\">" + jsonLd(column, description, image) + "</script>");

    StringBuilder main = layout.main();
    main.append("<article class=\"column\">\n<header>\n");
    if (column.magazineTitle() != null) {
      main.append("<a class=\"magazine\" href=\"")
          .append(SiteAddress.magazine(column.magazineSlug()))
          .append("\">")
          .append(Html.escape(column.magazineTitle()))
          .append("</a>\n");
    }
    main.append("<h1>").append(Html.escape(column.title())).append("</h1>\n");
    if (column.subtitle() != null) {
      main.append("<p class=\"subtitle\">").append(Html.escape(column.subtitle())).append("</p>\n");
    }
    main.append("<p class=\"byline\">");
    SiteLayout.byline(main, column, text);
    if (column.isUpdated()) {
      main.append(" · <span class=\"updated\">")
          .append(Html.escape(text.get("column.updated")))
          .append(" <time datetime=\"")
          .append(column.publishedAt())
          .append("\">")
          .append(Html.escape(text.date(column.publishedAt())))
          .append("</time></span>");
    }
    main.append("</p>\n</header>\n");
    if (column.cover() != null) { // a media library path, made by the server
      main.append("<figure class=\"cover\"><img src=\"")
          .append(Html.escape(column.cover()))
          .append("\" alt=\"\"></figure>\n");
    }
    main.append("<div class=\"body\">\n")
        .append(column.body()) // sanitized to the safe subset when it was saved
        .append("\n</div>\n");
    if (!column.tags().isEmpty()) {
      main.append("<ul class=\"tags\" aria-label=\"")
          .append(Html.escape(text.get("column.tags")))
          .append("\">");
      for (String tag : column.tags()) {
        main.append("<li><a rel=\"tag\" href=\"")
            .append(SiteAddress.tag(tag))
            .append("\">")
            .append(Html.escape(tag))
            .append("</a></li>");
      }
      main.append("</ul>\n");
    }
    main.append("<footer class=\"bio\">\n<h2>")
        .append(Html.escape(text.get("column.about")))
        .append("</h2>\n<p class=\"author\"><a rel=\"author\" href=\"")
        .append(SiteAddress.author(column.authorUsername()))
        .append("\">")
        .append(Html.escape(column.byline()))
        .append("</a></p>\n");
    if (column.authorBio() != null) {
      main.append("<p>").append(Html.escape(column.authorBio())).append("</p>\n");
    }
    main.append("</footer>\n</article>\n");
    if (neighbours.previous() != null || neighbours.next() != null) {
      main.append("<nav class=\"neighbours\">\n");
      neighbour(main, neighbours.previous(), "previous", text.get("column.previous"));
      neighbour(main, neighbours.next(), "next", text.get("column.next"));
      main.append("</nav>\n");
    }
    return layout.render();
  }

  private static void neighbour(StringBuilder main, PublicColumn column, String rel, String label) {
    if (column == null) {
      return;
    }
    main.append("<a class=\"")
        .append(rel)
        .append("\" rel=\"")
        .append(rel.equals("previous") ? "prev" : "next")
        .append("\" href=\"")
        .append(SiteAddress.column(column.slug()))
        .append("\"><span>")
        .append(Html.escape(label))
        .append("</span> ")
        .append(Html.escape(column.title()))
        .append("</a>\n");
  }

  /** OpenGraph's {@code <meta property=…>}. */
  private static void meta(SiteLayout layout, String property, String content) {
    metaTag(layout, "property", property, content);
  }

  /** Twitter's {@code <meta name=…>}. */
  private static void named(SiteLayout layout, String name, String content) {
    metaTag(layout, "name", name, content);
  }

  private static void metaTag(SiteLayout layout, String attribute, String key, String content) {
    layout.head(
        "<meta "
            + attribute
            + "=\""
            + key
            + "\" content=\""
            + Html.escape(content == null ? "" : content)
            + "\">");
  }

  /** The summary, or the start of the body's text. */
  private static String description(PublicColumn column) {
    if (column.summary() != null) {
      return column.summary();
    }
    String text = column.bodyText().replace('\n', ' ').strip();
    if (text.codePointCount(0, text.length()) <= DESCRIPTION_CHARS) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, DESCRIPTION_CHARS)) + "…";
  }

  /** The body's first image as an absolute address, for previews on social sites. */
  private static String firstImage(PublicColumn column) {
    Matcher image = FIRST_IMAGE.matcher(column.body());
    if (!image.find()) {
      return null;
    }
    String src = image.group(1).replace("&amp;", "&");
    return src.startsWith("/") ? SiteAddress.absolute(src) : src;
  }

  /**
   * JSON-LD {@code Article}. Safe inside {@code <script>}: every {@code <} is written as {@code
   * \u003c}, so no text can close the element (nor open a comment).
   */
  private static String jsonLd(PublicColumn column, String description, String image) {
    String address = SiteAddress.absolute(SiteAddress.column(column.slug()));
    JsonObjectBuilder author =
        Json.createObjectBuilder()
            .add("@type", "Person")
            .add("name", column.byline())
            .add("url", SiteAddress.absolute(SiteAddress.author(column.authorUsername())));
    JsonObjectBuilder article =
        Json.createObjectBuilder()
            .add("@context", "https://schema.org")
            .add("@type", "Article")
            .add("headline", column.title())
            .add("url", address)
            .add("mainEntityOfPage", address)
            .add("inLanguage", column.language())
            .add("datePublished", column.firstPublishedAt().toString())
            .add("dateModified", column.publishedAt().toString())
            .add("author", author)
            .add(
                "publisher",
                Json.createObjectBuilder()
                    .add("@type", "Organization")
                    .add("name", SiteText.of(column.language()).siteName()));
    if (column.subtitle() != null) {
      article.add("alternativeHeadline", column.subtitle());
    }
    if (description != null && !description.isEmpty()) {
      article.add("description", description);
    }
    if (image != null) {
      article.add("image", image);
    }
    if (!column.tags().isEmpty()) {
      JsonArrayBuilder keywords = Json.createArrayBuilder();
      column.tags().forEach(keywords::add);
      article.add("keywords", keywords);
    }
    if (column.magazineTitle() != null) {
      article.add(
          "isPartOf",
          Json.createObjectBuilder()
              .add("@type", "CreativeWorkSeries")
              .add("name", column.magazineTitle())
              .add("url", SiteAddress.absolute(SiteAddress.magazine(column.magazineSlug()))));
    }
    // U+2028 and U+2029 are valid in JSON but end a line in older JavaScript: written escaped too.
    return article
        .build()
        .toString()
        .replace("<", "\\u003c")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029");
  }
}
