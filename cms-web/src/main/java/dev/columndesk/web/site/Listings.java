package dev.columndesk.web.site;

import dev.columndesk.service.paging.Page;
import dev.columndesk.service.paging.PageRequest;
import dev.columndesk.service.publishing.PublicColumn;
import dev.columndesk.service.publishing.PublicColumns;
import dev.columndesk.service.publishing.PublicColumns.AuthorInfo;
import dev.columndesk.service.publishing.PublicColumns.MagazineInfo;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The lists of live columns, newest first, and their Atom feeds: the front page ({@code /}), a
 * magazine ({@code /magazines/<slug>}), an author ({@code /authors/<username>}) and a tag ({@code
 * /tags/<name>}); the feeds at {@code /feed.atom} and {@code …/feed.atom} under a magazine or
 * author.
 */
@WebServlet({"", Listings.FEED, "/magazines/*", "/authors/*", "/tags/*"})
public class Listings extends SitePage {

  static final String FEED = "/feed.atom";
  private static final String FEED_FILE = "feed.atom";
  private static final int PAGE_SIZE = 20;
  private static final int FEED_SIZE = 20;

  private static final long serialVersionUID = 1L;

  @Inject private transient PublicColumns columns;

  /** What a path names: which list, of what, and whether its feed. */
  private record Target(String kind, String name, boolean feed) {}

  @Override
  protected String cacheKey(HttpServletRequest request) {
    int page = pageNumber(request);
    return page < 0 ? null : request.getRequestURI() + "?page=" + page;
  }

  @Override
  protected RenderedPage render(HttpServletRequest request) {
    SiteText text = SiteText.site();
    Target target = target(request);
    if (target == null) {
      return notFound(text);
    }
    int page = pageNumber(request);
    if (page < 0) {
      return badPage(text);
    }
    return switch (target.kind()) {
      case "front" -> target.feed() ? siteFeed(text) : front(text, page);
      case "magazines" -> magazine(text, target, page);
      case "authors" -> author(text, target, page);
      default -> tag(text, target, page);
    };
  }

  private static Target target(HttpServletRequest request) {
    String servletPath = request.getServletPath();
    if (servletPath.isEmpty()) {
      return new Target("front", null, false);
    }
    if (servletPath.equals(FEED)) {
      return new Target("front", null, true);
    }
    String kind = servletPath.substring(1);
    List<String> segments = SiteAddress.segments(request, servletPath + "/");
    if (segments == null || segments.isEmpty() || segments.get(0).isBlank()) {
      return null;
    }
    if (segments.size() == 1) {
      return new Target(kind, segments.get(0), false);
    }
    if (segments.size() == 2 && segments.get(1).equals(FEED_FILE) && !kind.equals("tags")) {
      return new Target(kind, segments.get(0), true);
    }
    return null;
  }

  private RenderedPage front(SiteText text, int page) {
    Page<PublicColumn> found = columns.latest(new PageRequest(page - 1, PAGE_SIZE));
    if (found.items().isEmpty() && page > 1) {
      return notFound(text);
    }
    SiteLayout layout =
        new SiteLayout(text)
            .description(text.get("site.tagline"))
            .canonical(page == 1 ? "/" : "/?page=" + page);
    StringBuilder main = layout.main();
    main.append("<h1 class=\"list\">")
        .append(Html.escape(text.get("front.title")))
        .append("</h1>\n");
    if (found.items().isEmpty()) {
      main.append("<p class=\"empty\">")
          .append(Html.escape(text.get("front.empty")))
          .append("</p>\n");
    }
    SiteLayout.teasers(main, found.items(), text);
    SiteLayout.pager(main, "/", "/?page=", page, pages(found), text);
    List<MagazineInfo> magazines = columns.magazinesWithColumns();
    if (!magazines.isEmpty()) {
      main.append("<nav class=\"magazines\"><h2>")
          .append(Html.escape(text.get("nav.magazines")))
          .append("</h2>\n<ul>\n");
      for (MagazineInfo magazine : magazines) {
        main.append("<li><a href=\"")
            .append(SiteAddress.magazine(magazine.slug()))
            .append("\">")
            .append(Html.escape(magazine.title()))
            .append("</a></li>\n");
      }
      main.append("</ul>\n</nav>\n");
    }
    return RenderedPage.html(layout.render(), renderedNow());
  }

  private RenderedPage magazine(SiteText text, Target target, int page) {
    Optional<MagazineInfo> magazine = columns.magazine(target.name());
    if (magazine.isEmpty()) {
      return notFound(text);
    }
    String path = SiteAddress.magazine(magazine.get().slug());
    if (target.feed()) {
      return AtomFeed.of(
          magazine.get().title(),
          magazine.get().description(),
          path,
          columns.inMagazine(target.name(), new PageRequest(0, FEED_SIZE)).items());
    }
    Page<PublicColumn> found =
        columns.inMagazine(target.name(), new PageRequest(page - 1, PAGE_SIZE));
    return list(
        text,
        path,
        page,
        found,
        text.get("magazine.kind"),
        magazine.get().title(),
        magazine.get().description(),
        magazine.get().title());
  }

  private RenderedPage author(SiteText text, Target target, int page) {
    Optional<AuthorInfo> author = columns.author(target.name());
    if (author.isEmpty()) {
      return notFound(text);
    }
    String path = SiteAddress.author(author.get().username());
    if (target.feed()) {
      return AtomFeed.of(
          text.get("author.columns", author.get().byline()),
          author.get().bio(),
          path,
          columns.byAuthor(target.name(), new PageRequest(0, FEED_SIZE)).items());
    }
    Page<PublicColumn> found =
        columns.byAuthor(target.name(), new PageRequest(page - 1, PAGE_SIZE));
    return list(
        text,
        path,
        page,
        found,
        text.get("author.kind"),
        author.get().byline(),
        author.get().bio(),
        text.get("author.columns", author.get().byline()));
  }

  private RenderedPage tag(SiteText text, Target target, int page) {
    Page<PublicColumn> found = columns.tagged(target.name(), new PageRequest(page - 1, PAGE_SIZE));
    if (found.total() == 0) {
      return notFound(text);
    }
    String title = text.get("tag.title", target.name());
    return list(text, SiteAddress.tag(target.name()), page, found, null, title, null, title);
  }

  private RenderedPage siteFeed(SiteText text) {
    return AtomFeed.of(
        text.siteName(),
        text.get("site.tagline"),
        "/",
        columns.latest(new PageRequest(0, FEED_SIZE)).items());
  }

  /** A titled list with its description, feed link (not for tags) and pager. */
  private static RenderedPage list(
      SiteText text,
      String path,
      int page,
      Page<PublicColumn> found,
      String kind,
      String heading,
      String description,
      String feedTitle) {
    if (found.items().isEmpty() && page > 1) {
      return notFound(text);
    }
    SiteLayout layout =
        new SiteLayout(text)
            .title(heading)
            .description(description)
            .canonical(page == 1 ? path : path + "?page=" + page);
    if (kind != null) {
      layout.feed(SiteAddress.feedOf(path), feedTitle);
    }
    StringBuilder main = layout.main();
    main.append("<header class=\"list\">\n");
    if (kind != null) {
      main.append("<p class=\"kind\">").append(Html.escape(kind)).append("</p>\n");
    }
    main.append("<h1>").append(Html.escape(heading)).append("</h1>\n");
    if (description != null) {
      main.append("<p class=\"about\">").append(Html.escape(description)).append("</p>\n");
    }
    main.append("</header>\n");
    if (found.items().isEmpty()) {
      main.append("<p class=\"empty\">")
          .append(Html.escape(text.get("list.empty")))
          .append("</p>\n");
    }
    SiteLayout.teasers(main, found.items(), text);
    SiteLayout.pager(main, path, path + "?page=", page, pages(found), text);
    return RenderedPage.html(layout.render(), renderedNow());
  }

  private static long pages(Page<PublicColumn> found) {
    return (found.total() + found.size() - 1) / found.size();
  }

  /**
   * A list's last modification: when it was rendered. Not the newest publication in it, since
   * taking a column down changes a list without publishing anything; a list is rendered again after
   * every such change.
   */
  private static Instant renderedNow() {
    return Instant.now();
  }
}
