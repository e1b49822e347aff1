package org.framescope.voice;

import java.util.Objects;

/**
 * An actor found in a sentence by {@link ActorRegistry#find}.
 *
 * @param actor the (possibly merged) actor: for "the U.S. State Department" the State Department with country
 *     United States; stance should aggregate on {@link Actor#country()} when it is set
 * @param sentence index of the sentence
 * @param tokenBegin first token of the mention (index within the sentence)
 * @param tokenEnd token index after the mention (exclusive)
 * @param begin body offset of the first token
 * @param end body offset after the last token
 * @param text body text of the mention
 */
public record ActorMention(Actor actor, int sentence, int tokenBegin, int tokenEnd, int begin, int end, String text) {
  public ActorMention {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(text, "text");
    if (tokenBegin < 0 || tokenEnd <= tokenBegin) {
      throw new IllegalArgumentException("bad mention tokens: " + tokenBegin + ".." + tokenEnd);
    }
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad mention offsets: begin=" + begin + " end=" + end);
    }
  }
}
