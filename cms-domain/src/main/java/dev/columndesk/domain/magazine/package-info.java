/** Magazines (series of columns) and tags. */
package dev.columndesk.domain.magazine;
