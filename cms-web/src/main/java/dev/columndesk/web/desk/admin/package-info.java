/**
 * The desk's administration under {@code /desk/admin/}: accounts and roles (administrators),
 * magazines, tags and the audit log (editors and administrators). Every list pages in the database;
 * every change goes through the service boundaries, which check the role again.
 */
package dev.columndesk.web.desk.admin;
