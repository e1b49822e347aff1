package org.framescope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VoiceSegmentTest {
  private static final Speaker PESKOV = new Speaker("Dmitry Peskov", "Kremlin spokesman", "Russia", "government");

  @Test
  void authorSegmentHasNoSpeaker() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new VoiceSegment(0, 10, "author", PESKOV));
    assertTrue(e.getMessage().contains("Dmitry Peskov"), e.getMessage());
    assertNull(new VoiceSegment(0, 10, "author", null).speaker());
  }

  @Test
  void quotedAndReportedSegmentsMayHaveASpeakerOrNone() {
    assertEquals(PESKOV, new VoiceSegment(0, 10, "quote", PESKOV).speaker());
    assertNull(new VoiceSegment(0, 10, "reported", null).speaker());
  }

  @Test
  void badVoiceAndOffsetsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> new VoiceSegment(0, 10, "outlet", null));
    assertThrows(IllegalArgumentException.class, () -> new VoiceSegment(5, 4, "author", null));
    assertThrows(IllegalArgumentException.class, () -> new VoiceSegment(-1, 4, "author", null));
  }
}
