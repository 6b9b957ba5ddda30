package dev.columndesk.web.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The desk and the site speak Korean and English alike: every key in both, same placeholders. */
class DeskBundlesTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
  private static final Pattern HANGUL = Pattern.compile("\\p{IsHangul}");

  @ParameterizedTest
  @ValueSource(strings = {"messages", "site"})
  void koreanAndEnglishHoldTheSameKeysAndPlaceholders(String bundle) throws IOException {
    Properties korean = load(bundle + "_ko");
    Properties english = load(bundle + "_en");
    assertEquals(
        new TreeSet<>(english.stringPropertyNames()),
        new TreeSet<>(korean.stringPropertyNames()),
        bundle + ": the same keys in both languages");
    for (String key : english.stringPropertyNames()) {
      assertEquals(
          placeholders(english.getProperty(key)),
          placeholders(korean.getProperty(key)),
          bundle + ": placeholders of " + key);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"messages", "site"})
  void englishTextHasNoHangulLeftInIt(String bundle) throws IOException {
    Properties english = load(bundle + "_en");
    Set<String> korean = new TreeSet<>();
    for (String key : english.stringPropertyNames()) {
      if (HANGUL.matcher(english.getProperty(key)).find() && !key.startsWith("language.")) {
        korean.add(key);
      }
    }
    assertTrue(korean.isEmpty(), bundle + "_en holds Korean text in " + korean);
  }

  private static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  private static Properties load(String name) throws IOException {
    String path = "/dev/columndesk/web/i18n/" + name + ".properties";
    try (InputStream in = DeskBundlesTest.class.getResourceAsStream(path)) {
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    }
  }
}
