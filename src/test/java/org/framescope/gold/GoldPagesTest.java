package org.framescope.gold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The committed page annotations validate against the raw pages in the shared folder (skipped without it). */
class GoldPagesTest {
  private static Path shared() {
    return org.framescope.resource.SharedData.dir();
  }

  @Test
  void pageAnnotationsMatchRawPages() throws Exception {
    Path pages = shared().resolve("pages");
    assumeTrue(Files.isDirectory(pages), "shared pages not found: " + pages);
    Path gold = Path.of("gold-annotations", "pages");
    assumeTrue(Files.isDirectory(gold), "gold-annotations/pages not found from " + Path.of("").toAbsolutePath());
    GoldValidator v = new GoldValidator(GoldTexts.load(List.of(pages)));
    List<Path> files;
    try (Stream<Path> s = Files.list(gold)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertTrue(files.size() >= 3, files.toString());
    for (Path f : files) {
      assertEquals(List.of(), v.validate(f), f.toString());
      // committed files are in the writer's canonical form
      assertEquals(Files.readString(f), GoldIO.toJson(GoldIO.read(f)), f + " is not in canonical form");
    }
  }
}
