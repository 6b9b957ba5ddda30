package dev.columndesk.web.desk;

import dev.columndesk.domain.account.Account;
import dev.columndesk.service.account.AccountService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Backs {@code /desk/}: who is signed in, and signing out. */
@Named
@RequestScoped
public class DeskHomePage {

  @Inject private AccountService accounts;
  @Inject private ExternalContext external;

  private Account account;

  public Account getAccount() {
    if (account == null) {
      account = accounts.me();
    }
    return account;
  }

  /** Ends the session (a POST from the desk's form, never a GET) and returns to the login page. */
  public void signOut() throws ServletException, IOException {
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/login?signedOut=true");
  }
}
