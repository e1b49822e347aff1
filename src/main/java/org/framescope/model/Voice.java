package org.framescope.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Whose words a stretch of text is: the outlet's own ({@code author}), a direct quote ({@code quote}) or
 * reported speech ({@code reported}). The JSON name is the lower-case word.
 */
public enum Voice {
  AUTHOR, QUOTE, REPORTED;

  /** The JSON name. */
  @JsonValue
  public String json() {
    return JsonNames.of(this);
  }

  /** True for quote and reported speech: someone other than the outlet speaks. */
  public boolean isAttributed() {
    return this != AUTHOR;
  }

  /** The JSON names of all values, in declaration order. */
  public static java.util.Set<String> jsonNames() {
    return JsonNames.all(Voice.class);
  }

  /** Parses a JSON name; rejects anything else, naming the value. */
  @JsonCreator
  public static Voice of(String json) {
    return JsonNames.parse(Voice.class, "voice", json);
  }

  @Override
  public String toString() {
    return json();
  }
}
