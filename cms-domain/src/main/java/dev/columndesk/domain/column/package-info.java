/**
 * A column's life: the working copy, its workflow and the immutable revisions that record every
 * save.
 */
package dev.columndesk.domain.column;
