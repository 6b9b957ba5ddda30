package dev.columndesk.web.desk;

import dev.columndesk.service.account.AddressThrottle;
import dev.columndesk.service.account.LoginThrottle;
import dev.columndesk.web.security.ClientAddress;
import dev.columndesk.web.security.SafeRedirect;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.MessageFormat;

/** Backs {@code /login}: signs a person in to the desk and sends them where they were going. */
@Named
@RequestScoped
public class LoginPage {

  @Inject private SecurityContext security;
  @Inject private FacesContext faces;
  @Inject private ExternalContext external;
  @Inject private LoginThrottle throttle;
  @Inject private AddressThrottle addresses;

  private String username;
  private String password;
  private String next;

  /** Someone already signed in does not need the form. */
  public void onLoad() throws IOException {
    if (security.getCallerPrincipal() != null) {
      external.redirect(target());
    }
  }

  public void signIn() throws IOException {
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    if (mustWait(
            addresses.secondsBefore(ClientAddress.toThrottle(request)), "login.throttledAddress")
        || mustWait(throttle.secondsBefore(username), "login.throttled")) {
      return;
    }
    AuthenticationStatus status =
        security.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(username, password)));
    switch (status) {
      case SEND_CONTINUE -> faces.responseComplete();
      case SUCCESS -> external.redirect(target());
      default -> {
        password = null;
        faces.addMessage(
            null,
            new FacesMessage(
                FacesMessage.SEVERITY_ERROR, DeskMessages.text(faces, "login.failed"), null));
      }
    }
  }

  /** Says how long to wait, and refuses the attempt, while {@code seconds} is not zero. */
  private boolean mustWait(long seconds, String messageKey) {
    if (seconds == 0) {
      return false;
    }
    password = null;
    faces.addMessage(
        null,
        new FacesMessage(
            FacesMessage.SEVERITY_ERROR,
            MessageFormat.format(DeskMessages.text(faces, messageKey), seconds),
            null));
    return true;
  }

  private String target() {
    return SafeRedirect.target(next, external.getRequestContextPath());
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username == null ? null : username.strip();
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
