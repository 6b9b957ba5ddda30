/** Reviews of columns: rounds of review and the comments between authors and editors. */
package dev.columndesk.domain.review;
