package org.framescope.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonsTest {
  @Test
  void meansBundlesTestIntervalAndGroupMeans() {
    // A = {3,5,8} (mean 16/3), B = {1,2,4,6} (mean 13/4): Mann-Whitney U = 9, exact p = 0.4 (see TwoSampleTest)
    Bootstrap boot = new Bootstrap(1000, 0.95, 8L, Bootstrap.Method.PERCENTILE);
    Significance s = Comparisons.means(new double[] {3, 5, 8}, new double[] {1, 2, 4, 6}, boot);
    assertEquals(0.4, s.p(), 1e-12);
    assertEquals(List.of(16.0 / 3.0, 13.0 / 4.0), s.groupValues());
    assertEquals(16.0 / 3.0 - 13.0 / 4.0, s.difference().estimate(), 1e-12);
    assertEquals(boot.meanDifference(new double[] {3, 5, 8}, new double[] {1, 2, 4, 6}).interval(), s.difference());
  }

  @Test
  void proportionsBundleFisherAndNewcombe() {
    // 56/70 vs 48/80: Newcombe 0.0524 to 0.3339 (Newcombe 1998); Fisher on [[56,14],[48,32]]
    Significance s = Comparisons.proportions(56, 70, 48, 80, 0.95);
    assertEquals("Fisher's exact test", s.test());
    assertEquals(Proportions.fisherExact(56, 14, 48, 32).p(), s.p(), 1e-15);
    assertEquals(0.0524, s.difference().lower(), 5e-5);
    assertEquals(0.3339, s.difference().upper(), 5e-5);
    assertEquals(List.of(0.8, 0.6), s.groupValues());
  }

  @Test
  void proportionsTooLittleData() {
    Significance s = Comparisons.proportions(1, 4, 3, 30, 0.95);
    assertEquals(Status.TOO_LITTLE_DATA, s.status());
    assertTrue(s.reason().contains("fewer than 5 cases in a group (4 and 30)"));
    assertEquals(List.of(0.25, 0.1), s.groupValues());
  }
}
