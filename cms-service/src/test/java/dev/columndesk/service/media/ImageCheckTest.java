package dev.columndesk.service.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.columndesk.domain.media.ImageType;
import dev.columndesk.service.error.InvalidInputException;
import dev.columndesk.service.error.TooLargeException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageCheckTest {

  private final ImageCheck check = new ImageCheck(100_000, 8000, 40_000_000);

  @Test
  void jpegPngAndGifAreReadFromTheirHeaders() throws IOException {
    for (String format : new String[] {"jpeg", "png", "gif"}) {
      ImageCheck.Image image = check.inspect(picture(format, 30, 20));
      assertEquals(ImageType.valueOf(format.toUpperCase()), image.type());
      assertEquals(30, image.width(), format);
      assertEquals(20, image.height(), format);
    }
  }

  @Test
  void losslessAndExtendedWebpGiveTheirSize() {
    ImageCheck.Image lossless = check.inspect(webpLossless(640, 480));
    assertEquals(ImageType.WEBP, lossless.type());
    assertEquals(640, lossless.width());
    assertEquals(480, lossless.height());
  }

  @Test
  void aSmallFileClaimingAGiganticPictureIsRefusedFromItsHeader() {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> check.inspect(pngHeader(100_000, 100_000)));
    assertTrue(refused.getMessage().contains("100000 × 100000"), refused.getMessage());
    assertThrows(InvalidInputException.class, () -> check.inspect(pngHeader(7000, 7000)));
    assertThrows(InvalidInputException.class, () -> check.inspect(webpLossless(16384, 1)));
  }

  @Test
  void whatIsNotARasterImageIsRefusedWhateverItClaims() {
    assertTrue(
        refusal("<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>")
            .contains("SVG"));
    assertTrue(
        refusal("\uFEFF<?xml version=\"1.0\"?>\n<svg xmlns='http://www.w3.org/2000/svg'/>")
            .contains("can carry script"));
    assertTrue(refusal("<html><script>alert(1)</script></html>").contains("not a JPEG"));
    assertTrue(refusal("%PDF-1.7").contains("not a JPEG"));
  }

  @Test
  void aCutShortImageIsRefusedAsUnreadable() throws IOException {
    byte[] png = picture("png", 30, 20);
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> check.inspect(Arrays.copyOf(png, 12)));
    assertTrue(refused.getMessage().contains("header cannot be read"), refused.getMessage());
  }

  @Test
  void aFileOverTheLimitIsTooLarge() {
    TooLargeException refused =
        assertThrows(TooLargeException.class, () -> check.inspect(new byte[100_001]));
    assertTrue(refused.getMessage().contains("100000 bytes"), refused.getMessage());
    assertEquals("5 MiB", ImageCheck.describe(5 * 1024 * 1024));
  }

  private String refusal(String text) {
    return assertThrows(
            InvalidInputException.class, () -> check.inspect(text.getBytes(StandardCharsets.UTF_8)))
        .getMessage();
  }

  static byte[] picture(String format, int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    image.setRGB(1, 1, 0xFF0000);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertTrue(ImageIO.write(image, format, out), format);
    return out.toByteArray();
  }

  /** A PNG signature and IHDR chunk (with its CRC) claiming the given size, and nothing else. */
  static byte[] pngHeader(int width, int height) {
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

  /** The RIFF container and {@code VP8L} header of a lossless WebP of the given size. */
  static byte[] webpLossless(int width, int height) {
    ByteBuffer webp = ByteBuffer.allocate(40).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    webp.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(32);
    webp.put("WEBPVP8L".getBytes(StandardCharsets.US_ASCII)).putInt(20);
    webp.put((byte) 0x2F).putInt((width - 1) | (height - 1) << 14);
    return webp.array();
  }
}
