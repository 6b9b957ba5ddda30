/** The public site readers see: pages of live columns only. */
package dev.columndesk.web.site;
