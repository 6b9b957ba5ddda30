/**
 * Notifications: who hears of each step of a column's life (stored with the step itself), the
 * desk's bell and list, e-mail sent from an outbox after commit with retries, alerts about late or
 * failing publications, and each person's muted kinds.
 */
package dev.columndesk.service.notification;
