/** Mapping helpers shared by every aggregate. */
package dev.columndesk.domain.support;
