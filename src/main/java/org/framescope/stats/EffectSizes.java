package org.framescope.stats;

import org.apache.commons.math3.special.Gamma;

/**
 * Effect sizes for two independent samples A and B. Inputs: finite values, each group non-empty (at least
 * 2 per group for d and g). Outputs: a signed number, positive when A tends to be larger than B.
 */
public final class EffectSizes {
  private EffectSizes() { }

  /**
   * Cohen's d = (mean A - mean B) / pooled SD, pooled variance = ((nA-1) varA + (nB-1) varB) / (nA+nB-2).
   * Returns 0 when both means are equal and NaN when the pooled SD is 0 but the means differ.
   */
  public static double cohensD(double[] a, double[] b) {
    requireAtLeast(a, b, 2);
    double diff = Checks.mean(a) - Checks.mean(b);
    double pooled = ((a.length - 1) * Checks.variance(a) + (b.length - 1) * Checks.variance(b))
        / (a.length + b.length - 2);
    if (pooled == 0.0) {
      return diff == 0.0 ? 0.0 : Double.NaN;
    }
    return diff / Math.sqrt(pooled);
  }

  /**
   * Hedges' g = J(df) * Cohen's d with the exact small-sample correction
   * J(df) = Gamma(df/2) / (sqrt(df/2) Gamma((df-1)/2)), df = nA + nB - 2 (Hedges 1981).
   */
  public static double hedgesG(double[] a, double[] b) {
    return hedgesCorrection(a.length + b.length - 2) * cohensD(a, b);
  }

  /** Hedges' exact correction factor J(df) for df &gt;= 2. */
  public static double hedgesCorrection(int df) {
    if (df < 2) {
      throw new IllegalArgumentException("Hedges' correction needs df >= 2, got " + df);
    }
    double h = df / 2.0;
    return Math.exp(Gamma.logGamma(h) - Gamma.logGamma(h - 0.5)) / Math.sqrt(h);
  }

  /**
   * Cliff's delta = (#{(a,b): a &gt; b} - #{(a,b): a &lt; b}) / (nA nB), in [-1,1] (Cliff 1993).
   * Computed by sorting B, O((nA + nB) log nB).
   */
  public static double cliffsDelta(double[] a, double[] b) {
    requireAtLeast(a, b, 1);
    double[] sb = b.clone();
    java.util.Arrays.sort(sb);
    long greater = 0;
    long less = 0;
    for (double x : a) {
      int lo = lowerBound(sb, x);
      int hi = upperBound(sb, x);
      greater += lo;
      less += sb.length - hi;
    }
    return (double) (greater - less) / ((double) a.length * b.length);
  }

  /**
   * Rank-biserial correlation r = 2 U_A / (nA nB) - 1 where U_A is the Mann-Whitney U of A (ties counted
   * half). It equals Cliff's delta; it is computed here from mid-ranks as a cross-check (Kerby 2014).
   */
  public static double rankBiserial(double[] a, double[] b) {
    requireAtLeast(a, b, 1);
    double u = TwoSample.uStatistic(a, b);
    return 2.0 * u / ((double) a.length * b.length) - 1.0;
  }

  private static void requireAtLeast(double[] a, double[] b, int min) {
    Checks.finite(a, "a");
    Checks.finite(b, "b");
    if (a.length < min || b.length < min) {
      throw new IllegalArgumentException("each group needs at least " + min + " observations, got "
          + a.length + " and " + b.length);
    }
  }

  private static int lowerBound(double[] sorted, double x) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static int upperBound(double[] sorted, double x) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
