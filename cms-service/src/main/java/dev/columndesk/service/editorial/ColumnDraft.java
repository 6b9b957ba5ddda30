package dev.columndesk.service.editorial;

import java.util.List;

/**
 * What a writer sends to create or save a column, as it arrives: nothing here is checked yet.
 *
 * @param title 1 to 200 characters
 * @param subtitle up to 300 characters
 * @param summary up to 500 characters
 * @param body HTML, sanitized on the way in
 * @param magazine a magazine's slug, or {@code null}
 * @param tags up to 10 tags of up to 40 characters
 * @param slug the address to use, or {@code null} (new column: from the title; save: keep it)
 * @param cover the cover image's desk URL ({@code /media/<name>}), or {@code null} for none
 */
public record ColumnDraft(
    String title,
    String subtitle,
    String summary,
    String body,
    String magazine,
    List<String> tags,
    String slug,
    String cover) {}
