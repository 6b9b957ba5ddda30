/** Magazines (series of columns) and the tags columns carry. */
package dev.columndesk.service.magazine;
