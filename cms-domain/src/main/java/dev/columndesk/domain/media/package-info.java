/**
 * The media library: images uploaded for covers and bodies, stored in the database with their
 * detected type and dimensions, and named by the server.
 */
package dev.columndesk.domain.media;
