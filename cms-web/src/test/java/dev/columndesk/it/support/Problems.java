package dev.columndesk.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;

/** Checks that an answer is the contract's problem document. */
public final class Problems {

  private Problems() {}

  /** Asserts the status, the problem+json type and a detail that mentions {@code mentions}. */
  public static JsonObject assertProblem(Api.Answer answer, int status, String mentions) {
    assertEquals(status, answer.status(), () -> "status of " + answer);
    assertTrue(
        answer.header("Content-Type").startsWith("application/problem+json"),
        () -> "problem+json expected: " + answer.header("Content-Type"));
    JsonObject problem = answer.json();
    assertEquals(status, problem.getInt("status"));
    assertFalse(problem.getString("title").isBlank());
    String detail = problem.getString("detail");
    assertTrue(
        detail.contains(mentions), () -> "detail should mention '" + mentions + "': " + detail);
    assertFalse(detail.contains("Exception"), () -> "no internals in: " + detail);
    assertFalse(answer.body().contains("\tat "), "no stack trace");
    return problem;
  }
}
