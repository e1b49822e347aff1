package org.framescope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class SpeakerTest {

  @Test
  void quotationMarksLeaveNamesAndRoles() {
    // 'the "Pose" actor said': the title's closing mark came into the name
    Speaker s = new Speaker("Pose\" actor", "\u201cDWTS\u201d contestant", null, null);
    assertEquals("Pose actor", s.name());
    assertEquals("DWTS contestant", s.role());
    assertEquals(SpeakerType.OTHER, s.type());
    assertEquals("Maria Zakharova", new Speaker("\u00abMaria  Zakharova\u00bb", null, null, null).name());
    assertNull(new Speaker("Peskov", null, null, null).role());
  }

  @Test
  void aNameWithoutMarksIsKeptAsItIsAndAMarkAloneStays() {
    String name = "Dmitry  Peskov"; // no mark: not even the spaces are touched
    assertSame(name, new Speaker(name, null, null, null).name());
    assertEquals("\"", new Speaker("\"", null, null, null).name());
  }
}
