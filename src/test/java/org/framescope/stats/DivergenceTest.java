package org.framescope.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DivergenceTest {
  @Test
  void jensenShannonByHand() {
    // disjoint support: M = (0.5, 0.5); KL(P||M) = 1*log2(1/0.5) = 1, same for Q -> JSD = 1
    assertEquals(1.0, Divergence.jensenShannon(new double[] {1, 0}, new double[] {0, 1}), 1e-12);
    // identical distributions -> 0 (counts are normalised: {2,6} and {1,3} are both (0.25, 0.75))
    assertEquals(0.0, Divergence.jensenShannon(new double[] {2, 6}, new double[] {1, 3}), 1e-12);
    // P = (0.5,0.5), Q = (1,0): M = (0.75,0.25)
    // KL(P||M) = 0.5 log2(0.5/0.75) + 0.5 log2(0.5/0.25) = 0.5*(-0.5849625) + 0.5*1 = 0.2075187
    // KL(Q||M) = log2(1/0.75) = 0.4150375; JSD = (0.2075187 + 0.4150375)/2 = 0.3112781
    assertEquals(0.3112781, Divergence.jensenShannon(new double[] {0.5, 0.5}, new double[] {1, 0}), 1e-7);
    assertEquals(0.3112781, Divergence.jensenShannon(new double[] {5, 0}, new double[] {3, 3}), 1e-7);
  }

  @Test
  void kullbackLeiblerByHand() {
    // KL((0.5,0.5) || (0.25,0.75)) = 0.5 log2(2) + 0.5 log2(2/3) = 0.5 - 0.2924813 = 0.2075187
    assertEquals(0.2075187, Divergence.kullbackLeibler(new double[] {1, 1}, new double[] {1, 3}, 0.0), 1e-7);
    // counts {1,0} vs {0,1} with add-1 smoothing: (2/3, 1/3) vs (1/3, 2/3):
    // 2/3 log2(2) + 1/3 log2(1/2) = 2/3 - 1/3 = 1/3
    assertEquals(1.0 / 3.0, Divergence.kullbackLeibler(new double[] {1, 0}, new double[] {0, 1}, 1.0), 1e-12);
    assertEquals(Double.POSITIVE_INFINITY,
        Divergence.kullbackLeibler(new double[] {1, 0}, new double[] {0, 1}, 0.0));
  }

  @Test
  void permutationTestOnDisjointCounts() {
    // 20 items of category 0 vs 20 of category 1: JSD = 1. A random split of the 40 items reaches JSD 1
    // only if it reproduces the original split (2 of C(40,20) = 1.4e11 splits): none is drawn, so
    // p = (0 + 1)/(1000 + 1).
    TestResult r = Divergence.jensenShannonTest(new long[] {20, 0}, new long[] {0, 20}, 1000, 5L);
    assertEquals(1.0, r.statistic(), 1e-12);
    assertEquals(1.0 / 1001.0, r.p(), 1e-15);
    assertEquals(r, Divergence.jensenShannonTest(new long[] {20, 0}, new long[] {0, 20}, 1000, 5L));
  }

  @Test
  void permutationTestOnIdenticalCountsIsNotSignificant() {
    // observed JSD = 0; every split has JSD >= 0, so every resample counts: p = (1000+1)/(1000+1) = 1
    TestResult r = Divergence.jensenShannonTest(new long[] {10, 20, 30}, new long[] {10, 20, 30}, 1000, 5L);
    assertEquals(0.0, r.statistic(), 1e-12);
    assertEquals(1.0, r.p(), 1e-12);
  }

  @Test
  void permutationTestSeedDeterminism() {
    long[] a = {30, 25, 10};
    long[] b = {20, 30, 18};
    TestResult r1 = Divergence.jensenShannonTest(a, b, 2000, 1L);
    TestResult r2 = Divergence.jensenShannonTest(a, b, 2000, 1L);
    TestResult r3 = Divergence.jensenShannonTest(a, b, 2000, 2L);
    assertEquals(r1, r2);
    assertTrue(r1.p() != r3.p(), r1.p() + " vs " + r3.p());
    assertTrue(r1.p() > 0.0 && r1.p() < 1.0);
  }

  @Test
  void tooLittleDataAndInvalid() {
    TestResult r = Divergence.jensenShannonTest(new long[] {2, 1}, new long[] {10, 10}, 1000, 1L);
    assertEquals(Status.TOO_LITTLE_DATA, r.status());
    assertTrue(r.reason().contains("fewer than 5"));
    assertThrows(IllegalArgumentException.class, () -> Divergence.jensenShannon(new double[] {1}, new double[] {1, 2}));
    assertThrows(IllegalArgumentException.class, () -> Divergence.jensenShannon(new double[] {0, 0}, new double[] {1, 2}));
    assertThrows(IllegalArgumentException.class, () -> Divergence.jensenShannon(new double[] {-1, 2}, new double[] {1, 2}));
    assertThrows(IllegalArgumentException.class,
        () -> Divergence.kullbackLeibler(new double[] {1, 2}, new double[] {1, 2}, -1));
  }
}
