package dev.columndesk.web.site;

import dev.columndesk.service.editorial.ColumnReading;
import dev.columndesk.service.editorial.EditorialService;
import dev.columndesk.service.error.ForbiddenException;
import dev.columndesk.service.error.NotFoundException;
import dev.columndesk.service.publishing.PublicColumn;
import dev.columndesk.service.publishing.PublicColumns;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;

/**
 * {@code /desk/preview/<id>}: the column's working copy rendered by the public page's own code, so
 * that the writer sees exactly what readers will see. Only for those who may read the working copy
 * (the desk's sign-in guards the path, the service checks again); never cached, never indexed.
 */
@WebServlet("/desk/preview/*")
public class ColumnPreview extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private transient EditorialService editorial;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    SiteText text = SiteText.site();
    RenderedPage page;
    try {
      long id =
          Long.parseLong(request.getPathInfo() == null ? "" : request.getPathInfo().substring(1));
      ColumnReading reading = editorial.read(id);
      PublicColumn column =
          reading.liveOnly() == null
              ? PublicColumns.preview(reading.column(), Instant.now())
              : PublicColumns.of(reading.column(), reading.liveOnly());
      String html =
          ColumnPage.page(column, new PublicColumns.Neighbours(null, null))
              .replaceFirst("<head>", "<head>\n<meta name=\"robots\" content=\"noindex\">");
      page = RenderedPage.html(html, null);
    } catch (NumberFormatException | NotFoundException e) {
      page = SitePage.notFound(text);
    } catch (ForbiddenException | EJBAccessException e) {
      page = SitePage.error(403, text, "error.forbidden.title", text.get("error.forbidden.text"));
    }
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Content-Security-Policy", SitePage.POLICY);
    response.setHeader("Cache-Control", "private, no-store");
    response.setStatus(page.status());
    response.setContentType(page.contentType());
    response.getOutputStream().write(page.body());
  }
}
