package dev.columndesk.domain.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.columndesk.domain.account.Account;
import dev.columndesk.domain.account.Role;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MediaItemTest {

  private static final String SHA = "0123456789abcdef".repeat(4);

  @Test
  void typeIsReadFromTheFirstBytesOnly() {
    assertEquals(Optional.of(ImageType.JPEG), ImageType.ofMagic(bytes(0xFF, 0xD8, 0xFF, 0xE0)));
    assertEquals(
        Optional.of(ImageType.PNG),
        ImageType.ofMagic(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0)));
    assertEquals(Optional.of(ImageType.GIF), ImageType.ofMagic(ascii("GIF89a...")));
    assertEquals(Optional.of(ImageType.WEBP), ImageType.ofMagic(ascii("RIFF\0\0\0\0WEBPVP8 ")));
    assertEquals(Optional.empty(), ImageType.ofMagic(ascii("RIFF\0\0\0\0WAVEfmt ")));
    assertEquals(
        Optional.empty(), ImageType.ofMagic(ascii("<svg xmlns=\"http://www.w3.org/2000/svg\">")));
    assertEquals(Optional.empty(), ImageType.ofMagic(ascii("<html><script>")));
    assertEquals(Optional.empty(), ImageType.ofMagic(ascii("%PDF-1.7")));
    assertEquals(Optional.empty(), ImageType.ofMagic(bytes(0x89, 'P', 'N')));
    assertEquals(Optional.empty(), ImageType.ofMagic(new byte[0]));
  }

  @Test
  void nameComesFromTheHashAndTheDetectedType() {
    MediaItem item = item("../../etc/passwd.svg");
    assertEquals("0123456789abcdef0123456789abcdef.png", item.getName());
    assertEquals("/media/0123456789abcdef0123456789abcdef.png", item.getUrl());
    assertEquals("image/png", item.getContentType());
    assertEquals("passwd.svg", item.getOriginalName());
  }

  @Test
  void originalNameKeepsNoControlCharactersAndNoPath() {
    assertEquals("a b.png", MediaItem.displayName("C:\\x\\a\u0000 b.png\r\n"));
    assertNull(MediaItem.displayName("dir/"));
    assertNull(MediaItem.displayName(null));
    assertEquals(MediaItem.ORIGINAL_NAME_MAX, MediaItem.displayName("x".repeat(1000)).length());
  }

  @Test
  void onlyTheDesksOwnMediaAddressesNameAnItem() {
    assertEquals(
        "0123456789abcdef0123456789abcdef.jpg",
        MediaItem.nameOf("/media/0123456789abcdef0123456789abcdef.jpg"));
    assertNull(MediaItem.nameOf("/media/../web.xml"));
    assertNull(MediaItem.nameOf("https://example.com/media/0123456789abcdef0123456789abcdef.jpg"));
    assertNull(MediaItem.nameOf("/media/0123456789abcdef0123456789abcdef.svg"));
    assertNull(MediaItem.nameOf(null));
  }

  @Test
  void theUploaderEditorsAndAdministratorsMayDelete() {
    Account writer = account("writer", Role.WRITER);
    MediaItem item = MediaItem.upload(ImageType.PNG, 1, 1, 10, SHA, null, writer, Instant.now());
    assertTrue(item.isDeletableBy(writer));
    assertFalse(item.isDeletableBy(account("writer2", Role.WRITER)));
    assertFalse(item.isDeletableBy(account("publisher", Role.PUBLISHER)));
    assertTrue(item.isDeletableBy(account("editor", Role.EDITOR)));
    assertTrue(item.isDeletableBy(account("admin", Role.ADMIN)));
  }

  private static MediaItem item(String originalName) {
    return MediaItem.upload(
        ImageType.PNG,
        10,
        20,
        300,
        SHA,
        originalName,
        account("writer", Role.WRITER),
        Instant.now());
  }

  private static Account account(String username, Role role) {
    return Account.open(username, username, "hash", Set.of(role), Instant.now());
  }

  private static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }
}
