package org.framescope.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import org.framescope.voice.ActorRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Which actor a mention's stance counts for ({@link ActorStances#stanceKey}), on the shipped registry. */
class StanceKeyTest {
  private static ActorRegistry registry;

  @BeforeAll
  static void load() throws Exception {
    registry = ActorRegistry.fromLexicons(Path.of("lexicons"));
  }

  private static String key(String name) {
    return ActorStances.stanceKey(registry.lookup(name).orElseThrow(() -> new AssertionError("not registered: "
        + name)));
  }

  @Test
  void aStateAndItsInstitutionsCountForTheCountry() {
    assertEquals("United States", key("Washington"));
    assertEquals("United States", key("Pentagon"));
    assertEquals("United States", key("State Department"));
    assertEquals("Russia", key("Kremlin"));
  }

  @Test
  void partiesNewspapersAndInternationalBodiesCountForThemselves() {
    assertEquals("Republican Party", key("Republicans"));
    assertEquals("Democratic Party", key("Democrats"));
    assertEquals("New York Times", key("New York Times"));
    assertEquals("Xinhua", key("Xinhua"));
    assertEquals("NATO", key("NATO"));
  }

  @Test
  void peopleCountForThemselvesAndBareTitlesForNobody() {
    assertEquals("Barack Obama", key("Barack Obama"));
    assertNull(key("spokeswoman"));
  }
}
