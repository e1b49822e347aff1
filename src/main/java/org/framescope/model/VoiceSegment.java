package org.framescope.model;

import java.util.Objects;

/**
 * A stretch of body text with one voice.
 *
 * @param begin body offset
 * @param end body offset (exclusive)
 * @param voice whose words these are
 * @param speaker speaker for quote/reported (null when unknown); always null for author: the outlet's own voice
 *     has no speaker
 */
public record VoiceSegment(int begin, int end, Voice voice, Speaker speaker) {

  public VoiceSegment {
    Objects.requireNonNull(voice, "voice");
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad segment offsets: begin=" + begin + " end=" + end);
    }
    if (voice == Voice.AUTHOR && speaker != null) {
      throw new IllegalArgumentException("an author segment has no speaker, got " + speaker.name() + " at " + begin
          + "-" + end);
    }
  }
}
