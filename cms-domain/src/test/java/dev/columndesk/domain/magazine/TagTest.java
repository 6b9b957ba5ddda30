package dev.columndesk.domain.magazine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.columndesk.domain.support.RuleViolation;
import dev.columndesk.domain.support.RuleViolation.Kind;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The stored form of tag names: the same tag typed twice is one tag. */
class TagTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "칼럼/에세이 | 칼럼/에세이",
        "'  경제  ' | 경제",
        "'AI   윤리' | AI 윤리",
        "'a\tb' | a b",
        "'한국\n경제' | 한국 경제",
        "C++ | C++"
      })
  void namesAreTrimmedWithSingleSpaces(String typed, String stored) {
    assertEquals(stored, Tag.normalize(typed));
  }

  @Test
  void caseIsKept() {
    assertEquals("OpenAI", Tag.normalize("OpenAI"));
  }

  @Test
  void decomposedKoreanIsComposed() {
    String decomposed = Normalizer.normalize("칼럼/에세이", Normalizer.Form.NFD);

    String stored = Tag.normalize(decomposed);

    assertEquals("칼럼/에세이", stored);
    assertTrue(Normalizer.isNormalized(stored, Normalizer.Form.NFC));
  }

  @Test
  void ideographicSpaceInsideATagCollapsesLikeAnyWhiteSpace() {
    // U+3000 is white space (Character.isWhitespace) and is trimmed at the ends already; the same
    // tag typed with a full-width space must not become a second tag.
    assertEquals("한국 경제", Tag.normalize("한국\u3000경제"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "\t\n", "\u3000"})
  void aTagNeedsAName(String name) {
    assertInvalid(name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\u0000b", "벨\u0007", "del\u007f", "c1\u0085x"})
  void controlCharactersAreRefused(String name) {
    assertInvalid(name);
  }

  @Test
  void fortyCharactersAreTheMostHangulAndEmojiAlike() {
    assertEquals("가".repeat(40), Tag.normalize("가".repeat(40)));
    assertEquals("🙂".repeat(40), Tag.normalize("🙂".repeat(40)));
    assertInvalid("가".repeat(41));
    assertInvalid("🙂".repeat(41));
  }

  @Test
  void theLimitCountsAfterTrimmingAndComposing() {
    String forty = "가".repeat(40);

    assertEquals(forty, Tag.normalize("   " + Normalizer.normalize(forty, Normalizer.Form.NFD)));
  }

  @Test
  void theSameNameTypedDifferentlyIsTheSameTag() {
    Tag typed = Tag.named("  칼럼/에세이 ");
    Tag decomposed = Tag.named(Normalizer.normalize("칼럼/에세이", Normalizer.Form.NFD));

    assertEquals("칼럼/에세이", typed.getName());
    assertEquals(typed, decomposed);
    assertEquals(typed.hashCode(), decomposed.hashCode());
    assertNotEquals(typed, Tag.named("칼럼"));
  }

  @Test
  void renamedTagTakesTheStoredFormOfItsNewName() {
    Tag tag = Tag.named("경제");

    tag.rename("  한국   경제 ");

    assertEquals("한국 경제", tag.getName());
    assertEquals(Tag.named("한국 경제"), tag);
  }

  @Test
  void renameToNothingIsRefusedAndTheNameStays() {
    Tag tag = Tag.named("경제");

    assertThrows(RuleViolation.class, () -> tag.rename("   "));

    assertEquals("경제", tag.getName());
  }

  private static void assertInvalid(String name) {
    RuleViolation violation = assertThrows(RuleViolation.class, () -> Tag.normalize(name));
    assertEquals(Kind.INVALID, violation.kind(), violation::getMessage);
  }
}
