package org.framescope.stats;

import java.util.List;

/**
 * Ready-made comparisons of group A against group B that bundle a test, an interval and the group values
 * into one {@link Significance}, the form the comparison stage puts into reports (then adjusted together in
 * a {@link ComparisonSet}).
 */
public final class Comparisons {
  private Comparisons() { }

  /**
   * Per-item values (for example loaded words per 100 tokens, one value per article): Mann-Whitney test,
   * bootstrap interval for mean(A) - mean(B), group means. TOO_LITTLE_DATA when a group has fewer than
   * {@value TwoSample#MIN_PER_GROUP} values (the group means are still filled in when defined).
   */
  public static Significance means(double[] a, double[] b, Bootstrap bootstrap) {
    TestResult test = TwoSample.mannWhitney(a, b);
    Significance s = Significance.of(test);
    if (a.length > 0 && b.length > 0) {
      s = s.withGroupValues(Checks.mean(a), Checks.mean(b));
    }
    if (test.ok()) {
      s = s.withDifference(bootstrap.meanDifference(a, b).interval());
    }
    return s;
  }

  /**
   * Counts k1 of n1 against k2 of n2 (for example attributions with a distancing verb): Fisher's exact test
   * on [[k1, n1-k1], [k2, n2-k2]], Newcombe interval for p1 - p2, group proportions. TOO_LITTLE_DATA when
   * n1 or n2 is below {@value Proportions#MIN_N}.
   */
  public static Significance proportions(int k1, int n1, int k2, int n2, double confidence) {
    ProportionDifference d = Proportions.newcombe(k1, n1, k2, n2, confidence);
    if (d.status() != Status.OK) {
      Significance s = Significance.of(TestResult.tooLittleData("Fisher's exact test", d.reason(),
          List.of(n1, n2)));
      return n1 > 0 && n2 > 0 ? s.withGroupValues(d.p1(), d.p2()) : s;
    }
    TestResult fisher = Proportions.fisherExact(k1, n1 - k1, k2, n2 - k2);
    return Significance.of(fisher).withDifference(d.interval()).withGroupValues(d.p1(), d.p2());
  }
}
