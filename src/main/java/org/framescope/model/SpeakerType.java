package org.framescope.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What kind of voice a speaker is. The JSON name is the lower-case word. */
public enum SpeakerType {
  GOVERNMENT, MILITARY, INTELLIGENCE, MEDIA, EXPERT, PUBLIC, OTHER;

  /** The JSON name. */
  @JsonValue
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The JSON names of all values, in declaration order. */
  public static java.util.Set<String> jsonNames() {
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    for (SpeakerType v : values()) {
      out.add(v.json());
    }
    return java.util.Collections.unmodifiableSet(out);
  }

  /** Parses a JSON name; rejects anything else, naming the value. */
  @JsonCreator
  public static SpeakerType of(String json) {
    for (SpeakerType v : values()) {
      if (v.json().equals(json)) {
        return v;
      }
    }
    throw new IllegalArgumentException("unknown speaker type '" + json
        + "' (expected government, military, intelligence, media, expert, public or other)");
  }

  @Override
  public String toString() {
    return json();
  }
}
