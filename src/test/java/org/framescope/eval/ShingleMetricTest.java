package org.framescope.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShingleMetricTest {
  private static final double EPS = 1e-12;

  @Test
  void tokensAreUnicodeWordRunsLikePythons() {
    assertEquals(List.of("Don", "t", "stop", "3", "14", "snake_case"), ShingleMetric.tokens("Don't stop: 3.14 snake_case!"));
    assertEquals(List.of("Größe", "Москва", "東京都", "²"), ShingleMetric.tokens("Größe, Москва — 東京都 ²"));
    // A combining mark is not a word character in Python's \w, so it splits the word: e\u0301 -> "e", "t".
    assertEquals(List.of("e", "te"), ShingleMetric.tokens("e\u0301te"));
    assertEquals(List.of(), ShingleMetric.tokens(null));
  }

  @Test
  void shortTextsHaveOneShorterShingleAndEmptyTextsNone() {
    assertEquals(Map.of("a b", 1), ShingleMetric.shingles("a b"));
    assertEquals(Map.of(), ShingleMetric.shingles("  ... "));
    assertEquals(Map.of("a b c d", 2, "b c d a", 1, "c d a b", 1, "d a b c", 1),
        ShingleMetric.shingles("a b c d a b c d"));
  }

  @Test
  void countsByHand() {
    // truth a b c d e: shingles abcd, bcde. prediction a b c d x: abcd, bcdx. tp 1, fp 1, fn 1 -> 1/3 each.
    ShingleMetric.Counts c = ShingleMetric.score("a b c d e", "a b c d x");
    assertEquals(1 / 3.0, c.tp(), EPS);
    assertEquals(1 / 3.0, c.fp(), EPS);
    assertEquals(1 / 3.0, c.fn(), EPS);
    assertEquals(0.5, c.precision(), EPS);
    assertEquals(0.5, c.recall(), EPS);
    // a repeated shingle counts as often as it occurs (multiset): truth has 5 shingles, abcd twice; the
    // prediction has abcd once: tp 1, fp 0, fn 4.
    ShingleMetric.Counts m = ShingleMetric.score("a b c d a b c d", "a b c d");
    assertEquals(1.0, m.precision(), EPS);
    assertEquals(0.2, m.recall(), EPS);
  }

  @Test
  void edgeCases() {
    ShingleMetric.Counts empty = ShingleMetric.score("a b c d e", "");
    assertFalse(empty.hasPrediction());
    assertEquals(0.0, empty.recall(), EPS);
    ShingleMetric.Counts both = ShingleMetric.score("", "");
    assertEquals(1.0, both.precision(), EPS);
    assertFalse(both.hasTruth());
    assertEquals(1.0, ShingleMetric.score("one two", "one two").recall(), EPS);
    assertThrows(IllegalArgumentException.class, () -> new ShingleMetric.Counts(-1, 0, 0));
  }

  @Test
  void aggregateLeavesEmptyPredictionsOutOfPrecision() {
    List<ShingleMetric.Counts> pages = List.of(ShingleMetric.score("a b c d e", "a b c d x"),
        ShingleMetric.score("a b c d e", ""), ShingleMetric.score("a b c d e", "a b c d e"));
    ShingleMetric.Summary s = ShingleMetric.aggregate(pages);
    assertEquals((0.5 + 1.0) / 2, s.precision(), EPS);
    assertEquals((0.5 + 0 + 1.0) / 3, s.recall(), EPS);
    assertEquals(2 * 0.75 * 0.5 / 1.25, s.f1(), EPS);
    assertEquals(2, s.precisionPages());
    assertEquals(3, s.recallPages());
    assertTrue(ShingleMetric.aggregate(List.of()).f1() == 0);
  }
}
