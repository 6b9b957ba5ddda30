package dev.columndesk.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The headers every answer carries, whatever produced it: desk pages, the login page, Faces
 * resources, static files, the API and its problem documents, error pages and redirects. It runs
 * again on error dispatches, so a 404 or 500 page is no exception.
 *
 * <p>The default policy allows nothing active at all. A page that has its own policy replaces it
 * rather than adding a second header (browsers enforce every policy they receive): the public site
 * sets a stricter one of its own, and on desk pages PrimeFaces sends {@code primefaces.CSP_POLICY}
 * from web.xml with the nonce of that response's scripts.
 */
@WebFilter(
    filterName = "securityHeaders",
    urlPatterns = "/*",
    asyncSupported = true,
    dispatcherTypes = {
      DispatcherType.REQUEST,
      DispatcherType.FORWARD,
      DispatcherType.ERROR,
      DispatcherType.ASYNC
    })
public class SecurityHeaders extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String CSP = "Content-Security-Policy";

  /** For everything that does not say otherwise: API answers, files, error pages, redirects. */
  static final String DEFAULT_POLICY =
      "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self';"
          + " base-uri 'none'; frame-ancestors 'none'";

  /** Seconds a browser should insist on HTTPS once it saw this site over HTTPS; 0 sends nothing. */
  private static final long HSTS_SECONDS =
      ConfigProvider.getConfig()
          .getOptionalValue("cms.hsts-seconds", Long.class)
          .orElse(31_536_000L);

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    apply(request, response);
    chain.doFilter(request, new OnePolicy(response));
  }

  /**
   * Sets the headers. Also called by {@link DeskAuthenticationMechanism}, which runs before any
   * filter and may answer by itself (a redirect to the login page, a 401 or 429).
   */
  static void apply(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    response.setHeader(CSP, DEFAULT_POLICY);
    if (HSTS_SECONDS > 0 && ClientAddress.secure(request)) {
      response.setHeader("Strict-Transport-Security", "max-age=" + HSTS_SECONDS);
    }
  }

  /** Lets a page's own policy take the place of the default instead of joining it. */
  static final class OnePolicy extends HttpServletResponseWrapper {

    OnePolicy(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void addHeader(String name, String value) {
      if (CSP.equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      } else {
        super.addHeader(name, value);
      }
    }
  }
}
