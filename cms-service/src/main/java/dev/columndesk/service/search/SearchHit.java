package dev.columndesk.service.search;

import java.time.Instant;

/**
 * One column found by a search, with the matching words marked.
 *
 * @param slug the column's address
 * @param titleHtml the title, escaped, with matches in {@code <mark>}
 * @param snippetHtml a passage of the body (or the summary), escaped, with matches in {@code
 *     <mark>}
 * @param byline the author's byline
 * @param magazineTitle the magazine's title, or {@code null}
 * @param firstPublishedAt when it first went live
 * @param language {@code ko} or {@code en}
 */
public record SearchHit(
    String slug,
    String titleHtml,
    String snippetHtml,
    String byline,
    String magazineTitle,
    Instant firstPublishedAt,
    String language) {}
