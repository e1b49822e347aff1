package org.framescope.clean;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link BoilerplateRemover#mayBeGlued} skips the glue patterns for blocks it calls clean; it must never call a
 * block clean that one of the patterns matches. Random texts built from the pieces the patterns look for.
 */
class GluedPrefilterTest {
  private static final String[] PIECES = {"a", "Z", "x", "9", "%", ")", "]", ".", "!", "?", "\"", "\u201D", "\u2019",
      "'", " ", "\t", "\n", "-", " - ", "Related searches: ", "related news:", "Read more", "read next ", "also read",
      "See also", "you may also like", "Tags", "tag:", "Topics", " The", "Credit", "A", "word", "\u00C9t\u00E9",
      "topic", "you might"};

  @Test
  void neverSkipsABlockThePatternsWouldSplit() {
    SplittableRandom r = new SplittableRandom(3L);
    int glued = 0;
    for (int trial = 0; trial < 200_000; trial++) {
      StringBuilder b = new StringBuilder();
      int k = r.nextInt(1, 12);
      for (int i = 0; i < k; i++) {
        b.append(PIECES[r.nextInt(PIECES.length)]);
      }
      String t = b.toString();
      if (BoilerplateRemover.gluedByPatterns(t)) {
        glued++;
        assertTrue(BoilerplateRemover.mayBeGlued(t), () -> "skipped a glued block: [" + t + "]");
      }
    }
    int g = glued;
    assertTrue(g > 5_000, () -> "too few glued samples to mean anything: " + g);
  }
}
