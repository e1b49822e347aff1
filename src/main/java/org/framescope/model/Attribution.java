package org.framescope.model;

import java.util.Objects;

/**
 * Words the article attributes to a speaker.
 *
 * @param speaker the speaker
 * @param verb the reporting verb or phrase as written ("claimed", "according to")
 * @param verbClass how the verb presents the words
 * @param begin body offset of the attributed words
 * @param end body offset after them
 * @param text the attributed words
 * @param kind {@link Voice#QUOTE} (direct) or {@link Voice#REPORTED} (indirect)
 * @param sentence index of the sentence holding the reporting verb
 */
public record Attribution(Speaker speaker, String verb, VerbClass verbClass, int begin, int end, String text,
                          Voice kind, int sentence) {

  public Attribution {
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(verb, "verb");
    Objects.requireNonNull(verbClass, "verbClass");
    if (kind != Voice.QUOTE && kind != Voice.REPORTED) {
      throw new IllegalArgumentException("kind must be quote or reported, got: " + kind);
    }
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad attribution offsets: begin=" + begin + " end=" + end);
    }
  }
}
