package org.framescope.model;

import java.util.Set;

/**
 * A stretch of body text with one voice.
 *
 * @param begin body offset
 * @param end body offset (exclusive)
 * @param voice author | quote | reported
 * @param speaker speaker for quote/reported (null when unknown); always null for author: the outlet's own voice
 *     has no speaker
 */
public record VoiceSegment(int begin, int end, String voice, Speaker speaker) {
  public static final Set<String> VOICES = Set.of("author", "quote", "reported");

  public VoiceSegment {
    if (!VOICES.contains(voice)) {
      throw new IllegalArgumentException("unknown voice: " + voice);
    }
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad segment offsets: begin=" + begin + " end=" + end);
    }
    if ("author".equals(voice) && speaker != null) {
      throw new IllegalArgumentException("an author segment has no speaker, got " + speaker.name() + " at " + begin
          + "-" + end);
    }
  }
}
