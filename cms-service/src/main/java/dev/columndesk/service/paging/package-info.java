/** Paged lists, the same shape for every list the desk and the API show. */
package dev.columndesk.service.paging;
