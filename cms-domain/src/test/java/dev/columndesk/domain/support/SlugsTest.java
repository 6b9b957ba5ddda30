package dev.columndesk.domain.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugsTest {

  @Test
  void koreanIsKeptAndPunctuationBecomesDashes() {
    assertEquals("메타-오픈ai에-도전장", Slugs.of("메타, 오픈AI에 도전장!"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Hello World | hello-world",
        "The CMS, Explained: Part 2 | the-cms-explained-part-2",
        "a -- b ... c | a-b-c",
        "  ...Leading and trailing!!!  | leading-and-trailing",
        "2026년 경제 전망 | 2026년-경제-전망",
        "Café au lait | café-au-lait",
        "AI 시대의 \"글쓰기\" (1) | ai-시대의-글쓰기-1"
      })
  void slugsOfTitles(String title, String slug) {
    assertEquals(slug, Slugs.of(title));
  }

  @Test
  void whiteSpaceOfAnyKindIsADash() {
    assertEquals("tab-and-newline", Slugs.of("tab\tand\nnewline"));
    assertEquals("한국-경제", Slugs.of("한국\u3000경제"));
  }

  @Test
  void emojiAreDroppedLikePunctuation() {
    assertEquals("emoji-between", Slugs.of("emoji 🙂 between"));
  }

  @Test
  void englishIsLowerCased() {
    assertEquals("openai-gpt", Slugs.of("OpenAI GPT"));
  }

  @Test
  void everyRunOfPunctuationBecomesOneDash() {
    String slug = Slugs.of("안녕 , - ! ?  세계");

    assertEquals("안녕-세계", slug);
    assertFalse(slug.contains("--"));
  }

  @Test
  void decomposedKoreanGivesTheComposedSlug() {
    String title = "메타, 오픈AI에 도전장!";
    String decomposed = Normalizer.normalize(title, Normalizer.Form.NFD);
    assertNotEquals(title, decomposed);

    String slug = Slugs.of(decomposed);

    assertEquals("메타-오픈ai에-도전장", slug);
    assertTrue(Normalizer.isNormalized(slug, Normalizer.Form.NFC));
  }

  @Test
  void longTitlesAreCutAt80CodePoints() {
    String slug = Slugs.of("가".repeat(100));

    assertEquals("가".repeat(80), slug);
  }

  @Test
  void theCutCountsCodePointsNotUtf16Units() {
    // U+20000 (𠀀) is a letter outside the BMP: two UTF-16 units, one code point.
    String slug = Slugs.of("𠀀".repeat(100));

    assertEquals(80, slug.codePointCount(0, slug.length()));
  }

  @Test
  void theCutNeverLeavesADashAtTheEnd() {
    String slug = Slugs.of("a".repeat(80) + " b");

    assertEquals("a".repeat(80), slug);
  }

  @Test
  void aSlugIsAtMost80CodePointsEvenWhenAWordStartsAtTheLimit() {
    // 79 letters, a space, then a letter: the dash would be the 80th code point and the letter
    // the 81st.
    String slug = Slugs.of("a".repeat(79) + " b");

    assertTrue(
        slug.codePointCount(0, slug.length()) <= Slugs.MAX_LENGTH,
        () -> "slug has " + slug.codePointCount(0, slug.length()) + " code points: " + slug);
    assertFalse(slug.endsWith("-"));
  }

  @Test
  void aSlugNeverExceedsTheLimitWhateverTheWords() {
    for (int wordLength = 1; wordLength <= 12; wordLength++) {
      String title = ("가".repeat(wordLength) + " ").repeat(40);
      String slug = Slugs.of(title);

      int length = slug.codePointCount(0, slug.length());
      assertTrue(length <= Slugs.MAX_LENGTH, "word length " + wordLength + ": " + length);
      assertFalse(slug.startsWith("-") || slug.endsWith("-"), slug);
    }
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "!!!", "... --- ...", "🙂🙂", "、。「」"})
  void nothingToKeepGivesAnEmptySlug(String title) {
    assertEquals("", Slugs.of(title));
  }

  @Test
  void theSameTitleAlwaysGivesTheSameSlug() {
    assertEquals(Slugs.of("월요 칼럼: 첫 회"), Slugs.of("월요 칼럼: 첫 회"));
  }

  @Test
  void candidatesNumberFromTwo() {
    assertEquals("메타", Slugs.candidate("메타", 0));
    assertEquals("메타", Slugs.candidate("메타", 1));
    assertEquals("메타-2", Slugs.candidate("메타", 2));
    assertEquals("메타-3", Slugs.candidate("메타", 3));
    assertEquals("hello-world-10", Slugs.candidate("hello-world", 10));
  }
}
