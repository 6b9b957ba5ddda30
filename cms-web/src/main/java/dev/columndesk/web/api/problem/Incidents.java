package dev.columndesk.web.api.problem;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Failures nobody planned for: logged in full under an id that the answer may name. */
public final class Incidents {

  private static final Logger LOG = Logger.getLogger(Incidents.class.getName());

  private Incidents() {}

  /** Logs the failure with its stack trace and answers the incident id. */
  public static String log(Throwable failure) {
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Incident " + incident, failure);
    return incident;
  }

  /** The problem a person sees for it: no internals, just the id to report. */
  public static Problem problem(Throwable failure) {
    return new Problem(
        500,
        "Something went wrong on our side; the administrators can find it as incident "
            + log(failure));
  }
}
