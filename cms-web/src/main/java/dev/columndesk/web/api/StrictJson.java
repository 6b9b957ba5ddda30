package dev.columndesk.web.api;

import dev.columndesk.web.api.problem.Problem;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Every API request body is checked before JSON-B or a resource reads it, because the readers are
 * lenient where the contract is not: they turn bytes that are not UTF-8 into U+FFFD, ignore what
 * follows the first value ({@code {"title": "x"} trailing}), take the first object of an array,
 * read {@code "title": 5} as the text "5", and recurse without limit on deep nesting. Here a body
 * must be UTF-8, exactly one JSON value nested at most {@value #MAX_DEPTH} deep, and, when it is
 * bound to a record, an object whose fields have the record components' types. Anything else is a
 * {@code 400} that says what was wrong. The body is at most 2 MiB ({@link RequestBodyLimit}), so it
 * is read whole and handed on unchanged. Bodies a resource reads as raw bytes (image uploads) are
 * not JSON and pass untouched.
 */
@Provider
public class StrictJson implements ReaderInterceptor {

  /** Far deeper than any body of the API, far shallower than a parser's stack. */
  static final int MAX_DEPTH = 32;

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (isRawBytes(context.getType())) {
      return context.proceed(); // an image upload: the resource checks it, and it is not JSON
    }
    byte[] body = context.getInputStream().readAllBytes();
    if (body.length > 0) {
      check(utf8(body), context.getType());
    }
    context.setInputStream(new ByteArrayInputStream(body));
    return context.proceed();
  }

  private static boolean isRawBytes(Class<?> type) {
    return InputStream.class.isAssignableFrom(type) || type == byte[].class;
  }

  private static String utf8(byte[] body) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException e) {
      throw refused("The request body is not valid UTF-8; send JSON encoded as UTF-8");
    }
  }

  private static void check(String text, Class<?> type) {
    if (text.isBlank()) {
      return; // the resources say what an empty body means for them
    }
    JsonValue value = parse(text);
    if (type.isRecord()) {
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        throw refused("The request body is not valid JSON for this call: send a JSON object");
      }
      checkFields(value.asJsonObject(), type);
    }
  }

  /** Exactly one value, without recursion, so that no nesting can exhaust the stack. */
  private static JsonValue parse(String text) {
    try (JsonParser parser = Json.createParser(new StringReader(text))) {
      int depth = 0;
      while (parser.hasNext()) { // throws on anything after the first value
        JsonParser.Event event = parser.next();
        if (event == JsonParser.Event.START_ARRAY || event == JsonParser.Event.START_OBJECT) {
          if (++depth > MAX_DEPTH) {
            throw refused(
                "The request body is not valid JSON for this call: it is nested more than "
                    + MAX_DEPTH
                    + " levels deep");
          }
        } else if (event == JsonParser.Event.END_ARRAY || event == JsonParser.Event.END_OBJECT) {
          depth--;
        }
      }
    } catch (JsonParsingException e) {
      throw refused(
          "The request body is not valid JSON (line "
              + e.getLocation().getLineNumber()
              + ", column "
              + e.getLocation().getColumnNumber()
              + ")");
    } catch (jakarta.json.JsonException e) {
      throw refused("The request body is not valid JSON");
    }
    return Json.createReader(new StringReader(text)).readValue();
  }

  /** Each field the record knows must have its component's JSON type; others are ignored. */
  private static void checkFields(JsonObject object, Class<?> record) {
    for (RecordComponent component : record.getRecordComponents()) {
      JsonValue value = object.get(component.getName());
      if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
        continue;
      }
      String expected = expected(component.getGenericType(), value);
      if (expected != null) {
        throw refused(
            "The request body is not valid JSON for this call: "
                + component.getName()
                + " must be "
                + expected);
      }
    }
  }

  /** What the value should have been, or {@code null} when it fits the type. */
  private static String expected(Type type, JsonValue value) {
    JsonValue.ValueType kind = value.getValueType();
    if (type == String.class) {
      return kind == JsonValue.ValueType.STRING ? null : "a string";
    }
    if (type == Boolean.class || type == boolean.class) {
      return kind == JsonValue.ValueType.TRUE || kind == JsonValue.ValueType.FALSE
          ? null
          : "true or false";
    }
    if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
      return kind == JsonValue.ValueType.NUMBER && ((jakarta.json.JsonNumber) value).isIntegral()
          ? null
          : "a whole number";
    }
    if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
      if (kind != JsonValue.ValueType.ARRAY) {
        return "an array";
      }
      Type element = list.getActualTypeArguments()[0];
      for (JsonValue item : (JsonArray) value) {
        if (item.getValueType() == JsonValue.ValueType.NULL || expected(element, item) != null) {
          return "an array of " + (element == String.class ? "strings" : "values of one type");
        }
      }
    }
    return null;
  }

  private static WebApplicationException refused(String detail) {
    // With its entity the problem is answered as it is, not mapped again.
    return new WebApplicationException(new Problem(400, detail).toResponse().build());
  }
}
