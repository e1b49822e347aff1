package org.framescope.stats;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;
import org.apache.commons.math3.stat.inference.TTest;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;
import org.apache.commons.math3.util.CombinatoricsUtils;

/**
 * Two-sample tests for independent groups A and B (for example per-article loaded-language rates of two
 * outlets). Input: finite values per group. Output: a {@link TestResult} whose statistic and effect are
 * signed A versus B. Every test needs at least {@value #MIN_PER_GROUP} observations per group; with fewer it
 * returns TOO_LITTLE_DATA and a reason instead of a p-value.
 */
public final class TwoSample {
  /** Fewest observations per group for any test here. */
  public static final int MIN_PER_GROUP = 3;
  /** Largest number of distinct group assignments that is enumerated exactly. */
  public static final int EXACT_LIMIT = 20_000;
  /** Default Monte Carlo resamples for the permutation test. */
  public static final int DEFAULT_PERMUTATIONS = 10_000;

  private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0.0, 1.0,
      NormalDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);

  private TwoSample() { }

  /**
   * Mann-Whitney U test (two-sided). Statistic: U of A = number of pairs with a &gt; b plus half the
   * ties. Effect: rank-biserial r = 2U/(nA nB) - 1 (equal to Cliff's delta).
   * p-value: exact null distribution when there are no ties and C(nA+nB, nA) &lt;= {@value #EXACT_LIMIT};
   * otherwise the normal approximation of commons-math {@link MannWhitneyUTest} (no continuity correction)
   * when there are no ties, or the same approximation with the tie-corrected variance
   * nA nB / 12 * ((N+1) - sum(t^3 - t) / (N (N-1))) when there are ties (commons-math ignores ties, which
   * overstates p for data with many equal values such as zero rates).
   */
  public static TestResult mannWhitney(double[] a, double[] b) {
    String name = "Mann-Whitney";
    TestResult small = tooFew(name, a, b);
    if (small != null) {
      return small;
    }
    int na = a.length;
    int nb = b.length;
    double u = uStatistic(a, b);
    double r = 2.0 * u / ((double) na * nb) - 1.0;
    double[] pooled = concat(a, b);
    double[] sorted = pooled.clone();
    Arrays.sort(sorted);
    double tieSum = 0.0;
    for (int i = 0; i < sorted.length; ) {
      int j = i;
      while (j < sorted.length && sorted[j] == sorted[i]) {
        j++;
      }
      double t = j - i;
      tieSum += t * t * t - t;
      i = j;
    }
    double p;
    String method;
    if (tieSum == 0.0 && CombinatoricsUtils.binomialCoefficientDouble(na + nb, na) <= EXACT_LIMIT) {
      p = exactMannWhitneyP(u, na, nb);
      method = "exact";
    } else if (tieSum == 0.0) {
      p = new MannWhitneyUTest().mannWhitneyUTest(a, b);
      method = "normal approximation";
    } else {
      int n = na + nb;
      double var = na * (double) nb / 12.0 * ((n + 1) - tieSum / ((double) n * (n - 1)));
      if (var <= 0.0) {
        p = 1.0;
        method = "all values tied";
      } else {
        double z = (u - na * (double) nb / 2.0) / Math.sqrt(var);
        p = Math.min(1.0, 2.0 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(z)));
        method = "normal approximation, tie-corrected";
      }
    }
    return new TestResult(name, Status.OK, "", "U", u, Double.NaN, p, method, "rank-biserial r", r,
        List.of(na, nb));
  }

  /** U of A: sum of A's mid-ranks in the pooled sample minus nA(nA+1)/2. */
  static double uStatistic(double[] a, double[] b) {
    double[] ranks = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE).rank(concat(a, b));
    double rankSumA = 0.0;
    for (int i = 0; i < a.length; i++) {
      rankSumA += ranks[i];
    }
    return rankSumA - a.length * (a.length + 1.0) / 2.0;
  }

  /**
   * Exact two-sided p for U of A without ties: share of the C(nA+nB, nA) equally likely rank arrangements
   * whose U is at least as far from nA nB / 2 as the observed one. Counts by the recursion
   * f(i, j, u) = f(i-1, j, u-j) + f(i, j-1, u) (the largest element belongs to A or to B).
   */
  static double exactMannWhitneyP(double u, int na, int nb) {
    int maxU = na * nb;
    double[][] prev = new double[nb + 1][];
    // f(0, j, u): only u = 0 possible.
    for (int j = 0; j <= nb; j++) {
      prev[j] = new double[maxU + 1];
      prev[j][0] = 1.0;
    }
    for (int i = 1; i <= na; i++) {
      double[][] cur = new double[nb + 1][];
      for (int j = 0; j <= nb; j++) {
        cur[j] = new double[maxU + 1];
        for (int v = 0; v <= maxU; v++) {
          double c = v - j >= 0 ? prev[j][v - j] : 0.0;
          if (j > 0) {
            c += cur[j - 1][v];
          }
          cur[j][v] = c;
        }
      }
      prev = cur;
    }
    double[] f = prev[nb];
    double total = 0.0;
    double extreme = 0.0;
    double mid = maxU / 2.0;
    double dist = Math.abs(u - mid);
    for (int v = 0; v <= maxU; v++) {
      total += f[v];
      if (Math.abs(v - mid) >= dist - 1e-9) {
        extreme += f[v];
      }
    }
    return Math.min(1.0, extreme / total);
  }

  /** Permutation test for mean(A) - mean(B) with {@value #DEFAULT_PERMUTATIONS} Monte Carlo resamples. */
  public static TestResult permutation(double[] a, double[] b, long seed) {
    return permutation(a, b, DEFAULT_PERMUTATIONS, seed);
  }

  /**
   * Two-sided permutation test for the difference of means mean(A) - mean(B). Statistic: the observed
   * difference. Effect: Hedges' g. When the number of distinct assignments C(nA+nB, nA) is at most
   * {@value #EXACT_LIMIT} all of them are enumerated and p = (assignments with |difference| &gt;= observed)
   * / C(nA+nB, nA), the observed one included. Otherwise {@code resamples} random relabellings are drawn
   * with a {@link Well19937c}({@code seed}) and p = (b + 1) / (resamples + 1), b being the relabellings at
   * least as extreme (Phipson and Smyth 2010). Differences within 1e-9 relative of the observed one count
   * as equal, so rounding in the sums does not change p.
   */
  public static TestResult permutation(double[] a, double[] b, int resamples, long seed) {
    String name = "permutation test";
    if (resamples < 100) {
      throw new IllegalArgumentException("resamples must be at least 100, got " + resamples);
    }
    TestResult small = tooFew(name, a, b);
    if (small != null) {
      return small;
    }
    int na = a.length;
    int nb = b.length;
    double[] pooled = concat(a, b);
    double total = 0.0;
    double scale = 0.0;
    for (double v : pooled) {
      total += v;
      scale = Math.max(scale, Math.abs(v));
    }
    double observed = Checks.mean(a) - Checks.mean(b);
    double threshold = Math.abs(observed) - 1e-9 * Math.max(scale, Double.MIN_NORMAL);
    double g = EffectSizes.hedgesG(a, b);
    double count = CombinatoricsUtils.binomialCoefficientDouble(na + nb, na);
    if (count <= EXACT_LIMIT) {
      long extreme = 0;
      long all = 0;
      int[] idx = new int[na];
      for (int i = 0; i < na; i++) {
        idx[i] = i;
      }
      while (true) {
        double sa = 0.0;
        for (int i : idx) {
          sa += pooled[i];
        }
        double d = sa / na - (total - sa) / nb;
        all++;
        if (Math.abs(d) >= threshold) {
          extreme++;
        }
        // next combination in lexicographic order
        int k = na - 1;
        while (k >= 0 && idx[k] == pooled.length - na + k) {
          k--;
        }
        if (k < 0) {
          break;
        }
        idx[k]++;
        for (int i = k + 1; i < na; i++) {
          idx[i] = idx[i - 1] + 1;
        }
      }
      return new TestResult(name, Status.OK, "", "mean difference", observed, Double.NaN,
          (double) extreme / all, "exact, " + all + " permutations", "Hedges' g", g, List.of(na, nb));
    }
    RandomGenerator rng = new Well19937c(seed);
    double[] work = pooled.clone();
    long extreme = 0;
    for (int r = 0; r < resamples; r++) {
      double sa = 0.0;
      // partial Fisher-Yates: the first na slots become a uniformly random subset
      for (int i = 0; i < na; i++) {
        int j = i + rng.nextInt(work.length - i);
        double tmp = work[i];
        work[i] = work[j];
        work[j] = tmp;
        sa += work[i];
      }
      double d = sa / na - (total - sa) / nb;
      if (Math.abs(d) >= threshold) {
        extreme++;
      }
    }
    double p = (extreme + 1.0) / (resamples + 1.0);
    return new TestResult(name, Status.OK, "", "mean difference", observed, Double.NaN, p,
        "Monte Carlo, " + resamples + " resamples, seed " + seed, "Hedges' g", g, List.of(na, nb));
  }

  /**
   * Welch's unequal-variance t-test (two-sided) via commons-math {@link TTest}. Statistic: t for A - B;
   * df: Welch-Satterthwaite. Effect: Hedges' g. TOO_LITTLE_DATA also when neither group varies (t is
   * undefined).
   */
  public static TestResult welch(double[] a, double[] b) {
    String name = "Welch t-test";
    TestResult small = tooFew(name, a, b);
    if (small != null) {
      return small;
    }
    double va = Checks.variance(a) / a.length;
    double vb = Checks.variance(b) / b.length;
    List<Integer> n = List.of(a.length, b.length);
    if (va + vb == 0.0) {
      return TestResult.tooLittleData(name, "neither group varies (every value within a group is the same),"
          + " so a t-test is undefined", n);
    }
    TTest tTest = new TTest();
    double t = tTest.t(a, b);
    double p = tTest.tTest(a, b);
    double df = (va + vb) * (va + vb)
        / (va * va / (a.length - 1) + vb * vb / (b.length - 1));
    return new TestResult(name, Status.OK, "", "t", t, df, p, "t distribution", "Hedges' g",
        EffectSizes.hedgesG(a, b), n);
  }

  private static TestResult tooFew(String name, double[] a, double[] b) {
    Checks.finite(a, "a");
    Checks.finite(b, "b");
    if (a.length < MIN_PER_GROUP || b.length < MIN_PER_GROUP) {
      return TestResult.tooLittleData(name, "fewer than " + MIN_PER_GROUP + " observations in a group ("
          + a.length + " and " + b.length + ")", List.of(a.length, b.length));
    }
    return null;
  }

  private static double[] concat(double[] a, double[] b) {
    double[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
