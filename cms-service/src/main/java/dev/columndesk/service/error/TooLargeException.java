package dev.columndesk.service.error;

/** What was sent is larger than the desk accepts: an upload over its size limit. */
public class TooLargeException extends InvalidInputException {

  private static final long serialVersionUID = 1L;

  public TooLargeException(String message) {
    super(message);
  }
}
