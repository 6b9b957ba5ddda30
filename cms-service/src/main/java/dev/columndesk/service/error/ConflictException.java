package dev.columndesk.service.error;

/** The request clashes with what is stored: a name already taken, a transition not allowed now. */
public class ConflictException extends CmsException {

  private static final long serialVersionUID = 1L;

  public ConflictException(String message) {
    super(message);
  }
}
