package org.framescope.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SignificanceTest {
  private static final Significance.Metric LOADED =
      Significance.Metric.of("loaded words", "used loaded words", "per 100 tokens", 1);

  private static Significance mw(double p) {
    return Significance.of(new TestResult("Mann-Whitney", Status.OK, "", "U", 40, Double.NaN, p, "exact",
        "rank-biserial r", 0.6, List.of(12, 11)));
  }

  @Test
  void significantDifferenceSentence() {
    Significance s = mw(0.004).withQ(0.02, "BH").withDifference(new Interval(1.7, 0.9, 2.6, 0.95))
        .withGroupValues(2.1, 0.4);
    assertEquals("Vostok Herald used loaded words more often than Meridian Wire (2.1 vs 0.4 per 100 tokens; "
        + "difference 1.7, 95% CI 0.9 to 2.6; Mann-Whitney p = 0.004, BH q = 0.02)",
        s.plainLanguage("Vostok Herald", "Meridian Wire", LOADED));
  }

  @Test
  void lowerValueAndPhrasingParameters() {
    Significance s = mw(0.0004).withDifference(new Interval(-0.25, -0.4, -0.1, 0.9)).withGroupValues(0.1, 0.35);
    Significance.Metric share = new Significance.Metric("distancing verbs", "attributed with distancing verbs",
        "more", "less", "", 2);
    assertEquals("A attributed with distancing verbs less than B (0.10 vs 0.35; difference -0.25, 90% CI -0.40 to"
        + " -0.10; Mann-Whitney p < 0.001)", s.plainLanguage("A", "B", share));
  }

  @Test
  void notSignificantAfterAdjustment() {
    // p = 0.03 would pass alone, but q = 0.09 does not
    Significance s = mw(0.03).withQ(0.09, "BH").withGroupValues(1.2, 0.9);
    assertFalse(s.significant(0.05));
    assertEquals("No clear difference between A and B in loaded words (1.2 vs 0.9 per 100 tokens; "
        + "Mann-Whitney p = 0.03, BH q = 0.09)", s.plainLanguage("A", "B", LOADED));
  }

  @Test
  void tooLittleDataSentence() {
    Significance s = Significance.of(TwoSample.mannWhitney(new double[] {1, 2}, new double[] {3, 4, 5}));
    assertEquals("Too little data to compare A and B on loaded words: fewer than 3 observations in a group"
        + " (2 and 3).", s.plainLanguage("A", "B", LOADED));
    assertFalse(s.significant(0.05));
  }

  @Test
  void directionFromEffectWhenNoValues() {
    assertTrue(mw(0.01).plainLanguage("A", "B", LOADED).startsWith("A used loaded words more often than B ("));
  }

  @Test
  void pValueFormatting() {
    assertEquals("= 0.004", Significance.pValue(0.004));
    assertEquals("= 0.044", Significance.pValue(0.0437));
    assertEquals("= 0.5", Significance.pValue(0.5));
    assertEquals("= 1", Significance.pValue(1.0));
    assertEquals("< 0.001", Significance.pValue(0.0002));
  }

  @Test
  void recordsValidate() {
    assertThrows(IllegalArgumentException.class, () -> new TestResult("t", Status.OK, "", "", 0, 0, Double.NaN,
        "", "", 0, List.of()));
    assertThrows(IllegalArgumentException.class, () -> TestResult.tooLittleData("t", " ", List.of()));
    assertThrows(IllegalArgumentException.class, () -> new Interval(0, 2, 1, 0.95));
    assertThrows(IllegalArgumentException.class, () -> mw(0.1).withQ(1.5, "BH"));
    assertFalse(Interval.none().isDefined());
  }
}
