/** {@code /api/v1/media}: the media library over HTTP: upload, list, read and delete images. */
package dev.columndesk.web.api.media;
