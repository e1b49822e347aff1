package org.framescope.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

class BootstrapTest {
  private static final double[] X = {1, 2, 3, 10, 4, 5, 6, 2, 3};
  private static final double[] Y = {0, 1, 0, 2, 1, 0, 3};

  @Test
  void sameSeedGivesIdenticalBoundsForBothMethods() {
    for (Bootstrap.Method m : Bootstrap.Method.values()) {
      BootstrapResult r1 = new Bootstrap(42).withMethod(m).mean(X);
      BootstrapResult r2 = new Bootstrap(42).withMethod(m).mean(X);
      assertEquals(r1, r2);
      BootstrapResult d1 = new Bootstrap(7).withMethod(m).meanDifference(X, Y);
      BootstrapResult d2 = new Bootstrap(7).withMethod(m).meanDifference(X, Y);
      assertEquals(d1, d2);
    }
  }

  @Test
  void differentSeedGivesDifferentBounds() {
    BootstrapResult r1 = new Bootstrap(1).mean(X);
    BootstrapResult r2 = new Bootstrap(2).mean(X);
    assertTrue(r1.lower() != r2.lower() || r1.upper() != r2.upper(), r1 + " vs " + r2);
    BootstrapResult d1 = new Bootstrap(1).meanDifference(X, Y);
    BootstrapResult d2 = new Bootstrap(2).meanDifference(X, Y);
    assertNotEquals(d1, d2);
  }

  @Test
  void reportsEstimateSettingsAndOrderedBounds() {
    // mean of X = (1+2+3+10+4+5+6+2+3)/9 = 36/9 = 4; mean of Y = 7/7 = 1; difference 3
    BootstrapResult r = new Bootstrap(2000, 0.9, 5L, Bootstrap.Method.PERCENTILE).meanDifference(X, Y);
    assertEquals(3.0, r.estimate(), 1e-12);
    assertEquals(2000, r.resamples());
    assertEquals(5L, r.seed());
    assertEquals(0.9, r.confidence());
    assertEquals(List.of(9, 7), r.n());
    assertEquals(Status.OK, r.status());
    assertTrue(r.lower() < 3.0 && 3.0 < r.upper());
    assertEquals(10_000, new Bootstrap(1).mean(X).resamples());
    assertEquals(0.95, new Bootstrap(1).mean(X).confidence());
  }

  @Test
  void widerConfidenceGivesWiderInterval() {
    BootstrapResult r90 = new Bootstrap(3).withConfidence(0.90).mean(X);
    BootstrapResult r99 = new Bootstrap(3).withConfidence(0.99).mean(X);
    assertTrue(r99.lower() <= r90.lower() && r99.upper() >= r90.upper());
  }

  @Test
  void constantSampleGivesDegenerateInterval() {
    // every resample of {2,2,2} has mean 2; z0 = Phi^-1(0 + 10000/2 / 10000) = 0 and a = 0, so BCa = percentile
    BootstrapResult r = new Bootstrap(9).mean(new double[] {2, 2, 2});
    assertEquals(2.0, r.lower());
    assertEquals(2.0, r.upper());
    assertEquals(Bootstrap.Method.BCA, r.method());
  }

  @Test
  void accelerationOneSampleByHand() {
    // x = {1,2,3,10}, mean 4, deviations -3,-2,-1,6: sum d^3 = -27-8-1+216 = 180, sum d^2 = 9+4+1+36 = 50
    // a = 180 / (6 * 50^1.5) = 180 / (6 * 353.5534) = 0.0848528
    double[][] dev = {Bootstrap.jackknifeMeanDeviations(new double[] {1, 2, 3, 10}, 1.0)};
    assertEquals(0.0848528, Bootstrap.acceleration(dev), 1e-7);
  }

  @Test
  void accelerationTwoSamplesByHand() {
    // A = {1,2,3,10}: U = x - mean = -3,-2,-1,6: sum U^3/n^3 = 180/64 = 2.8125, sum U^2/n^2 = 50/16 = 3.125
    // B = {0,0,3}, mean 1, difference A-B so U = -(y - mean) = 1,1,-2: sum U^3/27 = -6/27 = -0.222222,
    //   sum U^2/9 = 6/9 = 0.666667
    // a = (2.8125 - 0.222222) / (6 * (3.125 + 0.666667)^1.5) = 2.590278 / (6 * 7.383243) = 0.0584723
    double[][] dev = {Bootstrap.jackknifeMeanDeviations(new double[] {1, 2, 3, 10}, 1.0),
        Bootstrap.jackknifeMeanDeviations(new double[] {0, 0, 3}, -1.0)};
    assertEquals(0.0584723, Bootstrap.acceleration(dev), 1e-7);
  }

  @Test
  void quantileAndBcaLevelByHand() {
    // type 7: h = (4-1)*0.25 = 0.75 -> 1 + 0.75*(2-1) = 1.75
    assertEquals(1.75, Bootstrap.quantile(new double[] {1, 2, 3, 4}, 0.25), 1e-12);
    assertEquals(4.0, Bootstrap.quantile(new double[] {1, 2, 3, 4}, 1.0), 1e-12);
    // z0 = 0, a = 0: level = Phi(z) -> Phi(-1.959964) = 0.025
    assertEquals(0.025, Bootstrap.bcaLevel(0.0, 0.0, -1.959963985), 1e-9);
    // z0 = 0.5, a = 0.1, z = -1.96: t = -1.46, level = Phi(0.5 + -1.46/1.146) = Phi(-0.773997) = 0.21947
    assertEquals(0.21947, Bootstrap.bcaLevel(0.5, 0.1, -1.96), 1e-4);
    // 3 of 4 statistics below 2.5 -> z0 = Phi^-1(0.75) = 0.6744898
    assertEquals(0.6744898, Bootstrap.biasCorrection(new double[] {1, 2, 2.4, 3}, 2.5), 1e-6);
  }

  @Test
  void coverageIsNearNominalOnNormalAndSkewedData() {
    // 200 seeded data sets; a 95% interval should contain the true mean in roughly 95% of them.
    // With 200 trials the binomial SD is about 1.5 points, so [0.88, 0.99] is a loose sanity band.
    Well19937c gen = new Well19937c(2024);
    NormalDistribution normal = new NormalDistribution(gen, 10.0, 2.0);
    ExponentialDistribution expo = new ExponentialDistribution(gen, 1.0);
    int trials = 200;
    int hitPct = 0;
    int hitBca = 0;
    int hitBcaSkewed = 0;
    for (int t = 0; t < trials; t++) {
      double[] x = normal.sample(30);
      Bootstrap b = new Bootstrap(1000, 0.95, t, Bootstrap.Method.PERCENTILE);
      if (b.mean(x).interval().contains(10.0)) {
        hitPct++;
      }
      if (b.withMethod(Bootstrap.Method.BCA).mean(x).interval().contains(10.0)) {
        hitBca++;
      }
      double[] e = expo.sample(40);
      if (b.withMethod(Bootstrap.Method.BCA).mean(e).interval().contains(1.0)) {
        hitBcaSkewed++;
      }
    }
    for (int hits : new int[] {hitPct, hitBca, hitBcaSkewed}) {
      double coverage = hits / (double) trials;
      assertTrue(coverage >= 0.88 && coverage <= 0.99, "coverage " + coverage);
    }
  }

  @Test
  void differenceCoverageSanity() {
    Well19937c gen = new Well19937c(77);
    NormalDistribution na = new NormalDistribution(gen, 3.0, 1.0);
    NormalDistribution nb = new NormalDistribution(gen, 2.0, 2.0);
    int hits = 0;
    for (int t = 0; t < 200; t++) {
      if (new Bootstrap(1000, 0.95, t, Bootstrap.Method.BCA).meanDifference(na.sample(25), nb.sample(20))
          .interval().contains(1.0)) {
        hits++;
      }
    }
    assertTrue(hits >= 176 && hits <= 198, "hits " + hits);
  }

  @Test
  void tooLittleData() {
    BootstrapResult one = new Bootstrap(1).mean(new double[] {5});
    assertEquals(Status.TOO_LITTLE_DATA, one.status());
    assertEquals(5.0, one.estimate());
    assertTrue(Double.isNaN(one.lower()) && Double.isNaN(one.upper()));
    assertTrue(one.reason().contains("at least 2"));
    BootstrapResult diff = new Bootstrap(1).meanDifference(X, new double[] {});
    assertEquals(Status.TOO_LITTLE_DATA, diff.status());
    assertTrue(Double.isNaN(diff.estimate()));
  }

  @Test
  void rejectsBadSettingsAndInput() {
    assertThrows(IllegalArgumentException.class, () -> new Bootstrap(99, 0.95, 1, Bootstrap.Method.BCA));
    assertThrows(IllegalArgumentException.class, () -> new Bootstrap(1000, 1.0, 1, Bootstrap.Method.BCA));
    assertThrows(IllegalArgumentException.class, () -> new Bootstrap(1).mean(new double[] {1, Double.NaN}));
  }
}
