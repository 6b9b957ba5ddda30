/** The API of columns: writing, the workflow, revisions, diffs and comments. */
package dev.columndesk.web.api.column;
