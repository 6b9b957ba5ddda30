package dev.columndesk.web.security;

import dev.columndesk.service.account.AddressThrottle;
import dev.columndesk.service.account.CredentialVerifier;
import dev.columndesk.service.account.LoginThrottle;
import dev.columndesk.web.api.problem.Incidents;
import dev.columndesk.web.api.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * How callers prove who they are: HTTP Basic on every {@code /api/} request, a sign-in form and a
 * session for the desk.
 *
 * <p>Jakarta Security 3 allows one authentication mechanism per application, so this one chooses by
 * path. API requests never use the session (a stolen cookie cannot drive the API, and API clients
 * leave no sessions behind). The desk's login page hands the typed credentials over through {@code
 * SecurityContext.authenticate}; a good password renews the session id (no session fixation) and
 * stores who signed in. Each later desk request reads the account again, so a disabled account or a
 * changed role takes effect at once, not when the session ends.
 */
@ApplicationScoped
public class DeskAuthenticationMechanism implements HttpAuthenticationMechanism {

  /** The path of the desk's sign-in page. */
  public static final String LOGIN_PATH = "/login";

  private static final String BASIC = "Basic ";

  @Inject private IdentityStoreHandler identityStores;
  @Inject private CredentialVerifier accounts;
  @Inject private LoginThrottle throttle;
  @Inject private AddressThrottle addresses;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    SecurityHeaders.apply(request, response); // this runs before the filters, and may answer
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      return signIn(request, context, credential);
    }
    if (isApi(request)) {
      return basic(request, response, context);
    }
    HttpSession session = request.getSession(false);
    SignedIn signedIn = SignedIn.of(session);
    if (signedIn != null) {
      Optional<CredentialVerifier.Caller> caller = accounts.current(signedIn.username());
      if (caller.isPresent()) {
        return context.notifyContainerAboutLogin(caller.get().username(), caller.get().groups());
      }
      session.invalidate(); // the account was disabled or removed since it signed in
    }
    if (context.isProtected()) {
      return isSocketHandshake(request)
          ? refuseSocket(response)
          : context.redirect(loginUrl(request));
    }
    return context.doNothing();
  }

  /** A WebSocket handshake (the desk's push) asks to switch protocols on a plain GET. */
  private static boolean isSocketHandshake(HttpServletRequest request) {
    return "websocket".equalsIgnoreCase(request.getHeader("Upgrade"));
  }

  /**
   * 401 without a redirect: a script's socket cannot follow one to the sign-in page, and a login
   * page in answer to a handshake would only hide why it failed.
   */
  private static AuthenticationStatus refuseSocket(HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setContentType("text/plain;charset=UTF-8");
    byte[] body = "Sign in to the desk first\n".getBytes(StandardCharsets.UTF_8);
    response.setContentLength(body.length);
    try {
      response.getOutputStream().write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private AuthenticationStatus signIn(
      HttpServletRequest request, HttpMessageContext context, Credential credential) {
    String username =
        credential instanceof UsernamePasswordCredential typed ? typed.getCaller() : null;
    String address = ClientAddress.toThrottle(request);
    if (!throttle.waitBefore(username).isZero() || addresses.secondsBefore(address) > 0) {
      return AuthenticationStatus.SEND_FAILURE; // the login page says how long to wait
    }
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      throttle.failed(username);
      addresses.failed(address);
      return AuthenticationStatus.SEND_FAILURE;
    }
    throttle.succeeded(username);
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    new SignedIn(result.getCallerPrincipal().getName()).storeIn(request.getSession(true));
    return context.notifyContainerAboutLogin(result);
  }

  private AuthenticationStatus basic(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
      return context.isProtected()
          ? challenge(response, "Sign in with HTTP Basic to use this call")
          : context.doNothing();
    }
    UsernamePasswordCredential credential = decode(header.substring(BASIC.length()).strip());
    if (credential == null) {
      return challenge(response, "The Authorization header is not valid HTTP Basic");
    }
    String address = ClientAddress.toThrottle(request);
    long addressSeconds = addresses.secondsBefore(address);
    if (addressSeconds > 0) {
      response.setHeader("Retry-After", Long.toString(addressSeconds));
      return fail(
          response,
          new Problem(
              429,
              "Too many failed sign-ins from this address; try again in "
                  + addressSeconds
                  + " seconds"));
    }
    long seconds = throttle.secondsBefore(credential.getCaller());
    if (seconds > 0) {
      response.setHeader("Retry-After", Long.toString(seconds));
      return fail(
          response,
          new Problem(
              429,
              "Too many failed sign-ins for this account; try again in " + seconds + " seconds"));
    }
    CredentialValidationResult result;
    try {
      result = identityStores.validate(credential);
    } catch (RuntimeException unavailable) {
      String incident = Incidents.log(unavailable);
      return fail(
          response,
          new Problem(
              503,
              "Credentials cannot be checked right now; try again shortly (incident "
                  + incident
                  + ")"));
    }
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      throttle.failed(credential.getCaller());
      addresses.failed(address);
      return challenge(response, "Wrong username or password");
    }
    throttle.succeeded(credential.getCaller());
    return context.notifyContainerAboutLogin(result);
  }

  private static UsernamePasswordCredential decode(String token) {
    String pair;
    try {
      pair = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = pair.indexOf(':');
    return colon < 0
        ? null
        : new UsernamePasswordCredential(pair.substring(0, colon), pair.substring(colon + 1));
  }

  /** 401 with the Basic challenge and a problem document saying what was missing or wrong. */
  private static AuthenticationStatus challenge(HttpServletResponse response, String detail) {
    return fail(response, new Problem(401, detail));
  }

  private static AuthenticationStatus fail(HttpServletResponse response, Problem problem) {
    try {
      problem.writeTo(response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  /** By the decoded, normalized path the container maps, never by the raw URI. */
  static boolean isApi(HttpServletRequest request) {
    String path = request.getServletPath();
    if (request.getPathInfo() != null) {
      path += request.getPathInfo();
    }
    return path.startsWith("/api/");
  }

  private static String loginUrl(HttpServletRequest request) {
    String target = request.getRequestURI();
    if (request.getQueryString() != null) {
      target += "?" + request.getQueryString();
    }
    return request.getContextPath()
        + LOGIN_PATH
        + "?next="
        + URLEncoder.encode(target, StandardCharsets.UTF_8);
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(SignedIn.ATTRIBUTE);
    }
    HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
  }
}
