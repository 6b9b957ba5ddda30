package dev.columndesk.web.security;

import dev.columndesk.web.site.SiteAddress;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Marks the desk's session cookie {@code Secure} when the desk is served over HTTPS, so a browser
 * never sends it over plain HTTP. Behind a TLS-terminating proxy the container only sees HTTP, so
 * it cannot tell by itself: {@code cms.secure-cookies} says so, and defaults to whether {@code
 * cms.site.url} is an {@code https:} address. ({@code HttpOnly} and {@code SameSite=Lax} come from
 * web.xml.)
 */
@WebListener
public class SessionCookies implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    boolean secure =
        secure(
            ConfigProvider.getConfig().getOptionalValue("cms.secure-cookies", String.class),
            SiteAddress.absolute("/"));
    if (secure) {
      event.getServletContext().getSessionCookieConfig().setSecure(true);
    }
  }

  static boolean secure(Optional<String> configured, String siteUrl) {
    return configured
        .map(String::strip)
        .filter(value -> !value.isEmpty())
        .map(Boolean::parseBoolean)
        .orElseGet(() -> siteUrl.regionMatches(true, 0, "https:", 0, 6));
  }
}
