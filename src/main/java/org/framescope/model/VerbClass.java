package org.framescope.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

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
    return JsonNames.of(this);
  }

  /** The JSON names of all values, in declaration order. */
  public static java.util.Set<String> jsonNames() {
    return JsonNames.all(VerbClass.class);
  }

  /** Parses a JSON name; rejects anything else, naming the value. */
  @JsonCreator
  public static VerbClass of(String json) {
    return JsonNames.parse(VerbClass.class, "verb class", json);
  }

  @Override
  public String toString() {
    return json();
  }
}
