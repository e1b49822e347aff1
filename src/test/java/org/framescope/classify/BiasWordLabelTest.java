package org.framescope.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link BiasModel#twoDecimals} must print exactly what {@code String.format("%.2f")} prints. */
class BiasWordLabelTest {
  @Test
  void printsWhatTheFormatterPrints() {
    SplittableRandom r = new SplittableRandom(17L);
    for (int i = 0; i < 1_500_000; i++) {
      double p = switch (i % 4) {
        case 0 -> r.nextDouble();
        // near the rounding edges: x.xx5 and its neighbours
        case 1 -> Math.nextAfter((r.nextInt(0, 1000) + 0.5) / 100.0, r.nextBoolean() ? 1 : -1);
        case 2 -> (r.nextInt(0, 100_000) + 0.5) / 100_000.0 * (r.nextInt(1, 4));
        default -> r.nextDouble() * Math.pow(10, r.nextInt(-5, 3));
      };
      assertEquals(String.format(Locale.ROOT, "%.2f", p), BiasModel.twoDecimals(p), "p = " + p);
    }
    for (double p : new double[] {0, 1, 0.005, 0.015, 0.125, 0.995, 0.999, 0.0049999, 1e-9, Double.MIN_VALUE}) {
      assertEquals(String.format(Locale.ROOT, "%.2f", p), BiasModel.twoDecimals(p), "p = " + p);
    }
  }
}
