package dev.columndesk.domain.media;

import java.util.Optional;

/**
 * The raster formats the library accepts. A file is one of them only when its first bytes say so:
 * the name and the type a client claims are never trusted. SVG is not here on purpose: it is XML
 * that can carry script.
 */
public enum ImageType {
  JPEG("image/jpeg", "jpg"),
  PNG("image/png", "png"),
  GIF("image/gif", "gif"),
  WEBP("image/webp", "webp");

  private final String contentType;
  private final String extension;

  ImageType(String contentType, String extension) {
    this.contentType = contentType;
    this.extension = extension;
  }

  public String contentType() {
    return contentType;
  }

  public String extension() {
    return extension;
  }

  /** The type whose signature starts {@code bytes}, if any. */
  public static Optional<ImageType> ofMagic(byte[] bytes) {
    if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
      return Optional.of(JPEG);
    }
    if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return Optional.of(PNG);
    }
    if (startsWith(bytes, 0, 'G', 'I', 'F', '8', '7', 'a')
        || startsWith(bytes, 0, 'G', 'I', 'F', '8', '9', 'a')) {
      return Optional.of(GIF);
    }
    if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
      return Optional.of(WEBP);
    }
    return Optional.empty();
  }

  /** The type a stored content type names, if it is one of ours. */
  public static Optional<ImageType> ofContentType(String contentType) {
    for (ImageType type : values()) {
      if (type.contentType.equals(contentType)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] bytes, int offset, int... signature) {
    if (bytes == null || bytes.length < offset + signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if ((bytes[offset + i] & 0xFF) != signature[i]) {
        return false;
      }
    }
    return true;
  }
}
