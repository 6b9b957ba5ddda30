package dev.columndesk.web.security;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;

/**
 * Who signed in to the desk in this session. Kept in the HTTP session (serializable, so sessions
 * can live in the data grid of a cluster); the account itself is read again on every desk request.
 *
 * @param username the account's username
 */
public record SignedIn(String username) implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String ATTRIBUTE = SignedIn.class.getName();

  /** The person signed in to the given session, or {@code null}. */
  static SignedIn of(HttpSession session) {
    return session == null ? null : (SignedIn) session.getAttribute(ATTRIBUTE);
  }

  void storeIn(HttpSession session) {
    session.setAttribute(ATTRIBUTE, this);
  }
}
