package org.framescope.voice;

import org.framescope.model.Speaker;
import org.framescope.model.Voice;

/**
 * The dominant voice of one sentence: the voice covering most of its non-punctuation tokens (ties go to quote,
 * then reported, then author).
 *
 * @param index sentence index
 * @param voice the dominant voice
 * @param speaker the speaker of that voice (the one covering most of its tokens), null for author or unknown
 */
public record SentenceVoice(int index, Voice voice, Speaker speaker) {
  public SentenceVoice {
    if (index < 0) {
      throw new IllegalArgumentException("negative sentence index: " + index);
    }
    java.util.Objects.requireNonNull(voice, "voice");
    if (voice == Voice.AUTHOR) {
      speaker = null;
    }
  }
}
