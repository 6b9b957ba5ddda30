package dev.columndesk.it.api;

import static dev.columndesk.it.support.ColumnsApi.expect;
import static dev.columndesk.it.support.ColumnsApi.id;
import static dev.columndesk.it.support.ColumnsApi.items;
import static dev.columndesk.it.support.ColumnsApi.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.columndesk.it.support.Api;
import dev.columndesk.it.support.ColumnsApi;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * E-mail when the SMTP server is down (nothing listens on the suite's SMTP port while this class
 * runs; NotificationMailIT starts GreenMail there only for itself): the step itself succeeds at
 * once, the e-mail is tried again with back-off (three attempts, 1 s then 2 s apart in the tests)
 * and then recorded FAILED with the error, which administrators see in the desk.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationMailFailureIT {

  @ArquillianResource private URL base;

  @Test
  void unreachableSmtpIsRetriedThenFailedAndShownToAdmins() throws Exception {
    Api api = new Api(base);
    ColumnsApi columns = new ColumnsApi(api);
    String writer = "fail-w." + UUID.randomUUID().toString().substring(0, 8);
    api.openAccount(writer, "Unreachable Writer", Api.DEMO_PASSWORD, "WRITER");
    expect(
        api.patch(
            "api/v1/me",
            writer,
            Json.createObjectBuilder()
                .add("email", writer + "@columndesk.test")
                .build()
                .toString()),
        200);
    JsonObject column =
        columns.move(columns.newDraft(writer, unique("닿지 않는 편지")), "submit", writer, null);

    Instant before = Instant.now();
    JsonObject sentBack =
        columns.move(column, "request-changes", "editor", ColumnsApi.comment("다시"));
    assertEquals("CHANGES_REQUESTED", sentBack.getString("status"));
    assertTrue(
        Duration.between(before, Instant.now()).toMillis() < 5000,
        "the workflow does not wait for the mail server");

    String path = ColumnsApi.COLUMNS + "/" + id(column) + "/notifications?size=100";
    Instant deadline = Instant.now().plusSeconds(30);
    JsonObject mail = null;
    while (mail == null || !mail.getString("status").equals("FAILED")) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("never FAILED: " + mail);
      }
      Thread.sleep(250);
      List<JsonObject> told = items(expect(api.get(path, "admin"), 200));
      mail =
          told.stream()
              .filter(n -> n.getString("channel").equals("EMAIL"))
              .filter(n -> n.getString("kind").equals("CHANGES_REQUESTED"))
              .findFirst()
              .orElse(null);
    }
    assertEquals(writer, mail.getString("recipient"));
    assertEquals(3, mail.getInt("attempts"), "tried three times: " + mail);
    assertTrue(mail.getString("error").contains("Exception"), mail.toString());
    assertTrue(mail.isNull("sentAt"), mail.toString());
    Duration tried = Duration.between(Instant.parse(mail.getString("createdAt")), Instant.now());
    assertTrue(tried.toMillis() >= 3000, "with back-off (1 s, then 2 s): " + tried);

    Api.Answer signedIn = api.deskSignIn("admin", Api.DEMO_PASSWORD);
    String page = api.withCookie("desk/admin/", signedIn.cookies()).body();
    assertTrue(page.contains("id=\"failedMailTable\""), page);
    assertTrue(page.contains("data-recipient=\"" + writer + "\""), "the failed e-mail is listed");

    Api.Answer editorDesk = api.deskSignIn("editor", Api.DEMO_PASSWORD);
    String editorPage = api.withCookie("desk/admin/", editorDesk.cookies()).body();
    assertTrue(!editorPage.contains("failedMailTable"), "administrators only");
  }
}
