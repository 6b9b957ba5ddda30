/** Writing columns: drafts, saves, revisions, restore, diffs, submitting and withdrawing. */
package dev.columndesk.service.editorial;
