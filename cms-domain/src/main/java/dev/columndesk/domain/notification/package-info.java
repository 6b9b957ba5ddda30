/**
 * Notifications: who was told of which step of a column's life, in the desk or by e-mail, and
 * whether it reached them. Rows are written with the change itself and only their delivery changes.
 */
package dev.columndesk.domain.notification;
