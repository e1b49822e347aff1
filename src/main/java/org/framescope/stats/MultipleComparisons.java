package org.framescope.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Multiple-comparison adjustment of p-values. Input: p-values in [0,1], NaN for results that have none
 * (TOO_LITTLE_DATA); NaN entries are left out of the count m and stay NaN. Output: adjusted values in the
 * original order, each capped at 1. Ties in p are broken by position, so the output is deterministic.
 */
public final class MultipleComparisons {
  /** Adjustment method. */
  public enum Adjustment {
    /** Benjamini-Hochberg false discovery rate (q-values). */
    BH,
    /** Holm step-down family-wise error rate. */
    HOLM
  }

  private MultipleComparisons() { }

  /** Applies {@code method} to {@code p}. */
  public static double[] adjust(double[] p, Adjustment method) {
    return method == Adjustment.BH ? benjaminiHochberg(p) : holm(p);
  }

  /**
   * Benjamini-Hochberg (1995) adjusted p-values: with p sorted ascending, q_(i) = min over k &gt;= i of
   * min(1, m p_(k) / k). Monotone in p.
   */
  public static double[] benjaminiHochberg(double[] p) {
    int[] order = sortedValid(p);
    int m = order.length;
    double[] q = nanArray(p.length);
    double running = 1.0;
    for (int rank = m; rank >= 1; rank--) {
      int idx = order[rank - 1];
      running = Math.min(running, Math.min(1.0, p[idx] * m / rank));
      q[idx] = running;
    }
    return q;
  }

  /**
   * Holm (1979) adjusted p-values: with p sorted ascending, adj_(i) = max over k &lt;= i of
   * min(1, (m - k + 1) p_(k)). Monotone in p.
   */
  public static double[] holm(double[] p) {
    int[] order = sortedValid(p);
    int m = order.length;
    double[] adj = nanArray(p.length);
    double running = 0.0;
    for (int rank = 1; rank <= m; rank++) {
      int idx = order[rank - 1];
      running = Math.max(running, Math.min(1.0, (m - rank + 1) * p[idx]));
      adj[idx] = running;
    }
    return adj;
  }

  private static int[] sortedValid(double[] p) {
    if (p == null) {
      throw new IllegalArgumentException("p must not be null");
    }
    for (int i = 0; i < p.length; i++) {
      if (!Double.isNaN(p[i]) && !(p[i] >= 0.0 && p[i] <= 1.0)) {
        throw new IllegalArgumentException("p[" + i + "] must be in [0,1] or NaN, got " + p[i]);
      }
    }
    return IntStream.range(0, p.length).filter(i -> !Double.isNaN(p[i])).boxed()
        .sorted(Comparator.<Integer>comparingDouble(i -> p[i]).thenComparingInt(i -> i))
        .mapToInt(Integer::intValue).toArray();
  }

  private static double[] nanArray(int n) {
    double[] a = new double[n];
    Arrays.fill(a, Double.NaN);
    return a;
  }
}
