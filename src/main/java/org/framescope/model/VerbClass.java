package org.framescope.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How a reporting verb presents what a speaker said: {@code neutral} (said, told), {@code distancing}
 * (claimed, alleged), {@code endorsing} (noted, revealed) or {@code emotive} (slammed, fumed). The JSON name
 * is the lower-case word; the verbs of each class are data in {@code lexicons/reporting-verbs.tsv}.
 */
public enum VerbClass {
  NEUTRAL, DISTANCING, ENDORSING, EMOTIVE;

  /** The JSON name. */
  @JsonValue
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The JSON names of all values, in declaration order. */
  public static java.util.Set<String> jsonNames() {
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    for (VerbClass v : values()) {
      out.add(v.json());
    }
    return java.util.Collections.unmodifiableSet(out);
  }

  /** Parses a JSON name; rejects anything else, naming the value. */
  @JsonCreator
  public static VerbClass of(String json) {
    for (VerbClass v : values()) {
      if (v.json().equals(json)) {
        return v;
      }
    }
    throw new IllegalArgumentException("unknown verb class '" + json + "' (expected neutral, distancing, endorsing or emotive)");
  }

  @Override
  public String toString() {
    return json();
  }
}
