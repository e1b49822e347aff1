package org.framescope.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.Locale;

/**
 * Jackson's parse and mapping errors as one plain line for a person: what is wrong and where (line and
 * column, or the field), without Jackson's internals (source descriptions, token names, class names, code
 * points in brackets). Input: the exception. Output: e.g. {@code unexpected end of input (an object is not
 * closed) at line 3, column 1} or {@code field 'sentences[2].begin': expected a whole number}.
 */
public final class JsonErrors {
  /** Jackson's token names as words. */
  private static final String[][] TOKENS = {
      {"VALUE_STRING", "a string"}, {"VALUE_NUMBER_INT", "a whole number"}, {"VALUE_NUMBER_FLOAT", "a number"},
      {"VALUE_TRUE", "true"}, {"VALUE_FALSE", "false"}, {"VALUE_NULL", "null"}, {"FIELD_NAME", "a field name"},
      {"START_OBJECT", "an object"}, {"END_OBJECT", "the end of an object"}, {"START_ARRAY", "an array"},
      {"END_ARRAY", "the end of an array"}, {"JsonToken.", ""}};

  private JsonErrors() { }

  /** One plain line describing {@code e}. */
  public static String plain(JsonProcessingException e) {
    if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      return "field '" + path(m) + "': " + mappingReason(m);
    }
    String what = syntax(e.getOriginalMessage());
    JsonLocation at = e.getLocation();
    if (at != null && at.getLineNr() > 0) {
      return what + " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    }
    return what;
  }

  /** The syntax problem in plain words. */
  static String syntax(String original) {
    if (original == null || original.isBlank()) {
      return "not valid JSON";
    }
    String s = firstLine(original);
    s = s.replaceAll(" \\((start marker|for [A-Za-z]+ starting) at \\[Source:[^\\]]*\\][^)]*\\)", "");
    s = s.replaceAll("\\[Source:[^\\]]*\\]", "");
    // "((CTRL-CHAR, code 1))" -> "(control character U+0001)"
    java.util.regex.Matcher ctrl = java.util.regex.Pattern.compile("\\(\\(CTRL-CHAR, code (\\d+)\\)\\)").matcher(s);
    StringBuilder b = new StringBuilder();
    while (ctrl.find()) {
      ctrl.appendReplacement(b, String.format(Locale.ROOT, "(control character U+%04X)",
          Integer.parseInt(ctrl.group(1))));
    }
    ctrl.appendTail(b);
    s = b.toString();
    // "('x' (code 120))" -> "'x'"
    s = s.replaceAll("\\(('.{1,2}') \\(code \\d+\\)\\)", "$1");
    s = s.replace("Unexpected end-of-input within/between Object entries", "unexpected end of input (an object is not closed)")
        .replace("Unexpected end-of-input within/between Array entries", "unexpected end of input (an array is not closed)")
        .replace("Unexpected end-of-input: expected close marker for Object", "unexpected end of input (an object is not closed)")
        .replace("Unexpected end-of-input: expected close marker for Array", "unexpected end of input (an array is not closed)")
        .replace("Unexpected end-of-input", "unexpected end of input")
        .replace(": was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
            " (expected a string, number, array, object, true, false or null)")
        .replace("(JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
            "(a string, number, array, object, true, false or null)")
        .replace("Trailing token (of type ", "more content after the JSON value (")
        .replaceAll("\\s+", " ").strip();
    for (String[] token : TOKENS) {
      s = s.replace(token[0], token[1]);
    }
    return s.isEmpty() ? "not valid JSON" : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  private static String mappingReason(JsonMappingException m) {
    Throwable cause = m.getCause();
    if (cause instanceof IllegalArgumentException || cause instanceof NullPointerException) {
      // the records' compact constructors say what is wrong in plain words
      return cause.getMessage() == null ? "missing value" : firstLine(cause.getMessage());
    }
    if (m instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mi && mi.getTargetType() != null) {
      return "expected " + kind(mi.getTargetType());
    }
    return syntax(m.getOriginalMessage()).replaceAll("`[^`]*`", "").replaceAll("\\s+", " ").strip();
  }

  private static String kind(Class<?> t) {
    if (t == int.class || t == Integer.class || t == long.class || t == Long.class) {
      return "a whole number";
    }
    if (t == double.class || t == Double.class || t == float.class || t == Float.class) {
      return "a number";
    }
    if (t == boolean.class || t == Boolean.class) {
      return "true or false";
    }
    if (t == String.class) {
      return "a string";
    }
    if (java.util.Collection.class.isAssignableFrom(t)) {
      return "a list";
    }
    if (java.util.Map.class.isAssignableFrom(t)) {
      return "an object";
    }
    if (t.isEnum()) {
      return "one of the allowed names";
    }
    return "an object";
  }

  private static String path(JsonMappingException m) {
    StringBuilder b = new StringBuilder();
    for (JsonMappingException.Reference r : m.getPath()) {
      if (r.getFieldName() != null) {
        if (b.length() > 0) {
          b.append('.');
        }
        b.append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.toString();
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
