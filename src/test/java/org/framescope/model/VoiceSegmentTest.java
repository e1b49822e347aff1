package org.framescope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VoiceSegmentTest {
  private static final Speaker PESKOV = new Speaker("Dmitry Peskov", "Kremlin spokesman", "Russia", SpeakerType.GOVERNMENT);

  @Test
  void authorSegmentHasNoSpeaker() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new VoiceSegment(0, 10, Voice.AUTHOR, PESKOV));
    assertTrue(e.getMessage().contains("Dmitry Peskov"), e.getMessage());
    assertNull(new VoiceSegment(0, 10, Voice.AUTHOR, null).speaker());
  }

  @Test
  void quotedAndReportedSegmentsMayHaveASpeakerOrNone() {
    assertEquals(PESKOV, new VoiceSegment(0, 10, Voice.QUOTE, PESKOV).speaker());
    assertNull(new VoiceSegment(0, 10, Voice.REPORTED, null).speaker());
  }

  @Test
  void badVoiceAndOffsetsAreRejected() {
    assertThrows(NullPointerException.class, () -> new VoiceSegment(0, 10, null, null));
    assertThrows(IllegalArgumentException.class, () -> new VoiceSegment(5, 4, Voice.AUTHOR, null));
    assertThrows(IllegalArgumentException.class, () -> new VoiceSegment(-1, 4, Voice.AUTHOR, null));
  }
}
