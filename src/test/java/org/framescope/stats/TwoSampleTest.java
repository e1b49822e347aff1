package org.framescope.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;
import org.junit.jupiter.api.Test;

class TwoSampleTest {
  @Test
  void mannWhitneyHandRankedExactCase() {
    // A = {3,5,8}, B = {1,2,4,6}. Pooled ranks: 1(B)=1 2(B)=2 3(A)=3 4(B)=4 5(A)=5 6(B)=6 8(A)=7.
    // R_A = 3+5+7 = 15, U_A = 15 - 3*4/2 = 9 (pairs a>b: 2+3+4 = 9). r = 2*9/12 - 1 = 0.5.
    // Exact null: C(7,3) = 35 arrangements, symmetric about 6. #{U <= 3} = partitions of 0..3 into at most
    // 3 parts <= 4 = 1+1+2+3 = 7, so two-sided p = 2*7/35 = 0.4.
    TestResult r = TwoSample.mannWhitney(new double[] {3, 5, 8}, new double[] {1, 2, 4, 6});
    assertEquals(Status.OK, r.status());
    assertEquals(9.0, r.statistic(), 1e-12);
    assertEquals(0.5, r.effect(), 1e-12);
    assertEquals(0.4, r.p(), 1e-12);
    assertEquals("exact", r.pMethod());
    assertEquals(List.of(3, 4), r.n());
  }

  @Test
  void mannWhitneyFullSeparationExact() {
    // A above every B, 3 vs 3: only 1 of C(6,3) = 20 arrangements has U = 9 and 1 has U = 0: p = 2/20
    TestResult r = TwoSample.mannWhitney(new double[] {4, 5, 6}, new double[] {1, 2, 3});
    assertEquals(9.0, r.statistic());
    assertEquals(1.0, r.effect());
    assertEquals(0.1, r.p(), 1e-12);
  }

  @Test
  void mannWhitneyTieCorrectedByHand() {
    // A = {1,2,2,3}, B = {2,4,4,5}. Pooled: 1 | 2 2 2 | 3 | 4 4 | 5 -> ranks 1 | 3 3 3 | 5 | 6.5 6.5 | 8.
    // R_A = 1+3+3+5 = 12, U_A = 12 - 10 = 2; r = 2*2/16 - 1 = -0.75.
    // ties: t=3 and t=2 -> sum(t^3-t) = 24 + 6 = 30; N = 8.
    // var = 16/12 * (9 - 30/56) = 1.333333 * 8.464286 = 11.285714; z = (2 - 8)/3.359422 = -1.786022
    // p = 2 Phi(-1.786022) = 0.074096
    TestResult r = TwoSample.mannWhitney(new double[] {1, 2, 2, 3}, new double[] {2, 4, 4, 5});
    assertEquals(2.0, r.statistic(), 1e-12);
    assertEquals(-0.75, r.effect(), 1e-12);
    assertEquals(0.074096, r.p(), 1e-6);
    assertEquals("normal approximation, tie-corrected", r.pMethod());
  }

  @Test
  void mannWhitneyLargeSampleWithoutTiesMatchesCommonsMath() {
    double[] a = new double[15];
    double[] b = new double[15];
    for (int i = 0; i < 15; i++) {
      a[i] = i * 1.5 + 0.25;
      b[i] = i * 1.1;
    }
    TestResult r = TwoSample.mannWhitney(a, b);
    assertEquals("normal approximation", r.pMethod());
    assertEquals(new MannWhitneyUTest().mannWhitneyUTest(a, b), r.p(), 1e-15);
    // swapping the groups mirrors U and r and keeps p
    TestResult s = TwoSample.mannWhitney(b, a);
    assertEquals(225.0 - r.statistic(), s.statistic(), 1e-12);
    assertEquals(-r.effect(), s.effect(), 1e-12);
    assertEquals(r.p(), s.p(), 1e-12);
  }

  @Test
  void mannWhitneyAllTied() {
    TestResult r = TwoSample.mannWhitney(new double[] {0, 0, 0}, new double[] {0, 0, 0});
    assertEquals(1.0, r.p());
    assertEquals(0.0, r.effect());
  }

  @Test
  void permutationExactByHand() {
    // A = {1,2,3}, B = {4,5,6}: observed mean difference 2 - 5 = -3. Of the C(6,3) = 20 splits only
    // {1,2,3} (-3) and {4,5,6} (+3) reach |difference| >= 3, so p = 2/20 = 0.1.
    TestResult r = TwoSample.permutation(new double[] {1, 2, 3}, new double[] {4, 5, 6}, 1L);
    assertEquals(-3.0, r.statistic(), 1e-12);
    assertEquals(0.1, r.p(), 1e-12);
    assertEquals("exact, 20 permutations", r.pMethod());
  }

  @Test
  void permutationExactWithTiesByHand() {
    // A = {0,0,1}, B = {1,1,1}; pooled {0,0,1,1,1,1}, total 4. difference = sA/3 - (4-sA)/3 = (2 sA - 4)/3.
    // observed sA = 1 -> -2/3. |2 sA - 4| >= 2 <=> sA <= 1 or sA >= 3.
    // splits by number of zeros drawn into A: 2 zeros: C(2,2)C(4,1) = 4 (sA=1); 1 zero: C(2,1)C(4,2) = 12
    // (sA=2); 0 zeros: C(4,3) = 4 (sA=3). Extreme: 4 + 4 = 8 of 20 -> p = 0.4.
    TestResult r = TwoSample.permutation(new double[] {0, 0, 1}, new double[] {1, 1, 1}, 1L);
    assertEquals(0.4, r.p(), 1e-12);
  }

  @Test
  void permutationMonteCarloUsesPlusOneCorrection() {
    // 10 vs 10: C(20,10) = 184756 > 20000, so Monte Carlo. The groups do not overlap, so no random split
    // of these values reaches the observed |difference| except the observed split itself (probability
    // 2/184756 per draw); with seed 3 none is drawn: b = 0, p = (0+1)/(2000+1).
    double[] a = new double[10];
    double[] b = new double[10];
    for (int i = 0; i < 10; i++) {
      a[i] = i + 1;
      b[i] = i + 101;
    }
    TestResult r = TwoSample.permutation(a, b, 2000, 3L);
    assertEquals(1.0 / 2001.0, r.p(), 1e-15);
    assertTrue(r.pMethod().startsWith("Monte Carlo, 2000 resamples"));
    assertEquals(r, TwoSample.permutation(a, b, 2000, 3L));
  }

  @Test
  void permutationMonteCarloNullDataGivesLargeP() {
    // same values in both groups (shuffled order): observed difference 0, every split is at least as extreme
    double[] a = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    double[] b = {10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
    TestResult r = TwoSample.permutation(a, b, 1000, 11L);
    assertEquals(1.0, r.p(), 1e-12);
  }

  @Test
  void welchByHand() {
    // A = {1..5}: mean 3, var 2.5; B = {2,4,6,8,10}: mean 6, var 10.
    // se^2 = 2.5/5 + 10/5 = 2.5; t = (3-6)/sqrt(2.5) = -1.897367
    // df = 2.5^2 / (0.5^2/4 + 2^2/4) = 6.25/1.0625 = 5.882353
    // p from the t distribution with 5.882353 df: 0.107531 (scipy.stats.ttest_ind(equal_var=False) agrees)
    TestResult r = TwoSample.welch(new double[] {1, 2, 3, 4, 5}, new double[] {2, 4, 6, 8, 10});
    assertEquals(-1.897367, r.statistic(), 1e-6);
    assertEquals(5.882353, r.df(), 1e-6);
    assertEquals(0.107531, r.p(), 1e-6);
    assertEquals("Hedges' g", r.effectName());
    assertEquals(-1.083244, r.effect(), 1e-6);
  }

  @Test
  void tooLittleDataBelowThreePerGroup() {
    double[] two = {1, 2};
    double[] five = {1, 2, 3, 4, 5};
    for (TestResult r : List.of(TwoSample.mannWhitney(two, five), TwoSample.permutation(five, two, 1L),
        TwoSample.welch(two, five))) {
      assertEquals(Status.TOO_LITTLE_DATA, r.status());
      assertTrue(Double.isNaN(r.p()));
      assertTrue(r.reason().contains("fewer than 3"), r.reason());
      assertEquals(List.of(r.n().get(0), r.n().get(1)), r.n());
    }
  }

  @Test
  void welchWithoutVariationIsTooLittleData() {
    TestResult r = TwoSample.welch(new double[] {1, 1, 1}, new double[] {2, 2, 2});
    assertEquals(Status.TOO_LITTLE_DATA, r.status());
    assertTrue(r.reason().contains("neither group varies"));
  }

  @Test
  void rejectsNonFiniteInput() {
    assertThrows(IllegalArgumentException.class,
        () -> TwoSample.mannWhitney(new double[] {1, 2, Double.NaN}, new double[] {1, 2, 3}));
    assertThrows(IllegalArgumentException.class,
        () -> TwoSample.permutation(new double[] {1, 2, 3}, new double[] {1, 2, 3}, 10, 1L));
  }
}
