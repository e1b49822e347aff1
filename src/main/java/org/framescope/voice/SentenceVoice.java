package org.framescope.voice;

import org.framescope.model.Speaker;
import org.framescope.model.VoiceSegment;

/**
 * The dominant voice of one sentence: the voice covering most of its non-punctuation tokens (ties go to quote,
 * then reported, then author).
 *
 * @param index sentence index
 * @param voice author | quote | reported
 * @param speaker the speaker of that voice (the one covering most of its tokens), null for author or unknown
 */
public record SentenceVoice(int index, String voice, Speaker speaker) {
  public SentenceVoice {
    if (index < 0) {
      throw new IllegalArgumentException("negative sentence index: " + index);
    }
    if (!VoiceSegment.VOICES.contains(voice)) {
      throw new IllegalArgumentException("unknown voice: " + voice);
    }
    if ("author".equals(voice)) {
      speaker = null;
    }
  }
}
