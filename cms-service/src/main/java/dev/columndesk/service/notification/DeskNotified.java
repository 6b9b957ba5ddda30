package dev.columndesk.service.notification;

import java.util.Set;

/**
 * Fired on every instance when desk notifications for these people were stored (on any instance) in
 * the last moments: the desk pushes a new count to their open pages.
 *
 * @param usernames whose bells should ring
 */
public record DeskNotified(Set<String> usernames) {}
