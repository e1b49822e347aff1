package org.framescope.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.framescope.nlp.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run settings validate themselves and find the manifest the way the commands document it. */
class SettingsTest {
  @TempDir
  Path dir;

  @Test
  void badSettingsAreRejectedNamingTheValue() {
    Settings s = Settings.of(Profile.FAST, Path.of("lexicons"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> s.withOverrides(null, "14/03/2026", 10));
    assertTrue(e.getMessage().contains("14/03/2026"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> s.withOverrides(null, null, 0));
    assertThrows(NullPointerException.class, () -> Settings.of(null, Path.of("lexicons")));
    assertNull(s.withOverrides("  ", null, 10).outlet());
  }

  @Test
  void manifestIsExplicitOrBesideASingleDirectory() throws Exception {
    Path explicit = dir.resolve("m.csv");
    assertEquals(explicit, Settings.manifestFor(explicit, List.of(dir)));
    assertNull(Settings.manifestFor(null, List.of(dir)));
    Files.writeString(dir.resolve("manifest.csv"), "file,outlet\n");
    assertEquals(dir.resolve("manifest.csv"), Settings.manifestFor(null, List.of(dir)));
    assertNull(Settings.manifestFor(null, List.of(dir, dir.resolve("x"))));
  }
}
