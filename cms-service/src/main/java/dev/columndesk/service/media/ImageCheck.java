package dev.columndesk.service.media;

import dev.columndesk.domain.media.ImageType;
import dev.columndesk.service.error.InvalidInputException;
import dev.columndesk.service.error.TooLargeException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decides whether uploaded bytes are an image the desk accepts, from the bytes alone: the first
 * bytes name the type, the header gives the dimensions, and nothing is decoded, so a small file
 * that claims a gigantic picture (a decompression bomb) is refused at the cost of reading its
 * header. The name and content type a client sends play no part.
 *
 * @param maxBytes the largest file accepted
 * @param maxSide the largest width or height accepted, in pixels
 * @param maxPixels the largest width × height accepted
 */
public record ImageCheck(long maxBytes, int maxSide, long maxPixels) {

  /** What the check found out about an accepted image. */
  public record Image(ImageType type, int width, int height) {}

  /** Checks {@code bytes}, refusing with a message a writer can act on. */
  public Image inspect(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      throw new InvalidInputException("The upload is empty: send the image's bytes");
    }
    if (bytes.length > maxBytes) {
      throw tooLarge(bytes.length);
    }
    ImageType type =
        ImageType.ofMagic(bytes)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        looksLikeSvg(bytes)
                            ? "SVG images are not accepted: an SVG file can carry script. Upload"
                                + " a JPEG, PNG, GIF or WebP picture instead"
                            : "The file is not a JPEG, PNG, GIF or WebP image (its content was"
                                + " checked, whatever its name or type says)"));
    int[] size = type == ImageType.WEBP ? webpSize(bytes) : headerSize(type, bytes);
    int width = size[0];
    int height = size[1];
    if (width < 1 || height < 1) {
      throw unreadable(type);
    }
    if (width > maxSide || height > maxSide || (long) width * height > maxPixels) {
      throw new InvalidInputException(
          "The image is "
              + width
              + " × "
              + height
              + " pixels; at most "
              + maxSide
              + " pixels wide or high and "
              + maxPixels / 1_000_000
              + " megapixels in all are accepted");
    }
    return new Image(type, width, height);
  }

  /** The refusal for a file of {@code bytes} bytes over the limit. */
  public TooLargeException tooLarge(long bytes) {
    return new TooLargeException(
        "The image is larger than "
            + describe(maxBytes)
            + " ("
            + maxBytes
            + " bytes)"
            + (bytes > 0 ? ": it has " + bytes + " bytes" : ""));
  }

  /** A byte count as a person reads it: {@code 5 MiB}, {@code 512 KiB}. */
  static String describe(long bytes) {
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
      return bytes / (1024 * 1024) + " MiB";
    }
    if (bytes >= 1024 && bytes % 1024 == 0) {
      return bytes / 1024 + " KiB";
    }
    return bytes + " bytes";
  }

  /** Width and height from the header, through the JDK's reader for the type, without decoding. */
  private static int[] headerSize(ImageType type, byte[] bytes) {
    Iterator<ImageReader> readers =
        ImageIO.getImageReadersByFormatName(type.name().toLowerCase(Locale.ROOT));
    if (!readers.hasNext()) {
      throw unreadable(type);
    }
    ImageReader reader = readers.next();
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      reader.setInput(in, true, true);
      return new int[] {reader.getWidth(0), reader.getHeight(0)};
    } catch (IOException | RuntimeException e) {
      throw unreadable(type);
    } finally {
      reader.dispose();
    }
  }

  /**
   * Width and height of a WebP file (the JDK has no WebP reader): from the canvas of an extended
   * file ({@code VP8X}), the frame header of a lossy one ({@code VP8 }) or the header of a lossless
   * one ({@code VP8L}).
   */
  private static int[] webpSize(byte[] b) {
    if (b.length < 30) {
      throw unreadable(ImageType.WEBP);
    }
    String chunk = new String(b, 12, 4, StandardCharsets.ISO_8859_1);
    switch (chunk) {
      case "VP8X" -> {
        return new int[] {1 + u24(b, 24), 1 + u24(b, 27)};
      }
      case "VP8 " -> {
        if ((b[23] & 0xFF) != 0x9D || (b[24] & 0xFF) != 0x01 || (b[25] & 0xFF) != 0x2A) {
          throw unreadable(ImageType.WEBP);
        }
        return new int[] {u16(b, 26) & 0x3FFF, u16(b, 28) & 0x3FFF};
      }
      case "VP8L" -> {
        if ((b[20] & 0xFF) != 0x2F) {
          throw unreadable(ImageType.WEBP);
        }
        long bits =
            (b[21] & 0xFFL) | (b[22] & 0xFFL) << 8 | (b[23] & 0xFFL) << 16 | (b[24] & 0xFFL) << 24;
        return new int[] {1 + (int) (bits & 0x3FFF), 1 + (int) ((bits >> 14) & 0x3FFF)};
      }
      default -> throw unreadable(ImageType.WEBP);
    }
  }

  private static int u16(byte[] b, int at) {
    return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
  }

  private static int u24(byte[] b, int at) {
    return u16(b, at) | (b[at + 2] & 0xFF) << 16;
  }

  private static InvalidInputException unreadable(ImageType type) {
    return new InvalidInputException(
        "The file starts like a "
            + type.name()
            + " image, but its header cannot be read: it is damaged, cut short or not an image");
  }

  /** Whether the file starts as markup with an {@code <svg} element near its beginning. */
  private static boolean looksLikeSvg(byte[] bytes) {
    String start =
        new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.UTF_8)
            .replace("\uFEFF", "")
            .stripLeading()
            .toLowerCase(Locale.ROOT);
    return start.startsWith("<") && start.contains("<svg");
  }
}
