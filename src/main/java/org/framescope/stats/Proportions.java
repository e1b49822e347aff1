package org.framescope.stats;

import java.util.List;
import org.apache.commons.math3.distribution.HypergeometricDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Comparing two proportions k1/n1 and k2/n2 (for example the share of attributions that use a distancing
 * verb in two outlets): Wilson score intervals, Newcombe's hybrid-score interval for the difference, and
 * Fisher's exact test for the 2x2 table. Inputs: counts with 0 &lt;= k &lt;= n.
 */
public final class Proportions {
  /** Fewest trials per group for a Newcombe interval. */
  public static final int MIN_N = 5;

  private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0.0, 1.0,
      NormalDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);

  private Proportions() { }

  /**
   * Wilson score interval for k/n (Wilson 1927; Newcombe 1998 method 3):
   * (2k + z^2 +- z sqrt(z^2 + 4k(n-k)/n)) / (2(n + z^2)), z = Phi^-1(1 - alpha/2).
   * Output: estimate k/n with bounds in [0,1]. Requires n &gt;= 1.
   */
  public static Interval wilson(int k, int n, double confidence) {
    checkCounts(k, n, "proportion");
    Checks.confidence(confidence);
    if (n == 0) {
      throw new IllegalArgumentException("a Wilson interval needs n >= 1");
    }
    double z = STANDARD_NORMAL.inverseCumulativeProbability(1.0 - (1.0 - confidence) / 2.0);
    double z2 = z * z;
    double centre = 2.0 * k + z2;
    double half = z * Math.sqrt(z2 + 4.0 * k * (n - k) / (double) n);
    double den = 2.0 * (n + z2);
    double lower = k == 0 ? 0.0 : (centre - half) / den;
    double upper = k == n ? 1.0 : (centre + half) / den;
    return new Interval((double) k / n, Math.max(0.0, lower), Math.min(1.0, upper), confidence);
  }

  /** {@link #newcombe(int, int, int, int, double)} at 95% confidence. */
  public static ProportionDifference newcombe(int k1, int n1, int k2, int n2) {
    return newcombe(k1, n1, k2, n2, 0.95);
  }

  /**
   * Newcombe's hybrid score interval for p1 - p2 (Newcombe 1998, method 10): with Wilson bounds
   * (l1,u1) and (l2,u2), lower = d - sqrt((p1-l1)^2 + (u2-p2)^2), upper = d + sqrt((u1-p1)^2 + (p2-l2)^2).
   * TOO_LITTLE_DATA when n1 or n2 is below {@value #MIN_N}.
   */
  public static ProportionDifference newcombe(int k1, int n1, int k2, int n2, double confidence) {
    checkCounts(k1, n1, "group 1");
    checkCounts(k2, n2, "group 2");
    Checks.confidence(confidence);
    if (n1 < MIN_N || n2 < MIN_N) {
      double d = n1 == 0 || n2 == 0 ? Double.NaN : (double) k1 / n1 - (double) k2 / n2;
      return new ProportionDifference(k1, n1, k2, n2, new Interval(d, Double.NaN, Double.NaN, confidence),
          Status.TOO_LITTLE_DATA, "fewer than " + MIN_N + " cases in a group (" + n1 + " and " + n2 + ")");
    }
    Interval w1 = wilson(k1, n1, confidence);
    Interval w2 = wilson(k2, n2, confidence);
    double p1 = w1.estimate();
    double p2 = w2.estimate();
    double d = p1 - p2;
    double lower = d - Math.sqrt(sq(p1 - w1.lower()) + sq(w2.upper() - p2));
    double upper = d + Math.sqrt(sq(w1.upper() - p1) + sq(p2 - w2.lower()));
    return new ProportionDifference(k1, n1, k2, n2, new Interval(d, lower, upper, confidence), Status.OK, "");
  }

  /**
   * Fisher's exact test, two-sided, for the 2x2 table [[a, b], [c, d]] (rows: groups; columns: yes/no).
   * With the margins fixed, the top-left count is hypergeometric (population a+b+c+d, a+c successes,
   * a+b draws); p sums the probabilities of every table no more likely than the observed one (relative
   * tolerance 1e-7, as R's fisher.test). Statistic: the top-left count a. Effect: the sample odds ratio
   * ad/(bc) (infinite when bc = 0 &lt; ad, NaN when both are 0). Valid for small counts; TOO_LITTLE_DATA
   * only for an empty table.
   */
  public static TestResult fisherExact(int a, int b, int c, int d) {
    String name = "Fisher's exact test";
    if (a < 0 || b < 0 || c < 0 || d < 0) {
      throw new IllegalArgumentException("2x2 counts must be >= 0, got " + a + ", " + b + ", " + c + ", " + d);
    }
    int total = a + b + c + d;
    List<Integer> n = List.of(a + b, c + d);
    if (total == 0) {
      return TestResult.tooLittleData(name, "the table is empty", n);
    }
    int successes = a + c;
    int draws = a + b;
    HypergeometricDistribution h = new HypergeometricDistribution(null, total, successes, draws);
    double observed = h.probability(a);
    int lo = Math.max(0, draws + successes - total);
    int hi = Math.min(draws, successes);
    double p = 0.0;
    for (int x = lo; x <= hi; x++) {
      double px = h.probability(x);
      if (px <= observed * (1.0 + 1e-7)) {
        p += px;
      }
    }
    double ad = (double) a * d;
    double bc = (double) b * c;
    double oddsRatio = bc == 0.0 ? (ad == 0.0 ? Double.NaN : Double.POSITIVE_INFINITY) : ad / bc;
    return new TestResult(name, Status.OK, "", "top-left count", a, Double.NaN, Math.min(1.0, p), "exact",
        "odds ratio", oddsRatio, n);
  }

  static void checkCounts(int k, int n, String what) {
    if (n < 0 || k < 0 || k > n) {
      throw new IllegalArgumentException(what + ": need 0 <= k <= n, got k=" + k + " n=" + n);
    }
  }

  private static double sq(double x) {
    return x * x;
  }
}
