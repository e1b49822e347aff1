package org.framescope.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EvalStatsTest {
  /**
   * The recursion gives commons-math's enumerated exact p bit for bit: every n up to 16, random data with and
   * without ties (the enumeration takes 2^n steps, so larger n are left to the recursion).
   */
  @Test
  void exactWilcoxonEqualsTheEnumeration() {
    java.util.Random rnd = new java.util.Random(7);
    org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest cm =
        new org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest();
    int compared = 0;
    for (int n = 1; n <= 16; n++) {
      for (int trial = 0; trial < 6; trial++) {
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
          x[i] = trial % 2 == 0 ? rnd.nextGaussian() : rnd.nextInt(4);
          y[i] = trial % 2 == 0 ? rnd.nextGaussian() + 0.3 : rnd.nextInt(4) + 0.5;
        }
        double expected = cm.wilcoxonSignedRankTest(x, y, true);
        assertEquals(expected, EvalStats.exactWilcoxonP(cm.wilcoxonSignedRank(x, y), n), 0.0, "n=" + n);
        compared++;
      }
    }
    assertEquals(96, compared);
    // n = 30, the largest exact case, by hand: W = 465 (every difference positive) has one assignment of 2^30.
    assertEquals(2.0 / (1L << 30), EvalStats.exactWilcoxonP(465, 30), 0.0);
  }

  @Test
  void spearmanDropsNaNAndHandlesTies() {
    EvalStats.Correlation c = EvalStats.spearman(new double[] {1, 2, 3, 4, Double.NaN},
        new double[] {10, 20, 30, 40, 1});
    assertEquals(1.0, c.rho(), 1e-12);
    assertEquals(4, c.n());
    assertEquals(-1.0, EvalStats.spearman(new double[] {1, 2, 3}, new double[] {3, 2, 1}).rho(), 1e-12);
    // ranks x = 1,2,3,4 ; y ties -> 1.5,1.5,3,4 ; Pearson of ranks = 0.9486832980505138
    assertEquals(0.9486832980505138, EvalStats.spearman(new double[] {1, 2, 3, 4}, new double[] {5, 5, 6, 7}).rho(),
        1e-12);
    assertTrue(Double.isNaN(EvalStats.spearman(new double[] {1, 1, 1}, new double[] {1, 2, 3}).rho()));
    assertThrows(IllegalArgumentException.class, () -> EvalStats.spearman(new double[1], new double[2]));
  }

  @Test
  void wilcoxonDropsZeroDifferencesAndGivesDirection() {
    // differences a-b: 3, -1, 2, 0, 4 -> zero dropped; |d| ranks: 1->1, 2->2, 3->3, 4->4; W+ = 3+2+4 = 9, W- = 1
    EvalStats.Paired p = EvalStats.wilcoxon(new double[] {5, 1, 4, 2, 6}, new double[] {2, 2, 2, 2, 2});
    assertEquals(5, p.pairs());
    assertEquals(4, p.nonZero());
    assertEquals(1.6, p.meanDifference(), 1e-12);
    assertEquals(2.0, p.medianDifference(), 1e-12);
    assertEquals(0.8, p.rankBiserial(), 1e-12);
    assertEquals(1, p.direction());
    // exact two-sided p for n=4, W=1: P(W<=1) = 2/16, doubled = 0.25
    assertEquals(0.25, p.p(), 1e-12);
    EvalStats.Paired none = EvalStats.wilcoxon(new double[] {1, 2}, new double[] {1, 2});
    assertEquals(0, none.direction());
    assertTrue(Double.isNaN(none.p()));
  }

  @Test
  void agreementCountsConfusionAndMacroF1() {
    List<String[]> items = List.of(new String[] {"neg", "neg"}, new String[] {"neg", "neu"},
        new String[] {"neu", "neu"}, new String[] {"neu", "neu"}, new String[] {"pos", "neu"});
    EvalStats.Agreement a = EvalStats.agreement(items, List.of("neg", "neu", "pos"));
    assertEquals(0.6, a.accuracy(), 1e-12);
    assertEquals(1, a.confusion().get("neg").get("neu"));
    assertEquals(1, a.confusion().get("pos").get("neu"));
    // F1 neg = 2*1/(2+1) = 2/3 ; neu = 2*2/(2+4) = 2/3 ; pos = 0 ; macro = 4/9
    assertEquals(4.0 / 9, a.macroF1(), 1e-12);
    assertThrows(IllegalArgumentException.class,
        () -> EvalStats.agreement(List.<String[]>of(new String[] {"x", "neg"}), List.of("neg")));
  }
}
