package org.framescope.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link ModelFile#round(double)} takes a double-arithmetic shortcut; it must give exactly what the BigDecimal
 * rounding gives, or stored models and explanations would change. Randomized over magnitudes, signs and values
 * made to sit on or next to a decimal half.
 */
class ModelFileRoundTest {
  private static void same(double v) {
    assertEquals(Double.doubleToRawLongBits(ModelFile.exactRound(v)), Double.doubleToRawLongBits(ModelFile.round(v)),
        () -> "round(" + v + ") = " + ModelFile.round(v) + ", BigDecimal gives " + ModelFile.exactRound(v));
  }

  @Test
  void equalsBigDecimalRoundingOnRandomValues() {
    SplittableRandom r = new SplittableRandom(20261129L);
    for (int i = 0; i < 2_000_000; i++) {
      double mag = Math.pow(10, r.nextDouble(-18, 18));
      double v = (r.nextBoolean() ? -1 : 1) * mag * r.nextDouble(1, 10);
      same(v);
    }
  }

  @Test
  void equalsBigDecimalRoundingOnAndNextToDecimalHalves() {
    SplittableRandom r = new SplittableRandom(7L);
    for (int i = 0; i < 500_000; i++) {
      // an 8-digit integer plus one half, scaled: the double nearest a tie, and its neighbours
      long digits = 10_000_000L + r.nextLong(90_000_000L);
      int exp = r.nextInt(-20, 12);
      double tie = (digits + 0.5) * Math.pow(10, exp);
      same(tie);
      same(Math.nextUp(tie));
      same(Math.nextDown(tie));
      same(-tie);
      same(digits * Math.pow(10, exp));
    }
  }

  @Test
  void edgeValues() {
    for (double v : new double[] {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        Double.MIN_VALUE, Double.MAX_VALUE, 1e-14, 1e14, 99_999_999.5, 99_999_999.49, 9.9999999e7, 1.0, 0.1,
        123_456_785.0, 1.23456785, 0.537222094, -0.146935834}) {
      same(v);
    }
  }
}
