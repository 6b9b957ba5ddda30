package dev.columndesk.service.media;

/**
 * A stored image as the site serves it.
 *
 * @param name the server-made name
 * @param contentType the type detected from its bytes when it was uploaded
 * @param sha256 the digest of the bytes, for a strong {@code ETag}
 * @param bytes the image itself
 */
public record MediaFile(String name, String contentType, String sha256, byte[] bytes) {}
