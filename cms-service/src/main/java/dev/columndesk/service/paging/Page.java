package dev.columndesk.service.paging;

import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer list, with the total the whole list holds.
 *
 * @param items the items on this page
 * @param total how many items the whole list holds
 * @param page the zero-based page number
 * @param size the page size that was asked for
 */
public record Page<T>(List<T> items, long total, int page, int size) {

  public Page {
    items = List.copyOf(items);
  }

  public static <T> Page<T> of(List<T> items, long total, PageRequest request) {
    return new Page<>(items, total, request.page(), request.size());
  }

  /** Runs a query for one page of its items, and its count query for the total. */
  public static <T> Page<T> fetch(
      TypedQuery<T> items, TypedQuery<Long> count, PageRequest request) {
    return of(
        items.setFirstResult(request.firstResult()).setMaxResults(request.size()).getResultList(),
        count.getSingleResult(),
        request);
  }

  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), total, page, size);
  }
}
