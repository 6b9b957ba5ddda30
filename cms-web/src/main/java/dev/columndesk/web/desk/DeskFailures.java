package dev.columndesk.web.desk;

import dev.columndesk.service.error.CmsException;
import dev.columndesk.service.error.ConflictException;
import dev.columndesk.service.error.ForbiddenException;
import dev.columndesk.service.error.InvalidInputException;
import dev.columndesk.service.error.NotFoundException;
import dev.columndesk.service.error.StaleVersionException;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/**
 * What the desk says when a service refuses: a sentence in the viewer's language naming the kind of
 * refusal, followed by the service's own precise reason. The services decide; the desk only words
 * their answer.
 */
final class DeskFailures {

  private DeskFailures() {}

  /** Whether this failure is one the services raise on purpose (and the desk should word). */
  static boolean isRefusal(RuntimeException failure) {
    return failure instanceof CmsException || failure instanceof EJBAccessException;
  }

  static String describe(FacesContext faces, RuntimeException failure) {
    String key;
    if (failure instanceof EJBAccessException || failure instanceof ForbiddenException) {
      key = "failure.forbidden";
    } else if (failure instanceof StaleVersionException) {
      key = "failure.stale";
    } else if (failure instanceof NotFoundException) {
      key = "failure.notFound";
    } else if (failure instanceof ConflictException) {
      key = "failure.conflict";
    } else if (failure instanceof InvalidInputException) {
      key = "failure.invalid";
    } else {
      throw failure;
    }
    String reason = failure instanceof EJBAccessException ? null : failure.getMessage();
    String text = DeskMessages.text(faces, key);
    return reason == null ? text : text + " (" + reason + ")";
  }

  /** Adds the refusal as an error message for this component (or the page, for {@code null}). */
  static void report(FacesContext faces, String clientId, RuntimeException failure) {
    faces.addMessage(
        clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, describe(faces, failure), null));
  }
}
