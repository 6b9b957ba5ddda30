/** The audit log: every change to a column, recorded in the transaction that made it. */
package dev.columndesk.service.audit;
