package org.framescope.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

class ClusterBootstrapTest {
  /** Units of {hits, trials}; the statistic is the pooled share of hits. */
  private static final ToDoubleFunction<double[]> SHARE = s -> s[1] == 0 ? 0 : s[0] / s[1];

  private static List<double[]> units(long seed, int n, double p) {
    Well19937c rng = new Well19937c(seed);
    List<double[]> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int trials = 1 + rng.nextInt(30); // articles of very different lengths
      int hits = 0;
      for (int t = 0; t < trials; t++) {
        hits += rng.nextDouble() < p ? 1 : 0;
      }
      out.add(new double[] {hits, trials});
    }
    return out;
  }

  @Test
  void sameSeedSameBoundsAndAnotherSeedOtherBounds() {
    List<double[]> u = units(3, 40, 0.7);
    Interval a = new ClusterBootstrap(2000, 0.95, 11).interval(u, SHARE);
    assertEquals(a, new ClusterBootstrap(2000, 0.95, 11).interval(u, SHARE));
    assertNotEquals(a, new ClusterBootstrap(2000, 0.95, 12).interval(u, SHARE));
  }

  @Test
  void estimateIsTheStatisticOfAllUnitsAndLiesInsideTheBounds() {
    List<double[]> u = units(5, 60, 0.4);
    double hits = 0;
    double trials = 0;
    for (double[] x : u) {
      hits += x[0];
      trials += x[1];
    }
    Interval i = new ClusterBootstrap(2000, 0.95, 1).interval(u, SHARE);
    assertEquals(hits / trials, i.estimate(), 1e-12);
    assertTrue(i.lower() < i.estimate() && i.estimate() < i.upper(), i.toString());
    Interval narrow = new ClusterBootstrap(2000, 0.5, 1).interval(u, SHARE);
    assertTrue(narrow.lower() >= i.lower() && narrow.upper() <= i.upper(), narrow + " inside " + i);
  }

  @Test
  void identicalUnitsLeaveNothingToVary() {
    List<double[]> u = new ArrayList<>();
    for (int k = 0; k < 25; k++) {
      u.add(new double[] {3, 4});
    }
    Interval i = new ClusterBootstrap(500, 0.95, 2).interval(u, SHARE);
    assertEquals(0.75, i.lower(), 1e-12);
    assertEquals(0.75, i.upper(), 1e-12);
  }

  @Test
  void aPairedDifferenceOfASystemWithItselfIsExactlyZero() {
    List<double[]> both = new ArrayList<>();
    for (double[] x : units(9, 50, 0.6)) {
      both.add(new double[] {x[0], x[1], x[0], x[1]});
    }
    Interval d = new ClusterBootstrap(1000, 0.95, 4).interval(both,
        s -> SHARE.applyAsDouble(new double[] {s[0], s[1]}) - SHARE.applyAsDouble(new double[] {s[2], s[3]}));
    assertEquals(new Interval(0, 0, 0, 0.95), d);
  }

  /** Over many corpora drawn with a known share, the 90% interval holds it about 90% of the time. */
  @Test
  void coversTheTrueShareAboutAsOftenAsItSays() {
    int held = 0;
    int corpora = 300;
    for (int c = 0; c < corpora; c++) {
      Interval i = new ClusterBootstrap(1000, 0.90, c).interval(units(1000 + c, 60, 0.3), SHARE);
      held += i.contains(0.3) ? 1 : 0;
    }
    double coverage = held / (double) corpora;
    assertTrue(coverage > 0.84 && coverage < 0.96, "coverage " + coverage);
  }

  @Test
  void severalStatisticsInOnePassGiveEachTheBoundsItHasAlone() {
    List<double[]> u = units(7, 45, 0.3);
    ToDoubleFunction<double[]> misses = s -> s[1] == 0 ? 0 : 1 - s[0] / s[1];
    ClusterBootstrap boot = new ClusterBootstrap(1500, 0.9, 5);
    List<Interval> both = boot.intervals(u, List.of(SHARE, misses));
    assertEquals(boot.interval(u, SHARE), both.get(0));
    assertEquals(boot.interval(u, misses), both.get(1));
    assertNotEquals(both.get(0), both.get(1));
  }

  @Test
  void oneUnitGivesTheEstimateWithoutBounds() {
    Interval i = new ClusterBootstrap(100, 0.95, 1).interval(List.of(new double[] {1, 2}), SHARE);
    assertEquals(0.5, i.estimate());
    assertTrue(Double.isNaN(i.lower()) && Double.isNaN(i.upper()));
  }

  @Test
  void badInputNamesWhatIsWrong() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> new ClusterBootstrap(99, 0.95, 1))
        .getMessage().contains("resamples"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> new ClusterBootstrap(100, 1.0, 1))
        .getMessage().contains("confidence"));
    ClusterBootstrap b = new ClusterBootstrap(100, 0.95, 1);
    assertTrue(assertThrows(IllegalArgumentException.class, () -> b.interval(List.of(), SHARE))
        .getMessage().contains("no units"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> b.interval(List.of(new double[] {1, 2}, new double[] {1}), SHARE)).getMessage().contains("unit 1"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> b.interval(List.of(new double[] {1, 2}, new double[] {Double.NaN, 1}), SHARE)).getMessage()
        .contains("not a finite number"));
  }
}
