package dev.columndesk.web.desk;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * Signing out, from the header every desk page shares; who is signed in comes from {@link
 * DeskSettings}.
 */
@Named
@RequestScoped
public class DeskHomePage {

  @Inject private ExternalContext external;

  /** Ends the session (a POST from the desk's form, never a GET) and returns to the login page. */
  public void signOut() throws ServletException, IOException {
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/login?signedOut=true");
  }
}
