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
