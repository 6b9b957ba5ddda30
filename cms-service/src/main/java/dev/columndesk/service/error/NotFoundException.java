package dev.columndesk.service.error;

/** Nothing by that name, or nothing the caller may see: the two are deliberately the same. */
public class NotFoundException extends CmsException {

  private static final long serialVersionUID = 1L;

  public NotFoundException(String message) {
    super(message);
  }
}
