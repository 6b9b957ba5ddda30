/** The append-only audit log of everything that happens to columns. */
package dev.columndesk.domain.audit;
