package dev.columndesk.it.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/**
 * Images for upload tests, made on the spot: real pictures written by ImageIO, each with a random
 * pixel so that no two are the same bytes, and hand-built headers for what ImageIO cannot write.
 */
public final class Images {

  private Images() {}

  /** A real picture in {@code format} ({@code png}, {@code jpeg}, {@code gif}). */
  public static byte[] picture(String format, int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int x = 0; x < width; x++) {
      for (int y = 0; y < height; y++) {
        image.setRGB(x, y, random.nextInt(0x1000000));
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      assertTrue(ImageIO.write(image, format, out), "ImageIO writes " + format);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * A lossless WebP's RIFF container and {@code VP8L} header for the given size, followed by random
   * bytes (ImageIO writes no WebP; the desk reads a WebP's size from this header).
   */
  public static byte[] webp(int width, int height) {
    ByteBuffer webp = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
    webp.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(56);
    webp.put("WEBPVP8L".getBytes(StandardCharsets.US_ASCII)).putInt(44);
    webp.put((byte) 0x2F).putInt((width - 1) | (height - 1) << 14);
    byte[] rest = new byte[64 - webp.position()];
    ThreadLocalRandom.current().nextBytes(rest);
    webp.put(rest);
    return webp.array();
  }

  /**
   * A PNG signature and a valid IHDR chunk claiming {@code width × height}, and nothing more: a few
   * dozen bytes that would decode to gigabytes.
   */
  public static byte[] pngHeader(int width, int height) {
    ByteBuffer ihdr = ByteBuffer.allocate(17);
    ihdr.put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width).putInt(height);
    ihdr.put(new byte[] {8, 2, 0, 0, 0});
    CRC32 crc = new CRC32();
    crc.update(ihdr.array());
    ByteBuffer png = ByteBuffer.allocate(8 + 4 + 17 + 4);
    png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
    png.putInt(13).put(ihdr.array()).putInt((int) crc.getValue());
    return png.array();
  }
}
