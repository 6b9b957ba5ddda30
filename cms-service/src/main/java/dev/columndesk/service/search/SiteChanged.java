package dev.columndesk.service.search;

/**
 * What readers see has changed: a column went live, was corrected or taken down, or a byline or
 * magazine it shows changed. Fired after the change is committed, on the instance that made it and,
 * through the publication log, on every other; caches of rendered pages observe it.
 *
 * @param columnId the column, or {@code null} when the change may touch any page
 */
public record SiteChanged(Long columnId) {

  /** A change that may show on any page. */
  public static SiteChanged anywhere() {
    return new SiteChanged(null);
  }
}
