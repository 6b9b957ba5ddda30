package dev.columndesk.service.notification;

import java.util.Set;

/**
 * Fired on every instance when desk notifications for these people were stored (on any instance) in
 * the last moments: the desk rings their open pages, which then ask for their count.
 *
 * @param usernames whose bells should ring
 */
public record DeskNotified(Set<String> usernames) {}
