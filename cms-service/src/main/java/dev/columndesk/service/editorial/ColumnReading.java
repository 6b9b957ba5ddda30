package dev.columndesk.service.editorial;

import dev.columndesk.domain.column.EditorialColumn;
import dev.columndesk.domain.column.Revision;

/**
 * A column as one caller may read it.
 *
 * @param column the column
 * @param liveOnly the live revision when the caller may read only that (another writer's live
 *     column), else {@code null}: the working copy, which may hold an unpublished correction, is
 *     not theirs to read
 */
public record ColumnReading(EditorialColumn column, Revision liveOnly) {}
