package org.framescope.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What kind of voice a speaker is. The JSON name is the lower-case word. */
public enum SpeakerType {
  GOVERNMENT, MILITARY, INTELLIGENCE, MEDIA, EXPERT, PUBLIC, OTHER;

  /** Whether this is a state's body (government, military or intelligence), which speaks for its state. */
  public boolean stateBody() {
    return this == GOVERNMENT || this == MILITARY || this == INTELLIGENCE;
  }

  /** The JSON name. */
  @JsonValue
  public String json() {
    return JsonNames.of(this);
  }

  /** The JSON names of all values, in declaration order. */
  public static java.util.Set<String> jsonNames() {
    return JsonNames.all(SpeakerType.class);
  }

  /** Parses a JSON name; rejects anything else, naming the value. */
  @JsonCreator
  public static SpeakerType of(String json) {
    return JsonNames.parse(SpeakerType.class, "speaker type", json);
  }

  @Override
  public String toString() {
    return json();
  }
}
