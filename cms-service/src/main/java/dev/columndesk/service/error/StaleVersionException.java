package dev.columndesk.service.error;

/**
 * The caller changed an older version than the stored one: someone else saved in between. The
 * message names who and when, so the caller can reload and merge instead of overwriting.
 */
public class StaleVersionException extends CmsException {

  private static final long serialVersionUID = 1L;

  public StaleVersionException(String message) {
    super(message);
  }
}
