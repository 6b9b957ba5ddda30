package dev.columndesk.service.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

  @Test
  void embeddedDatabaseIsAnH2FileInTheDataDirectory() {
    DatabaseSettings settings = DatabaseSettings.embedded(Path.of("/srv/desk/data"));

    assertEquals(
        "jdbc:h2:file:/srv/desk/data/columndesk;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE",
        settings.url());
    assertTrue(settings.isEmbedded());
  }

  @Test
  void relativeDataDirectoryIsMadeAbsolute() {
    DatabaseSettings settings = DatabaseSettings.embedded(Path.of("data"));

    assertTrue(settings.url().startsWith("jdbc:h2:file:/"), settings.url());
  }

  @Test
  void postgresqlIsNotEmbedded() {
    DatabaseSettings settings =
        new DatabaseSettings("jdbc:postgresql://db:5432/desk", "desk", "secret");

    assertFalse(settings.isEmbedded());
  }

  @Test
  void secretsInTheUrlAreNeverLogged() {
    DatabaseSettings settings =
        new DatabaseSettings(
            "jdbc:postgresql://db:5432/desk?user=desk&password=secret", null, null);

    assertEquals("jdbc:postgresql://db:5432/desk", settings.safeUrl());
    assertEquals(
        "jdbc:h2:file:/x;USER=***;PASSWORD=***",
        new DatabaseSettings("jdbc:h2:file:/x;USER=sa;PASSWORD=pw", null, null).safeUrl());
  }

  @Test
  void driversShippedWithTheApplicationAreFound() throws Exception {
    assertEquals(
        "org.h2.Driver", ConfiguredDataSource.driverFor("jdbc:h2:mem:x").getClass().getName());
    assertEquals(
        "org.postgresql.Driver",
        ConfiguredDataSource.driverFor("jdbc:postgresql://localhost/test").getClass().getName());
  }
}
