package dev.columndesk.service.publishing;

/**
 * Fired when this instance could not release a due column; the next poll retries it, and the
 * publishers and administrators are alerted once.
 *
 * @param columnId the column
 * @param publish {@code true} for a publication, {@code false} for a scheduled take-down
 * @param error what went wrong
 */
public record PublicationFailed(long columnId, boolean publish, String error) {}
