package dev.columndesk.service.error;

/** Input that breaks a rule of the contract: a missing field, a value too long, a bad format. */
public class InvalidInputException extends CmsException {

  private static final long serialVersionUID = 1L;

  public InvalidInputException(String message) {
    super(message);
  }
}
