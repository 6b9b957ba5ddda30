package dev.columndesk.domain.column;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.columndesk.domain.magazine.Tag;
import dev.columndesk.domain.support.RuleViolation;
import dev.columndesk.domain.support.RuleViolation.Kind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The contract's limits on what a writer writes; characters are counted as a person sees them. */
class ColumnContentTest {

  private static final String BODY = "<p>본문</p>";

  // --- title -----------------------------------------------------------------------------------

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "\t\n", "\u3000"})
  void titleIsRequired(String title) {
    assertInvalid(() -> new ColumnContent(title, null, null, BODY, null, List.of()));
  }

  @Test
  void titleIsTrimmed() {
    ColumnContent content = new ColumnContent("  메타, 오픈AI에 도전장 \n", null, null, BODY, null, null);

    assertEquals("메타, 오픈AI에 도전장", content.title());
  }

  @Test
  void titleOfOneCharacterIsEnough() {
    assertEquals("가", new ColumnContent("가", null, null, BODY, null, null).title());
  }

  @Test
  void titleOf200HangulIsAllowed() {
    String title = "가".repeat(200);

    assertEquals(title, new ColumnContent(title, null, null, BODY, null, null).title());
  }

  @Test
  void titleOf201HangulIsRefused() {
    assertInvalid(() -> new ColumnContent("가".repeat(201), null, null, BODY, null, null));
  }

  @Test
  void eachEmojiCountsAsOneCharacterOfTheTitle() {
    String emoji = "😀".repeat(200); // 400 UTF-16 units, 200 characters

    assertEquals(emoji, new ColumnContent(emoji, null, null, BODY, null, null).title());
    assertInvalid(() -> new ColumnContent(emoji + "😀", null, null, BODY, null, null));
  }

  @Test
  void titleLimitCountsAfterTrimming() {
    String title = "a".repeat(200);

    assertEquals(
        title, new ColumnContent("   " + title + "   ", null, null, BODY, null, null).title());
  }

  // --- subtitle and summary --------------------------------------------------------------------

  @Test
  void subtitleUpTo300CharactersIsAllowed() {
    String subtitle = "부".repeat(300);

    assertEquals(subtitle, new ColumnContent("t", subtitle, null, BODY, null, null).subtitle());
    assertInvalid(() -> new ColumnContent("t", subtitle + "제", null, BODY, null, null));
  }

  @Test
  void summaryUpTo500CharactersIsAllowed() {
    String summary = "요".repeat(500);

    assertEquals(summary, new ColumnContent("t", null, summary, BODY, null, null).summary());
    assertInvalid(() -> new ColumnContent("t", null, summary + "약", BODY, null, null));
  }

  @Test
  void blankOptionalTextBecomesNothingAndOtherTextIsTrimmed() {
    ColumnContent blank = new ColumnContent("t", "   ", "\u3000", BODY, null, null);
    ColumnContent padded = new ColumnContent("t", " 부제 ", "\n요약\t", BODY, null, null);

    assertNull(blank.subtitle());
    assertNull(blank.summary());
    assertEquals("부제", padded.subtitle());
    assertEquals("요약", padded.summary());
  }

  // --- tags ------------------------------------------------------------------------------------

  @Test
  void noTagsIsAnEmptyList() {
    assertEquals(List.of(), new ColumnContent("t", null, null, BODY, null, null).tags());
    assertEquals(List.of(), new ColumnContent("t", null, null, BODY, null, List.of()).tagNames());
  }

  @Test
  void tenTagsAreAllowedInTheWritersOrder() {
    List<Tag> tags = tags(10);

    ColumnContent content = new ColumnContent("t", null, null, BODY, null, tags);

    assertEquals(10, content.tags().size());
    assertEquals(tags.stream().map(Tag::getName).toList(), content.tagNames());
  }

  @Test
  void elevenTagsAreRefused() {
    assertInvalid(() -> new ColumnContent("t", null, null, BODY, null, tags(11)));
  }

  @Test
  void duplicateTagsAreRemovedKeepingTheFirstPlace() {
    List<Tag> tags =
        List.of(Tag.named("경제"), Tag.named("칼럼/에세이"), Tag.named(" 경제 "), Tag.named("AI"));

    ColumnContent content = new ColumnContent("t", null, null, BODY, null, tags);

    assertEquals(List.of("경제", "칼럼/에세이", "AI"), content.tagNames());
  }

  @Test
  void duplicatesDoNotCountTowardsTheLimit() {
    List<Tag> tags = new ArrayList<>(tags(10));
    tags.add(Tag.named("tag-0"));
    tags.add(Tag.named("tag-9"));

    ColumnContent content = new ColumnContent("t", null, null, BODY, null, tags);

    assertEquals(10, content.tags().size());
  }

  @Test
  void tagsAreCopiedAndCannotBeChanged() {
    List<Tag> tags = new ArrayList<>(List.of(Tag.named("경제")));
    ColumnContent content = new ColumnContent("t", null, null, BODY, null, tags);

    tags.add(Tag.named("정치"));

    assertEquals(List.of("경제"), content.tagNames());
    assertThrows(UnsupportedOperationException.class, () -> content.tags().add(Tag.named("정치")));
  }

  // --- body ------------------------------------------------------------------------------------

  @Test
  void bodyIsRequired() {
    assertInvalid(() -> new ColumnContent("t", null, null, null, null, null));
  }

  @Test
  void bodyMayBeEmpty() {
    assertEquals("", new ColumnContent("t", null, null, "", null, null).body());
  }

  @Test
  void bodyOfExactlyOneMebibyteIsAllowed() {
    String body = "a".repeat(ColumnContent.BODY_MAX_BYTES);

    assertEquals(body, new ColumnContent("t", null, null, body, null, null).body());
  }

  @Test
  void bodyOneByteOverAMebibyteIsRefused() {
    assertInvalid(
        () ->
            new ColumnContent(
                "t", null, null, "a".repeat(ColumnContent.BODY_MAX_BYTES + 1), null, null));
  }

  @Test
  void bodyLimitCountsUtf8BytesNotCharacters() {
    // 349,525 syllables of 3 bytes each and one ASCII byte: exactly 1 MiB.
    String fits = "가".repeat(349_525) + "a";
    String tooBig = "가".repeat(349_526); // 1,048,578 bytes, though only 349,526 characters
    assertEquals(ColumnContent.BODY_MAX_BYTES, fits.getBytes(StandardCharsets.UTF_8).length);

    assertEquals(fits, new ColumnContent("t", null, null, fits, null, null).body());
    RuleViolation violation =
        assertInvalid(() -> new ColumnContent("t", null, null, tooBig, null, null));
    assertTrue(violation.getMessage().contains("1048578"), violation.getMessage());
  }

  // --- helpers ---------------------------------------------------------------------------------

  private static List<Tag> tags(int count) {
    return IntStream.range(0, count).mapToObj(i -> Tag.named("tag-" + i)).toList();
  }

  private static RuleViolation assertInvalid(Executable action) {
    RuleViolation violation = assertThrows(RuleViolation.class, action);
    assertEquals(Kind.INVALID, violation.kind(), violation::getMessage);
    return violation;
  }
}
