package dev.columndesk.service.search;

import java.util.List;

/**
 * One page of what a search found.
 *
 * @param hits the columns on this page, best first
 * @param total how many columns matched in all
 * @param page the page, from 0
 * @param size the page size
 * @param broadened whether no column held every word, so these hold only some of them
 */
public record SearchResults(
    List<SearchHit> hits, long total, int page, int size, boolean broadened) {

  public SearchResults {
    hits = List.copyOf(hits);
  }

  /** Nothing found, or nothing asked. */
  public static SearchResults none(int page, int size) {
    return new SearchResults(List.of(), 0, page, size, false);
  }
}
