/** The API of the audit log. */
package dev.columndesk.web.api.audit;
