package dev.columndesk.service.account;

import dev.columndesk.service.error.InvalidInputException;

/**
 * A password long enough but refused by {@link PasswordRules}; the API says why in English, the
 * desk says it in the reader's language by {@link #reason()}.
 */
public class WeakPasswordException extends InvalidInputException {

  private static final long serialVersionUID = 1L;

  /** Which rule refused the password. */
  public enum Reason {
    CONTAINS_USERNAME,
    TOO_FEW_CHARACTERS,
    COMMON
  }

  private final Reason reason;

  public WeakPasswordException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
