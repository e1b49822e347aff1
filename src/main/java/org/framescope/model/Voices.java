package org.framescope.model;

import java.util.List;

/** Voice lookups over voice segments, shared by the pipeline's metrics and the comparison's features. */
public final class Voices {
  private Voices() { }

  /** Voice of a body offset: the first segment that holds it, else {@link Voice#AUTHOR}. */
  public static Voice at(List<VoiceSegment> segments, int offset) {
    for (VoiceSegment s : segments) {
      if (offset >= s.begin() && offset < s.end()) {
        return s.voice();
      }
    }
    return Voice.AUTHOR;
  }
}
