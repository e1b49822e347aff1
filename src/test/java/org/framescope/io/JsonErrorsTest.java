package org.framescope.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import org.framescope.model.ArticleResult;
import org.junit.jupiter.api.Test;

/** Jackson's errors become one plain line: what and where, none of Jackson's internals. */
class JsonErrorsTest {
  static String plain(String json) {
    JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> Json.mapper().readTree(json));
    return JsonErrors.plain(e);
  }

  static void assertPlain(String msg) {
    assertFalse(msg.contains("\n"), msg);
    for (String internal : List.of("[Source", "REDACTED", "StreamReadFeature", "(code ", "CTRL-CHAR", "JsonToken", "VALUE_", "START_", "FIELD_NAME",
        "`", "org.framescope", "com.fasterxml")) {
      assertFalse(msg.contains(internal), internal + " in: " + msg);
    }
  }

  @Test
  void syntaxErrorsSayWhatAndWhere() {
    assertEquals("unexpected end of input (an object is not closed) at line 1, column 6", plain("{\"a\":"));
    assertEquals("unexpected character 'x': was expecting double-quote to start field name at line 1, column 2",
        plain("{x}"));
    assertEquals("unexpected end of input (an array is not closed) at line 2, column 2", plain("[1,\n2"));
    assertTrue(plain("\u0001").startsWith("illegal character (control character U+0001)"), plain("\u0001"));
    assertEquals("unexpected end of input: was expecting closing quote for a string value at line 1, column 8", plain("{\"a\":\"b"));
    for (String bad : List.of("{\"a\":\"b", "{\"a\":", "{x}", "[1,2", "\u0001", "{\"a\":\"b\nc\"}", "nul", "{\"a\":1,}", "\"abc")) {
      assertPlain(plain(bad));
    }
  }

  @Test
  void mappingErrorsNameTheField() {
    String doc = "{\"schema\":\"framescope.article/1\",\"id\":\"a\",\"body\":\"\",\"provenance\":{},"
        + "\"sentences\":[{\"index\":0,\"begin\":\"x\",\"end\":1,\"text\":\"\",\"voice\":\"author\"}]}";
    JsonProcessingException e = assertThrows(JsonProcessingException.class,
        () -> Json.mapper().readValue(doc, ArticleResult.class));
    String msg = JsonErrors.plain(e);
    assertPlain(msg);
    assertEquals("field 'sentences[0].begin': expected a whole number", msg);
  }
}
