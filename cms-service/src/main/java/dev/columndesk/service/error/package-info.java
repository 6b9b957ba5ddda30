/**
 * The one exception hierarchy of the services; the web layer turns each kind into a status code.
 */
package dev.columndesk.service.error;
