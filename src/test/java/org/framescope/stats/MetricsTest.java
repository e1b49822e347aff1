package org.framescope.stats;

import org.framescope.classify.Platt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsTest {
  @Test
  void macroF1MatchesHandComputation() {
    // gold 1 1 1 0 0 0 0 ; pred 1 1 0 0 0 1 1
    int[] gold = {1, 1, 1, 0, 0, 0, 0};
    int[] pred = {1, 1, 0, 0, 0, 1, 1};
    Metrics.Report r = Metrics.report(gold, pred, List.of("neg", "pos"));
    // class 1: tp 2, fp 2, fn 1 -> P 0.5, R 2/3, F1 = 2*0.5*(2/3)/(0.5+2/3) = 4/7
    // class 0: tp 2, fp 1, fn 2 -> P 2/3, R 0.5, F1 4/7
    assertEquals(4.0 / 7, r.perClass().get(1).f1(), 1e-12);
    assertEquals(0.5, r.perClass().get(1).precision(), 1e-12);
    assertEquals(2.0 / 3, r.perClass().get(1).recall(), 1e-12);
    assertEquals(4.0 / 7, r.perClass().get(0).f1(), 1e-12);
    assertEquals(4.0 / 7, r.macroF1(), 1e-12);
    assertEquals(4.0 / 7, r.accuracy(), 1e-12);
    assertEquals(2, r.confusion()[0][1]);
    assertEquals(1, r.confusion()[1][0]);
  }

  @Test
  void classNeverPredictedHasZeroPrecisionAndF1() {
    Metrics.Report r = Metrics.report(new int[] {0, 1, 2}, new int[] {0, 0, 0}, List.of("a", "b", "c"));
    assertEquals(0.0, r.perClass().get(1).precision());
    assertEquals(0.0, r.perClass().get(2).f1());
    // class a: P 1/3, R 1, F1 0.5 -> macro 0.5/3
    assertEquals(0.5 / 3, r.macroF1(), 1e-12);
  }

  @Test
  void brierIsMeanSquaredError() {
    double b = Metrics.brier(new double[] {0.9, 0.2, 0.5, 0.0}, new int[] {1, 0, 0, 0});
    // 0.01 + 0.04 + 0.25 + 0 = 0.30 / 4
    assertEquals(0.075, b, 1e-12);
    assertThrows(IllegalArgumentException.class, () -> Metrics.brier(new double[0], new int[0]));
  }

  @Test
  void reliabilityBinsAndEce() {
    List<Metrics.Bin> t = Metrics.reliability(new double[] {0.05, 0.15, 0.95, 1.0}, new int[] {0, 1, 1, 1}, 10);
    assertEquals(10, t.size());
    assertEquals(1, t.get(0).count());
    assertEquals(0.0, t.get(0).observed());
    assertEquals(2, t.get(9).count());
    assertEquals(0.975, t.get(9).meanPredicted(), 1e-12);
    // |0.05-0| + |0.15-1| + 2*|0.975-1| = 0.05 + 0.85 + 0.05 = 0.95 / 4
    assertEquals(0.2375, Metrics.ece(t), 1e-12);
  }

  @Test
  void binaryScoresFromCounts() {
    Metrics.ClassScores s = Metrics.binary("x", 3, 1, 2);
    assertEquals(0.75, s.precision(), 1e-12);
    assertEquals(0.6, s.recall(), 1e-12);
    assertEquals(2 * 0.75 * 0.6 / 1.35, s.f1(), 1e-12);
  }

  @Test
  void plattRecoversSlopeDirection() {
    double[] s = {-3, -2, -1, -0.5, 0.5, 1, 2, 3};
    int[] y = {0, 0, 0, 1, 0, 1, 1, 1};
    Platt p = Platt.fit(s, y);
    assertEquals(true, p.a() > 0);
    assertEquals(true, p.apply(3) > p.apply(-3));
  }
}
