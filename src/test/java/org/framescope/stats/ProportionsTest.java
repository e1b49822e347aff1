package org.framescope.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProportionsTest {
  private static void assertNewcombe(int k1, int n1, int k2, int n2, double lower, double upper) {
    ProportionDifference d = Proportions.newcombe(k1, n1, k2, n2);
    assertEquals(Status.OK, d.status());
    assertEquals((double) k1 / n1 - (double) k2 / n2, d.interval().estimate(), 1e-12);
    assertEquals(lower, d.interval().lower(), 5e-5, "lower for " + k1 + "/" + n1 + " - " + k2 + "/" + n2);
    assertEquals(upper, d.interval().upper(), 5e-5, "upper for " + k1 + "/" + n1 + " - " + k2 + "/" + n2);
  }

  @Test
  void newcombeMatchesPublishedExamples() {
    // Newcombe (1998) Stat Med 17:873-890, Table II, method 10 (score interval for each proportion, hybrid)
    assertNewcombe(56, 70, 48, 80, 0.0524, 0.3339);
    assertNewcombe(9, 10, 3, 10, 0.1705, 0.8090);
    assertNewcombe(6, 7, 2, 7, 0.0582, 0.8062);
    assertNewcombe(5, 56, 0, 29, -0.0381, 0.1926);
    assertNewcombe(0, 10, 0, 20, -0.1611, 0.2775);
  }

  @Test
  void wilsonByHand() {
    // 0/10: lower 0; upper = z^2/(n + z^2) = 3.841459/13.841459 = 0.277533
    Interval w = Proportions.wilson(0, 10, 0.95);
    assertEquals(0.0, w.lower());
    assertEquals(0.277533, w.upper(), 1e-6);
    // 5/10: centre (10 + 3.841459)/(2*13.841459) = 0.5, half = 1.959964*sqrt(3.841459 + 10)/27.682918
    //   = 7.291872/27.682918 = 0.263407 -> 0.236593 to 0.763407
    Interval h = Proportions.wilson(5, 10, 0.95);
    assertEquals(0.236593, h.lower(), 1e-6);
    assertEquals(0.763407, h.upper(), 1e-6);
  }

  @Test
  void fisherTeaTasting() {
    // Fisher's lady tasting tea, [[3,1],[1,3]]: margins 4,4 / 4,4 of 8. P(x) = C(4,x)C(4,4-x)/C(8,4):
    // x=0..4 -> 1,16,36,16,1 over 70. Observed x=3 (16/70); tables no more likely: 0,1,3,4 -> 34/70 = 0.485714
    TestResult r = Proportions.fisherExact(3, 1, 1, 3);
    assertEquals(34.0 / 70.0, r.p(), 1e-12);
    assertEquals(0.4857, r.p(), 5e-5);
    assertEquals(9.0, r.effect(), 1e-12); // odds ratio 3*3/(1*1)
    assertEquals(List.of(4, 4), r.n());
  }

  @Test
  void fisherSmallTableByHand() {
    // [[1,9],[11,3]]: N = 24, column 1 total 12, row 1 total 10; x = top-left in 0..10 with
    // P(x) = C(12,x) C(12,10-x) / C(24,10), C(24,10) = 1961256 (symmetric about x = 5).
    // observed x=1: 12*220 = 2640. As or less likely: x=0 (1*66 = 66), x=1 (2640), x=9 (220*12 = 2640),
    // x=10 (66); x=2 has 66*495 = 32670 > 2640. p = (66+2640+2640+66)/1961256 = 5412/1961256 = 0.0027595
    TestResult r = Proportions.fisherExact(1, 9, 11, 3);
    assertEquals(5412.0 / 1961256.0, r.p(), 1e-12);
  }

  @Test
  void tooLittleDataForProportions() {
    ProportionDifference d = Proportions.newcombe(2, 4, 10, 20);
    assertEquals(Status.TOO_LITTLE_DATA, d.status());
    assertTrue(d.reason().contains("fewer than 5"));
    assertTrue(Double.isNaN(d.interval().lower()));
    assertEquals(0.0, d.interval().estimate(), 1e-12);
    assertEquals(0.5, d.p1());
    assertEquals(Status.TOO_LITTLE_DATA, Proportions.fisherExact(0, 0, 0, 0).status());
  }

  @Test
  void rejectsImpossibleCounts() {
    assertThrows(IllegalArgumentException.class, () -> Proportions.newcombe(6, 5, 1, 5));
    assertThrows(IllegalArgumentException.class, () -> Proportions.newcombe(-1, 5, 1, 5));
    assertThrows(IllegalArgumentException.class, () -> Proportions.fisherExact(-1, 1, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> Proportions.wilson(0, 0, 0.95));
  }
}
