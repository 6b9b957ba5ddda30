package dev.columndesk.service.paging;

import dev.columndesk.service.error.InvalidInputException;

/**
 * Which slice of a list the caller wants: page numbers start at 0, a page holds 1 to 100 items.
 *
 * @param page the zero-based page number
 * @param size how many items a page holds
 */
public record PageRequest(int page, int size) {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;

  public PageRequest {
    if (page < 0) {
      throw new InvalidInputException("page must be 0 or more, was " + page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidInputException("size must be between 1 and " + MAX_SIZE + ", was " + size);
    }
    if ((long) page * size > Integer.MAX_VALUE) {
      throw new InvalidInputException("page " + page + " is beyond the end of any list");
    }
  }

  /** The request for the given query parameters, with the defaults where they are absent. */
  public static PageRequest of(Integer page, Integer size) {
    return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
  }

  public int firstResult() {
    return page * size;
  }
}
