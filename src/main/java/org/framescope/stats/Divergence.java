package org.framescope.stats;

import java.util.List;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Divergences between two discrete distributions over the same categories (for example the frame
 * distributions of two outlets). Inputs: equal-length vectors of non-negative counts or probabilities with
 * a positive sum; each is normalised to sum 1 first. Outputs in bits (log base 2).
 */
public final class Divergence {
  /** Default Monte Carlo resamples for {@link #jensenShannonTest(long[], long[], long)}. */
  public static final int DEFAULT_PERMUTATIONS = 10_000;
  /** Fewest total observations per group for the permutation test. */
  public static final int MIN_TOTAL = 5;

  private static final double LN2 = Math.log(2.0);

  private Divergence() { }

  /**
   * Jensen-Shannon divergence JSD(P,Q) = KL(P||M)/2 + KL(Q||M)/2 with M = (P+Q)/2, base 2, so it lies in
   * [0,1]: 0 for identical distributions, 1 for distributions with disjoint support (Lin 1991).
   * Terms with P_i = 0 contribute 0.
   */
  public static double jensenShannon(double[] p, double[] q) {
    double[] pn = normalise(p, "p");
    double[] qn = normalise(q, "q");
    sameLength(pn, qn);
    double s = 0.0;
    for (int i = 0; i < pn.length; i++) {
      double m = (pn[i] + qn[i]) / 2.0;
      if (pn[i] > 0) {
        s += pn[i] * Math.log(pn[i] / m);
      }
      if (qn[i] > 0) {
        s += qn[i] * Math.log(qn[i] / m);
      }
    }
    return Math.min(1.0, Math.max(0.0, s / (2.0 * LN2)));
  }

  /**
   * Kullback-Leibler divergence KL(P||Q) = sum P_i log2(P_i / Q_i) after additive smoothing: each entry
   * becomes (x_i + smoothing) / (sum x + k smoothing). Give smoothing in the units of the input (0.5 or 1
   * for counts, a small epsilon for probabilities). With smoothing 0 the result is +Infinity when some
   * Q_i = 0 &lt; P_i.
   */
  public static double kullbackLeibler(double[] p, double[] q, double smoothing) {
    if (!(smoothing >= 0.0) || Double.isInfinite(smoothing)) {
      throw new IllegalArgumentException("smoothing must be finite and >= 0, got " + smoothing);
    }
    double[] ps = smooth(p, smoothing, "p");
    double[] qs = smooth(q, smoothing, "q");
    sameLength(ps, qs);
    double s = 0.0;
    for (int i = 0; i < ps.length; i++) {
      if (ps[i] > 0) {
        if (qs[i] == 0) {
          return Double.POSITIVE_INFINITY;
        }
        s += ps[i] * Math.log(ps[i] / qs[i]);
      }
    }
    return Math.max(0.0, s / LN2);
  }

  /** {@link #jensenShannonTest(long[], long[], int, long)} with {@value #DEFAULT_PERMUTATIONS} resamples. */
  public static TestResult jensenShannonTest(long[] a, long[] b, long seed) {
    return jensenShannonTest(a, b, DEFAULT_PERMUTATIONS, seed);
  }

  /**
   * Permutation test of "both count vectors come from the same distribution". The observations (one per
   * counted item, labelled with its category) are pooled and {@code resamples} times split at random into
   * groups of the original sizes with a {@link Well19937c}({@code seed}); p = (b + 1) / (resamples + 1),
   * b being the splits whose JSD is at least the observed one (relative tolerance 1e-9). Statistic and
   * effect: the observed JSD. Cost is proportional to resamples times the smaller group's total.
   * TOO_LITTLE_DATA when a group has fewer than {@value #MIN_TOTAL} items.
   */
  public static TestResult jensenShannonTest(long[] a, long[] b, int resamples, long seed) {
    String name = "JSD permutation test";
    if (resamples < 100) {
      throw new IllegalArgumentException("resamples must be at least 100, got " + resamples);
    }
    if (a == null || b == null || a.length != b.length || a.length == 0) {
      throw new IllegalArgumentException("count vectors must be non-empty and of equal length");
    }
    long na = 0;
    long nb = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] < 0 || b[i] < 0) {
        throw new IllegalArgumentException("counts must be >= 0, got " + a[i] + " and " + b[i] + " at " + i);
      }
      na += a[i];
      nb += b[i];
    }
    List<Integer> n = List.of(Math.toIntExact(na), Math.toIntExact(nb));
    if (na < MIN_TOTAL || nb < MIN_TOTAL) {
      return TestResult.tooLittleData(name, "fewer than " + MIN_TOTAL + " counted items in a group (" + na
          + " and " + nb + ")", n);
    }
    double observed = jensenShannon(toDouble(a), toDouble(b));
    double threshold = observed - 1e-9 * Math.max(observed, 1e-12);
    int k = a.length;
    int total = Math.toIntExact(na + nb);
    int[] items = new int[total];
    long[] pooled = new long[k];
    int pos = 0;
    for (int c = 0; c < k; c++) {
      pooled[c] = a[c] + b[c];
      for (long r = 0; r < pooled[c]; r++) {
        items[pos++] = c;
      }
    }
    boolean drawA = na <= nb;
    int draw = (int) (drawA ? na : nb);
    RandomGenerator rng = new Well19937c(seed);
    double[] countsDrawn = new double[k];
    double[] countsRest = new double[k];
    long extreme = 0;
    for (int r = 0; r < resamples; r++) {
      java.util.Arrays.fill(countsDrawn, 0.0);
      for (int i = 0; i < draw; i++) {
        int j = i + rng.nextInt(total - i);
        int tmp = items[i];
        items[i] = items[j];
        items[j] = tmp;
        countsDrawn[items[i]]++;
      }
      for (int c = 0; c < k; c++) {
        countsRest[c] = pooled[c] - countsDrawn[c];
      }
      double d = jensenShannon(countsDrawn, countsRest);
      if (d >= threshold) {
        extreme++;
      }
    }
    double p = (extreme + 1.0) / (resamples + 1.0);
    return new TestResult(name, Status.OK, "", "JSD", observed, Double.NaN, p,
        "Monte Carlo, " + resamples + " resamples, seed " + seed, "JSD (bits)", observed, n);
  }

  private static double[] toDouble(long[] x) {
    double[] d = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      d[i] = x[i];
    }
    return d;
  }

  private static double[] normalise(double[] x, String name) {
    return smooth(x, 0.0, name);
  }

  private static double[] smooth(double[] x, double add, String name) {
    Checks.finite(x, name);
    if (x.length == 0) {
      throw new IllegalArgumentException(name + " must not be empty");
    }
    double sum = 0.0;
    for (int i = 0; i < x.length; i++) {
      if (x[i] < 0) {
        throw new IllegalArgumentException(name + "[" + i + "] must be >= 0, got " + x[i]);
      }
      sum += x[i] + add;
    }
    if (!(sum > 0)) {
      throw new IllegalArgumentException(name + " must have a positive sum");
    }
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = (x[i] + add) / sum;
    }
    return out;
  }

  private static void sameLength(double[] p, double[] q) {
    if (p.length != q.length) {
      throw new IllegalArgumentException("vectors differ in length: " + p.length + " vs " + q.length);
    }
  }
}
