package dev.columndesk.web.site;

import dev.columndesk.service.error.InvalidInputException;
import dev.columndesk.service.paging.PageRequest;
import dev.columndesk.service.search.SearchHit;
import dev.columndesk.service.search.SearchResults;
import dev.columndesk.service.search.SiteSearch;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code /search?q=…}: live columns matching the words, best first, the matches marked. Never kept
 * in the page cache (queries are endless); the index answers in a few milliseconds. A query that is
 * too long is answered 400 with the reader's words still in the box.
 */
@WebServlet(SearchPage.PATH)
public class SearchPage extends SitePage {

  static final String PATH = "/search";
  private static final int PAGE_SIZE = 10;
  private static final long serialVersionUID = 1L;

  @Inject private transient SiteSearch search;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    request.setCharacterEncoding(StandardCharsets.UTF_8.name());
    super.doGet(request, response);
  }

  @Override
  protected String cacheKey(HttpServletRequest request) {
    return null;
  }

  @Override
  protected RenderedPage render(HttpServletRequest request) {
    SiteText text = SiteText.site();
    String query = request.getParameter("q");
    query = query == null ? "" : query.strip();
    int page = pageNumber(request);
    if (page < 0) {
      return badPage(text);
    }
    SiteLayout layout = new SiteLayout(text).title(text.get("search.title")).noIndex();
    StringBuilder main = layout.main();
    main.append("<h1 class=\"list\">")
        .append(Html.escape(text.get("search.title")))
        .append("</h1>\n");
    SiteLayout.searchForm(main, text, "search big", query);
    if (query.isEmpty()) {
      main.append("<p class=\"hint\">")
          .append(Html.escape(text.get("search.prompt")))
          .append("</p>\n");
      return RenderedPage.html(layout.render(), null);
    }
    SearchResults results;
    try {
      results = search.search(query, new PageRequest(page - 1, PAGE_SIZE));
    } catch (InvalidInputException tooLong) {
      main.append("<p class=\"problem\" role=\"alert\">")
          .append(Html.escape(tooLong.getMessage()))
          .append("</p>\n");
      return RenderedPage.of(400, RenderedPage.HTML, layout.render(), null);
    }
    if (results.total() == 0) {
      main.append("<p class=\"empty\">")
          .append(Html.escape(text.get("search.none", query)))
          .append("</p>\n");
      return RenderedPage.html(layout.render(), null);
    }
    main.append("<p class=\"count\">")
        .append(Html.escape(text.get("search.results", query, results.total())))
        .append("</p>\n");
    if (results.broadened()) {
      main.append("<p class=\"hint\">")
          .append(Html.escape(text.get("search.broadened")))
          .append("</p>\n");
    }
    main.append("<ol class=\"teasers results\">\n");
    for (SearchHit hit : results.hits()) {
      StringBuilder byline = new StringBuilder(Html.escape(hit.byline()));
      if (hit.magazineTitle() != null) {
        byline.append(" · ").append(Html.escape(hit.magazineTitle()));
      }
      byline
          .append(" · <time datetime=\"")
          .append(hit.firstPublishedAt())
          .append("\">")
          .append(Html.escape(text.date(hit.firstPublishedAt())))
          .append("</time>");
      // Title and snippet come escaped from the index, with the matches in <mark>.
      SiteLayout.teaser(
          main,
          hit.language(),
          null,
          SiteAddress.column(hit.slug()),
          hit.titleHtml(),
          hit.snippetHtml(),
          byline.toString());
    }
    main.append("</ol>\n");
    long pages = (results.total() + PAGE_SIZE - 1) / PAGE_SIZE;
    String first = PATH + "?q=" + SiteAddress.segment(query);
    SiteLayout.pager(main, first, first + "&amp;page=", page, pages, text);
    return RenderedPage.html(layout.render(), null);
  }
}
