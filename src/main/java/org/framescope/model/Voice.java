package org.framescope.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Whose words a stretch of text is: the outlet's own ({@code author}), a direct quote ({@code quote}) or
 * reported speech ({@code reported}). The JSON name is the lower-case word.
 */
public enum Voice {
  AUTHOR, QUOTE, REPORTED;

  /** The JSON name ("author", "quote", "reported"). */
  @JsonValue
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True for quote and reported speech: someone other than the outlet speaks. */
  public boolean isAttributed() {
    return this != AUTHOR;
  }

  /** The JSON names of all values, in declaration order. */
  public static java.util.Set<String> jsonNames() {
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    for (Voice v : values()) {
      out.add(v.json());
    }
    return java.util.Collections.unmodifiableSet(out);
  }

  /** Parses a JSON name; rejects anything else, naming the value. */
  @JsonCreator
  public static Voice of(String json) {
    for (Voice v : values()) {
      if (v.json().equals(json)) {
        return v;
      }
    }
    throw new IllegalArgumentException("unknown voice '" + json + "' (expected author, quote or reported)");
  }

  @Override
  public String toString() {
    return json();
  }
}
