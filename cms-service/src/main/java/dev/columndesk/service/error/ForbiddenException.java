package dev.columndesk.service.error;

/** The caller is known but may not do this: not their column, or their own column to approve. */
public class ForbiddenException extends CmsException {

  private static final long serialVersionUID = 1L;

  public ForbiddenException(String message) {
    super(message);
  }
}
