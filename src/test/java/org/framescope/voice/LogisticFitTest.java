package org.framescope.voice;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogisticFitTest {
  @Test
  void learnsASeparableRuleDeterministically() {
    // feature 0 = "say" (positive), 1 = "run" (negative), 2 = shared noise
    int[][] x = {{0, 2}, {0}, {0, 2}, {1, 2}, {1}, {1, 2}};
    int[] y = {1, 1, 1, 0, 0, 0};
    double[] w = LogisticFit.fit(x, y, 3, 0.1, 200);
    assertTrue(w[0] > 1 && w[1] < -1, () -> java.util.Arrays.toString(w));
    assertEquals(0, w[2], 0.5);
    assertArrayEquals(w, LogisticFit.fit(x, y, 3, 0.1, 200), 0);
  }

  /**
   * Feature 0 marks a subject, 1 an object, 2 a subject that is a mere "it". Where a group has a subject, it is the
   * source; a group with only an "it" subject and objects has no source. A yes/no model sees feature 0 as
   * positive; the choice model also has to learn that an object never beats "none" and "it" does not either.
   */
  @Test
  void choosesOneRowPerGroupOrNone() {
    int[][] x = {{0}, {1}, {1}, /* g2 */ {0}, {1}, /* g3 */ {0, 2}, {1}, /* g4 */ {1}, {1}, /* g5 */ {0}};
    int[] y = {1, 0, 0, 1, 0, 0, 0, 0, 0, 1};
    int[] g = {1, 1, 1, 2, 2, 3, 3, 4, 4, 5};
    double[] w = LogisticFit.fitChoice(x, y, g, 3, 0.1, 200);
    LinearScorer s = new LinearScorer(Map.of("s", w[0], "o", w[1], "it", w[2]), w[3], 0.5);
    double subject = s.probability(List.of("s"));
    double object = s.probability(List.of("o"));
    double it = s.probability(List.of("s", "it"));
    assertTrue(subject > 0.5 && object < 0.5 && it < 0.5, () -> subject + " " + object + " " + it);
    assertArrayEquals(w, LogisticFit.fitChoice(x, y, g, 3, 0.1, 200), 0);
  }

  @Test
  void choiceNeedsConsecutiveGroupsWithOneGoldRowAtMost() {
    int[][] x = {{0}, {0}, {0}};
    assertThrows(IllegalArgumentException.class,
        () -> LogisticFit.fitChoice(x, new int[] {1, 0, 0}, new int[] {1, 2, 1}, 1, 1, 10));
    assertThrows(IllegalArgumentException.class,
        () -> LogisticFit.fitChoice(x, new int[] {1, 1, 0}, new int[] {1, 1, 2}, 1, 1, 10));
    assertThrows(IllegalArgumentException.class,
        () -> LogisticFit.fitChoice(x, new int[] {1, 0}, new int[] {1, 1, 2}, 1, 1, 10));
  }

  @Test
  void vocabularyKeepsFrequentNamesInNameOrder() {
    Map<String, Integer> v = LogisticFit.vocabulary(List.of(List.of("b", "a"), List.of("b", "c"), List.of("a")), 2);
    assertEquals(Map.of("a", 0, "b", 1), v);
    assertArrayEquals(new int[] {0, 1}, LogisticFit.encode(List.of(List.of("b", "z", "a", "b")), v)[0]);
  }

  @Test
  void badSettingsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> LogisticFit.fit(new int[][] {{0}}, new int[] {1, 0}, 1, 1, 10));
    assertThrows(IllegalArgumentException.class, () -> LogisticFit.fit(new int[][] {{0}}, new int[] {1}, 1, 0, 10));
  }
}
