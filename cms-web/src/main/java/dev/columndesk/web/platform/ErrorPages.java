package dev.columndesk.web.platform;

import dev.columndesk.web.api.problem.Incidents;
import dev.columndesk.web.api.problem.Problem;
import jakarta.faces.application.ProtectedViewException;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.primefaces.csp.CspException;

/**
 * The error pages of everything outside JAX-RS: a problem document for {@code /api/} paths (so an
 * API client never parses HTML), the readable Korean and English page for everyone else. Never a
 * stack trace; an exception is logged under an incident id.
 */
@WebServlet(ErrorPages.PATH)
public class ErrorPages extends HttpServlet {

  /** Where web.xml sends the container's errors. */
  public static final String PATH = "/error";

  private static final long serialVersionUID = 1L;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer number ? number : 404; // asked for directly
    Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (uri == null) {
      uri = request.getRequestURI();
    }
    Problem problem;
    if (failure != null && forged(failure)) {
      status = 403;
      problem = new Problem(status, "The form was not sent by this desk page");
    } else if (failure != null) {
      status = 500;
      problem = Incidents.problem(failure);
    } else {
      problem =
          new Problem(
              status,
              switch (status) {
                case 404 -> "There is nothing at " + uri;
                case 403 -> "You are not allowed to do this";
                default -> "The request failed";
              });
    }
    if (uri.startsWith(request.getContextPath() + "/api/")) {
      problem.writeTo(response);
    } else {
      page(request, response, status, pageFor(status));
    }
  }

  private static String pageFor(int status) {
    return switch (status) {
      case 404, 410 -> "/errors/404.html";
      case 401, 403 -> "/errors/403.html";
      default -> "/errors/500.html";
    };
  }

  /**
   * A desk form that did not come from the page it claims to: PrimeFaces refuses a post without the
   * nonce of the page it rendered, Faces a protected view without its token. Refused, not an
   * incident.
   */
  private static boolean forged(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof CspException || cause instanceof ProtectedViewException) {
        return true;
      }
    }
    return false;
  }

  private static void page(
      HttpServletRequest request, HttpServletResponse response, int status, String page)
      throws ServletException, IOException {
    response.setStatus(status);
    response.setContentType("text/html;charset=UTF-8");
    request.getRequestDispatcher(page).include(request, response);
  }
}
