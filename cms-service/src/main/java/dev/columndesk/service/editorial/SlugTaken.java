package dev.columndesk.service.editorial;

import dev.columndesk.service.error.ConflictException;

/**
 * Another column took the slug between the check that it was free and the write: a new column is
 * tried again with the next free slug, a renamed one is refused (409).
 */
public class SlugTaken extends ConflictException {

  private static final long serialVersionUID = 1L;

  SlugTaken(String slug) {
    super("The slug '" + slug + "' was taken by another column at the same moment; try again");
  }
}
