package dev.columndesk.web.platform;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Counts every request the application answers, by area ({@code api}, {@code desk}, {@code site})
 * and status class ({@code 2xx} …), as the application counter {@code http.requests} at {@code
 * /metrics}: requests per second is its rate, errors per second the rate of {@code 5xx}. Payara's
 * own endpoints ({@code /health}, {@code /metrics}) are not the application's and are not counted.
 */
@WebFilter(filterName = "requestMetrics", urlPatterns = "/*", asyncSupported = true)
public class RequestMetrics extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String REQUESTS = "http.requests";

  private static final Metadata METADATA =
      Metadata.builder()
          .withName(REQUESTS)
          .withDescription("Requests answered by the application, by area and status class")
          .build();

  @Inject private transient MetricRegistry registry;

  private final transient ConcurrentMap<String, Counter> counters = new ConcurrentHashMap<>();

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } finally {
      String area = area(request);
      String status = response.getStatus() / 100 + "xx";
      // Looked up in the registry once per kind, not on every request of the public site.
      counters
          .computeIfAbsent(
              area + ' ' + status,
              kind -> registry.counter(METADATA, new Tag("area", area), new Tag("status", status)))
          .inc();
    }
  }

  /** Which part of the application the request is for, by its path inside the application. */
  static String area(HttpServletRequest request) {
    String path = request.getServletPath();
    if (request.getPathInfo() != null) {
      path += request.getPathInfo();
    }
    if (path.startsWith("/api/")) {
      return "api";
    }
    if (path.startsWith("/desk/")
        || path.startsWith("/login")
        || path.startsWith("/jakarta.faces.resource/")) {
      return "desk";
    }
    return "site";
  }
}
