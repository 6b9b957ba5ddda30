package dev.columndesk.it.support;

import static dev.columndesk.it.support.ColumnsApi.EDITOR;
import static dev.columndesk.it.support.ColumnsApi.PUBLISHER;
import static dev.columndesk.it.support.ColumnsApi.array;
import static dev.columndesk.it.support.ColumnsApi.draftBuilder;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** What the public site's tests publish, and how they address it. */
public final class PublicSite {

  private PublicSite() {}

  /** One magazine, one author, and columns in every state, made once for the whole class. */
  public record Desk(
      String author,
      String byline,
      String magazine,
      String magazineTitle,
      String tag,
      JsonObject older,
      JsonObject newer,
      JsonObject english,
      JsonObject draft,
      JsonObject withdrawn,
      String secret) {}

  public static Desk build(ColumnsApi columns) {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String author = "site" + suffix;
    Api api = columns.api();
    api.openAccount(author, "사이트 필자 " + suffix, Api.DEMO_PASSWORD, "WRITER");
    String byline = "한필명 " + suffix;
    Api.Answer profile =
        api.patch(
            "api/v1/me",
            author,
            Json.createObjectBuilder()
                .add("penName", byline)
                .add("bio", "서울에서 기술과 사회를 씁니다. <b>굵게</b> & 더")
                .build()
                .toString());
    assertEquals(200, profile.status(), profile::toString);

    String magazine = "site-" + suffix;
    String magazineTitle = "사이트 매거진 " + suffix;
    Api.Answer founded =
        api.post(
            "api/v1/magazines",
            EDITOR,
            Json.createObjectBuilder()
                .add("title", magazineTitle)
                .add("slug", magazine)
                .add("description", "매거진 소개 " + suffix)
                .build()
                .toString());
    assertEquals(201, founded.status(), founded::toString);

    String tag = "오픈 소스 " + suffix;
    JsonObject older =
        publish(
            columns,
            author,
            column("첫 번째 칼럼 " + suffix, "<p>오픈 소스 개발자들이 모여 칼럼은 어떻게 쓰는지 이야기했다.</p>", magazine, tag));
    JsonObject newer =
        publish(
            columns, author, column("두 번째 칼럼 " + suffix, "<p>두 번째 이야기입니다.</p>", magazine, "둘째"));
    JsonObject english =
        publish(
            columns,
            author,
            column(
                "Notes on weather " + suffix,
                "<p>She writes about the weather every week.</p>",
                null,
                tag));
    JsonObject draft =
        ColumnsApi.expect(
            columns.create(
                author, column("발행 전 초안 " + suffix, "<p>아직 비공개 초안 본문.</p>", magazine, tag)),
            201);
    JsonObject withdrawn =
        publish(columns, author, column("내려간 칼럼 " + suffix, "<p>내려간 칼럼 본문입니다.</p>", magazine, tag));
    columns.move(withdrawn, "unpublish", PUBLISHER, null);
    String secret = "고치는중문장" + suffix;
    columns.edit(columns.current(older), author, "고친 제목 " + suffix, "<p>" + secret + "</p>");
    return new Desk(
        author,
        byline,
        magazine,
        magazineTitle,
        tag,
        columns.current(older),
        newer,
        english,
        draft,
        withdrawn,
        secret);
  }

  public static String column(String title, String body, String magazine, String tag) {
    var json = draftBuilder(title, body).add("summary", "요약: " + title).add("tags", array(tag));
    if (magazine != null) {
      json.add("magazine", magazine);
    }
    return json.build().toString();
  }

  public static JsonObject publish(ColumnsApi columns, String author, String json) {
    JsonObject column = ColumnsApi.expect(columns.create(author, json), 201);
    column = columns.move(column, "submit", author, null);
    column = columns.move(column, "approve", EDITOR, null);
    return columns.move(column, "publish", PUBLISHER, null);
  }

  public static String pathOf(JsonObject column) {
    return ColumnsApi.pagePathOf(column.getString("slug"));
  }

  public static String encode(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }

  public static String decode(String segment) {
    return URLDecoder.decode(segment, StandardCharsets.UTF_8);
  }
}
