package dev.columndesk.service.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BodySanitizerTest {

  @Test
  void keepsTheAllowedSubsetWithKoreanText() {
    String html =
        "<h2>제목</h2><p><strong>굵게</strong> <em>기울임</em> <u>밑줄</u> <s>취소</s></p>"
            + "<blockquote><p>인용</p></blockquote><ul><li>하나</li></ul><ol><li>둘</li></ol>"
            + "<figure><img src=\"https://img.example/a.png\" alt=\"그림\" /><figcaption>설명</figcaption>"
            + "</figure><pre><code>x</code></pre><hr /><p>줄<br />바꿈</p>";

    assertEquals(html, BodySanitizer.sanitize(html));
  }

  @Test
  void linksAlwaysGetNofollowNoopener() {
    String clean = BodySanitizer.sanitize("<p><a href=\"https://example.com/x\">링크</a></p>");

    assertTrue(clean.contains("href=\"https://example.com/x\""), clean);
    assertTrue(clean.contains("rel=\"nofollow noopener\""), clean);
  }

  @Test
  void mailtoLinksAndMediaImagesAreKept() {
    assertTrue(
        BodySanitizer.sanitize("<a href=\"mailto:desk@example.com\">메일</a>").contains("mailto:"));
    assertTrue(
        BodySanitizer.sanitize("<img src=\"/media/2026/a.png\">").contains("/media/2026/a.png"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<script>alert(1)</script>",
        "<p onclick=\"alert(1)\">x</p>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<img src=\"data:image/png;base64,AAAA\">",
        "<img src=\"x\" onerror=\"alert(1)\">",
        "<p style=\"color:red\">x</p>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<form action=\"https://evil.example\"><input name=\"a\"></form>",
        "<svg><script>alert(1)</script></svg>",
        "<a href=\"/relative\">x</a>",
        "<img src=\"http://evil.example/x.svg\" onload=\"alert(1)\">",
        "<img src=\"/media/../api/v1/accounts\">",
        "<img src=\"/media/%2e%2e/desk/\">",
        "<img src=\"/media/..%2f..%2fdesk\">",
        "<img src=\"/media/a\\\\..\\\\desk\">"
      })
  void dangerousMarkupNeverSurvives(String html) {
    String clean = BodySanitizer.sanitize(html).toLowerCase();

    for (String banned :
        new String[] {
          "<script",
          "onclick",
          "onerror",
          "onload",
          "javascript:",
          "data:",
          "style=",
          "<iframe",
          "<form",
          "<input",
          "<svg",
          "href=\"/relative"
        }) {
      assertFalse(clean.contains(banned), () -> banned + " survived in " + clean);
    }
  }

  @Test
  void textInsideDroppedElementsIsKept() {
    assertEquals("<p>안녕 세상</p>", BodySanitizer.sanitize("<p><span>안녕</span> <font>세상</font></p>"));
  }

  @Test
  void olderNamesBecomeTheirModernElements() {
    assertEquals(
        "<h2>a</h2><p><strong>b</strong><em>c</em><s>d</s></p>",
        BodySanitizer.sanitize("<h1>a</h1><p><b>b</b><i>c</i><strike>d</strike></p>"));
  }

  @Test
  void nullStaysNull() {
    assertNull(BodySanitizer.sanitize(null));
  }
}
