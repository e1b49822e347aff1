package org.framescope.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The scorer looks weights up by a 64-bit hash of the feature name instead of the name: every known name must
 * get its weight, unknown names none, and the probability must be the sum in feature order, as a map gives it.
 */
class LinearScorerTest {
  @Test
  void hashedLookUpGivesTheWeightsOfTheMap() {
    SplittableRandom r = new SplittableRandom(5L);
    Map<String, Double> w = new HashMap<>();
    for (int i = 0; i < 50_000; i++) {
      w.put("f" + r.nextInt(1_000_000) + ":" + (char) ('a' + r.nextInt(26)), r.nextDouble(-3, 3));
    }
    LinearScorer s = new LinearScorer(w, 0.25, 0.5);
    w.forEach((name, weight) -> assertEquals(weight, s.weight(name), 0.0, name));
    for (int i = 0; i < 50_000; i++) {
      String unknown = "u" + r.nextInt() + "|" + i;
      assertEquals(w.getOrDefault(unknown, 0.0), s.weight(unknown), 0.0, unknown);
    }
    List<String> features = new ArrayList<>(w.keySet()).subList(0, 40);
    features.add("not a feature");
    double z = 0.25;
    for (String f : features) {
      Double x = w.get(f);
      if (x != null) {
        z += x;
      }
    }
    assertEquals(1 / (1 + Math.exp(-z)), s.probability(features), 0.0);
  }
}
