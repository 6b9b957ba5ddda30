/**
 * The media library: checks an upload by its content (signature, header, size and pixel limits)
 * before it is stored, serves stored images, and refuses to delete what columns still use.
 */
package dev.columndesk.service.media;
