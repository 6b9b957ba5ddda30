package dev.columndesk.it.api;

import static dev.columndesk.it.support.ColumnsApi.EDITOR;
import static dev.columndesk.it.support.ColumnsApi.PUBLISHER;
import static dev.columndesk.it.support.ColumnsApi.WRITER;
import static dev.columndesk.it.support.ColumnsApi.comment;
import static dev.columndesk.it.support.ColumnsApi.draftBuilder;
import static dev.columndesk.it.support.ColumnsApi.etagOf;
import static dev.columndesk.it.support.ColumnsApi.expect;
import static dev.columndesk.it.support.ColumnsApi.id;
import static dev.columndesk.it.support.ColumnsApi.items;
import static dev.columndesk.it.support.ColumnsApi.unique;
import static dev.columndesk.it.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.columndesk.it.support.Api;
import dev.columndesk.it.support.ColumnsApi;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Changes that meet at the same moment are taken in turn and answered with a 4xx that says what
 * happened, never a 500; and the edges a second reading of the code found.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrentAndEdgeCasesIT {

  @ArquillianResource private URL base;
  private Api api;
  private ColumnsApi columns;

  @BeforeEach
  void connect() {
    api = new Api(base);
    columns = new ColumnsApi(api);
  }

  @Test
  void twoSavesOfTheSameVersionAtOnceKeepOneAndNameItsAuthorToTheOther() {
    JsonObject column = columns.newDraft(WRITER, unique("동시 저장"));
    String etag = etagOf(column);
    String[] savers = {WRITER, EDITOR};

    List<Api.Answer> answers =
        ColumnsApi.atOnce(
            2,
            i ->
                columns.put(
                    id(column),
                    savers[i],
                    etag,
                    ColumnsApi.draft(unique("저장한 사람 " + savers[i]), "<p>본문</p>")));

    List<Integer> statuses = answers.stream().map(Api.Answer::status).sorted().toList();
    assertEquals(List.of(200, 412), statuses, answers::toString);
    Api.Answer refused = answers.stream().filter(a -> a.status() == 412).findFirst().orElseThrow();
    String winner = answers.get(0).status() == 200 ? savers[0] : savers[1];
    assertProblem(refused, 412, "(" + winner + ")");
  }

  @Test
  void twoEditorsDecidingAtOnceWithCommentsGetOneDecisionAndAConflict() {
    JsonObject inReview = columns.inStatus(WRITER, "IN_REVIEW");
    String[] editors = {EDITOR, "editor2"};

    List<Api.Answer> answers =
        ColumnsApi.atOnce(
            2,
            i ->
                columns.transition(
                    id(inReview), "approve", editors[i], comment("승인 " + editors[i]), null));

    assertEquals(
        List.of(200, 409),
        answers.stream().map(Api.Answer::status).sorted().toList(),
        answers::toString);
    assertEquals(1, items(expect(columns.comments(id(inReview), WRITER), 200)).size());
  }

  @Test
  void twoColumnsRenamedToTheSameSlugAtOnceNeverFailWithA500() {
    JsonObject first = columns.newDraft(WRITER, unique("이름 바꾸기 하나"));
    JsonObject second = columns.newDraft(WRITER, unique("이름 바꾸기 둘"));
    String slug = "같은-주소-" + UUID.randomUUID().toString().substring(0, 8);
    JsonObject[] both = {first, second};

    List<Api.Answer> answers =
        ColumnsApi.atOnce(
            2,
            i ->
                columns.put(
                    id(both[i]),
                    WRITER,
                    etagOf(both[i]),
                    draftBuilder(both[i].getString("title"), "<p>본문</p>")
                        .add("slug", slug)
                        .build()
                        .toString()));

    // Either the second finds the slug taken and numbers it, or both tried it at once and the
    // second is told to choose another.
    Set<String> outcomes =
        answers.stream()
            .map(a -> a.status() == 200 ? a.json().getString("slug") : "status " + a.status())
            .collect(Collectors.toSet());
    assertTrue(
        outcomes.equals(Set.of(slug, slug + "-2")) || outcomes.equals(Set.of(slug, "status 409")),
        outcomes::toString);
  }

  @Test
  void magazinesWhoseTitlesHaveNoLettersGetNumberedSlugs() {
    String first = found("🙂🙂");
    String second = found("!!!");

    assertTrue(first.startsWith("magazine"), first);
    assertTrue(second.startsWith("magazine"), second);
    assertTrue(!first.equals(second), first + " / " + second);
  }

  @Test
  void anEmptyStatusFilterIsABadRequest() {
    assertProblem(columns.list("status=,", EDITOR), 400, "status");
  }

  @Test
  void anotherWritersFiltersSeeTheLiveRevisionNotTheCorrection() {
    String live = found(unique("발행된 잡지"));
    String draft = found(unique("고쳐 쓸 잡지"));
    String liveTag = unique("발행 태그");
    String draftTag = unique("초안 태그");
    JsonObject created =
        expect(
            columns.create(
                WRITER,
                draftBuilder(unique("필터 시험"), "<p>발행본</p>")
                    .add("magazine", live)
                    .add("tags", Json.createArrayBuilder().add(liveTag))
                    .build()
                    .toString()),
            201);
    JsonObject published = columns.move(created, "submit", WRITER, null);
    published = columns.move(published, "approve", EDITOR, null);
    published = columns.move(published, "publish", PUBLISHER, null);
    expect(
        columns.put(
            id(published),
            WRITER,
            etagOf(published),
            draftBuilder(published.getString("title"), "<p>고쳐 쓰는 중</p>")
                .add("magazine", draft)
                .add("tags", Json.createArrayBuilder().add(draftTag))
                .build()
                .toString()),
        200);

    assertEquals(1, count("magazine=" + encode(live), "writer2"));
    assertEquals(0, count("magazine=" + encode(draft), "writer2"));
    assertEquals(1, count("tag=" + encode(liveTag), "writer2"));
    assertEquals(0, count("tag=" + encode(draftTag), "writer2"));
    assertEquals(1, count("magazine=" + encode(draft), WRITER), "the author sees the correction");
    assertEquals(1, count("tag=" + encode(draftTag), EDITOR), "so do editors");
  }

  @Test
  void canonicalLinkNeverComesFromTheRequestsHost() {
    JsonObject published = columns.inStatus(WRITER, "PUBLISHED");
    String url = published.getJsonObject("live").getString("url");

    Api.Answer page = api.page(url);

    assertEquals(200, page.status(), page::toString);
    // The suite sets no CMS_SITE_URL: the configured default, not the address this request used.
    assertTrue(
        page.body().contains("<link rel=\"canonical\" href=\"http://localhost:8080" + url + "\">"),
        page.body());
    assertFalse(page.body().contains(":" + base.getPort() + "/"), "no trace of the request's host");
  }

  private String found(String title) {
    Api.Answer created =
        api.post(
            "api/v1/magazines",
            EDITOR,
            Json.createObjectBuilder().add("title", title).build().toString());
    return expect(created, 201).getString("slug");
  }

  private long count(String query, String user) {
    return expect(columns.list(query, user), 200).getJsonNumber("total").longValue();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
