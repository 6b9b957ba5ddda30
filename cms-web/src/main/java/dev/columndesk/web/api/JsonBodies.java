package dev.columndesk.web.api;

import dev.columndesk.service.error.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;

/**
 * Small optional JSON bodies, such as a transition's {@code {"comment"}}, read by hand: a missing
 * or empty body is an empty object, not an error, and a wrong type names the field.
 */
public final class JsonBodies {

  private JsonBodies() {}

  public static JsonObject object(String body) {
    if (body == null || body.isBlank()) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new InvalidInputException("The request body must be a JSON object");
      }
      return value.asJsonObject();
    } catch (JsonException e) {
      throw new InvalidInputException("The request body is not valid JSON");
    }
  }

  /** A string field, {@code null} when absent or null; any other type is a 400 naming it. */
  public static String string(JsonObject object, String field) {
    JsonValue value = object.get(field);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value.getValueType() != JsonValue.ValueType.STRING) {
      throw new InvalidInputException(field + " must be a string");
    }
    return object.getString(field);
  }
}
