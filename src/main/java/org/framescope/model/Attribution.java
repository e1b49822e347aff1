package org.framescope.model;

import java.util.Objects;
import java.util.Set;

/**
 * Words the article attributes to a speaker.
 *
 * @param speaker the speaker
 * @param verb the reporting verb or phrase as written ("claimed", "according to")
 * @param verbClass neutral | distancing | endorsing | emotive
 * @param begin body offset of the attributed words
 * @param end body offset after them
 * @param text the attributed words
 * @param kind quote (direct) or reported (indirect)
 * @param sentence index of the sentence holding the reporting verb
 */
public record Attribution(Speaker speaker, String verb, String verbClass, int begin, int end, String text,
                          String kind, int sentence) {
  public static final Set<String> VERB_CLASSES = Set.of("neutral", "distancing", "endorsing", "emotive");

  public Attribution {
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(verb, "verb");
    if (!VERB_CLASSES.contains(verbClass)) {
      throw new IllegalArgumentException("unknown verb class: " + verbClass);
    }
    if (!"quote".equals(kind) && !"reported".equals(kind)) {
      throw new IllegalArgumentException("kind must be quote or reported, got: " + kind);
    }
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad attribution offsets: begin=" + begin + " end=" + end);
    }
  }
}
