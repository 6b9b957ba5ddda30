package dev.columndesk.web.desk.admin;

import dev.columndesk.service.error.CmsException;
import dev.columndesk.service.error.ForbiddenException;
import dev.columndesk.service.error.NotFoundException;
import dev.columndesk.service.error.StaleVersionException;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The administration pages' messages: the service's refusal in words a person reads. */
final class AdminMessages {

  private AdminMessages() {}

  static String text(FacesContext faces, String key) {
    return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
  }

  /** An error for the whole form ({@code null} id) or beside one field (its client id). */
  static void error(FacesContext faces, String clientId, String text) {
    faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  /**
   * A service's refusal: a stale version, a missing record or a missing role get the desk's own
   * sentence; a broken rule (a taken name, a field too long) is told in the service's words.
   */
  static void refused(FacesContext faces, String clientId, RuntimeException refusal) {
    String text;
    if (refusal instanceof StaleVersionException) {
      text = text(faces, "admin.stale");
    } else if (refusal instanceof NotFoundException) {
      text = text(faces, "admin.notFound");
    } else if (refusal instanceof ForbiddenException || refusal instanceof EJBAccessException) {
      text = text(faces, "admin.forbidden");
    } else if (refusal instanceof CmsException) {
      text = refusal.getMessage();
    } else {
      throw refusal;
    }
    error(faces, clientId, text);
  }

  /** Answers 404 for a page whose record is not there (a lifecycle method may not throw). */
  static void notFound(FacesContext faces, String message) {
    try {
      faces.getExternalContext().responseSendError(404, message);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  /** Sends the browser to another desk page (a GET after a POST that changed something). */
  static void redirect(FacesContext faces, String pathAndQuery) throws IOException {
    faces
        .getExternalContext()
        .redirect(faces.getExternalContext().getRequestContextPath() + pathAndQuery);
  }
}
