package dev.columndesk.service.error;

import jakarta.ejb.ApplicationException;

/**
 * The root of every failure the services report on purpose. It rolls the transaction back and
 * reaches the caller unwrapped; the web layer maps each subclass to one status code and a message
 * in one place.
 *
 * <p>The message is meant for a person: it says which field or rule was at fault, never how the
 * code is built.
 */
@ApplicationException(rollback = true)
public abstract class CmsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  protected CmsException(String message) {
    super(message);
  }
}
