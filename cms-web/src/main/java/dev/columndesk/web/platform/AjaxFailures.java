package dev.columndesk.web.platform;

import dev.columndesk.web.api.problem.Incidents;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

/**
 * Answers a desk Ajax request that failed with a plain {@code 400} naming an incident, never with
 * Faces' partial-response error, which names the exception's class and repeats its message.
 *
 * <p>The desk's own buttons do not fail; what fails is a post the page never sent, such as one
 * view's state posted to another view, which is the client's fault. The failure is logged in full
 * under the incident id for the administrators. An expired view is left to OmniFaces' handler
 * beneath, which reloads the page with a notice; full (non-Ajax) requests keep the error pages.
 */
public final class AjaxFailures extends ExceptionHandlerWrapper {

  /** Wraps the handler of the factory declared before it in {@code faces-config.xml}. */
  public static final class Factory extends ExceptionHandlerFactory {
    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new AjaxFailures(getWrapped().getExceptionHandler());
    }
  }

  AjaxFailures(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext context = FacesContext.getCurrentInstance();
    if (context != null && context.getPartialViewContext().isAjaxRequest()) {
      String incident = null;
      for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
          events.hasNext(); ) {
        Throwable failure = events.next().getContext().getException();
        if (expired(failure)) {
          continue;
        }
        events.remove();
        String logged = Incidents.log(failure);
        incident = incident == null ? logged : incident;
      }
      if (incident != null) {
        refuse(context, incident);
      }
    }
    getWrapped().handle();
  }

  private static boolean expired(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ViewExpiredException) {
        return true;
      }
    }
    return false;
  }

  private static void refuse(FacesContext context, String incident) {
    ExternalContext external = context.getExternalContext();
    if (external.isResponseCommitted()) {
      context.responseComplete(); // nothing more can be said; the log holds the incident
      return;
    }
    external.responseReset();
    external.setResponseStatus(400);
    external.setResponseContentType("text/plain;charset=UTF-8");
    try {
      external
          .getResponseOutputStream()
          .write(
              ("This page could not handle the request; reload the page and try again. Incident "
                      + incident
                      + ".")
                  .getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      throw new FacesException(e);
    }
    context.responseComplete();
  }
}
