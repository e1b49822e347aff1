package org.framescope.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComparisonSetTest {
  private static TestResult withP(double p) {
    return new TestResult("Mann-Whitney", Status.OK, "", "U", 1.0, Double.NaN, p, "exact", "rank-biserial r",
        0.1, List.of(10, 10));
  }

  @Test
  void appliesBenjaminiHochbergInInsertionOrder() {
    ComparisonSet set = new ComparisonSet()
        .add("loaded", withP(0.01))
        .add("stance", withP(0.04))
        .add("tiny", TestResult.tooLittleData("Mann-Whitney", "fewer than 3 observations in a group (2 and 9)",
            List.of(2, 9)))
        .add("labels", withP(0.03))
        .add("verbs", Significance.of(withP(0.005)));
    assertEquals(5, set.size());
    Map<String, Significance> out = set.adjusted();
    assertEquals(List.of("loaded", "stance", "tiny", "labels", "verbs"), List.copyOf(out.keySet()));
    // same four p-values as the hand example in MultipleComparisonsTest; the TOO_LITTLE_DATA one is not counted
    assertEquals(0.02, out.get("loaded").q(), 1e-12);
    assertEquals(0.04, out.get("stance").q(), 1e-12);
    assertTrue(Double.isNaN(out.get("tiny").q()));
    assertEquals(0.04, out.get("labels").q(), 1e-12);
    assertEquals(0.02, out.get("verbs").q(), 1e-12);
    assertEquals("BH", out.get("loaded").adjustment());
    assertEquals(0.01, out.get("loaded").p(), 1e-12);
    assertThrows(UnsupportedOperationException.class, () -> out.put("x", out.get("loaded")));
  }

  @Test
  void holmOption() {
    Map<String, Significance> out = new ComparisonSet().add("a", withP(0.01)).add("b", withP(0.04))
        .adjusted(MultipleComparisons.Adjustment.HOLM);
    // sorted 0.01*2 = 0.02, 0.04*1 = 0.04 -> running max 0.02, 0.04
    assertEquals(0.02, out.get("a").q(), 1e-12);
    assertEquals(0.04, out.get("b").q(), 1e-12);
    assertEquals("Holm", out.get("a").adjustment());
  }

  @Test
  void duplicateNamesAreRejected() {
    ComparisonSet set = new ComparisonSet().add("a", withP(0.5));
    assertThrows(IllegalArgumentException.class, () -> set.add("a", withP(0.1)));
  }
}
