package dev.columndesk.web.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MediaTileTest {

  @Test
  void sizesReadAsBytesKibibytesOrMebibytes() {
    assertEquals("512 B", MediaTile.readable(512));
    assertEquals("1 KiB", MediaTile.readable(1024));
    assertEquals("1.5 KiB", MediaTile.readable(1536));
    assertEquals("5 MiB", MediaTile.readable(5L * 1024 * 1024));
    assertEquals("2.3 MiB", MediaTile.readable(2_400_000));
  }
}
