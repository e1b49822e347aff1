package org.framescope.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;

/**
 * Small statistics for the BASIL evaluations: agreement of two labelings (accuracy, macro-F1, confusion),
 * Spearman's rho and the paired Wilcoxon signed-rank test. Inputs are plain arrays; NaN pairs are dropped.
 */
public final class EvalStats {
  /** Pairs at most this many use the exact Wilcoxon p-value, more the normal approximation. */
  public static final int EXACT_WILCOXON_MAX = 30;

  private EvalStats() { }

  /** Spearman's rho with the number of complete pairs used. */
  public record Correlation(double rho, int n) { }

  /** Spearman's rank correlation over pairs where both values are finite; NaN when n < 3 or a side is constant. */
  public static Correlation spearman(double[] x, double[] y) {
    check(x, y);
    List<double[]> pairs = complete(x, y);
    int n = pairs.size();
    if (n < 3) {
      return new Correlation(Double.NaN, n);
    }
    double[] a = new double[n];
    double[] b = new double[n];
    for (int i = 0; i < n; i++) {
      a[i] = pairs.get(i)[0];
      b[i] = pairs.get(i)[1];
    }
    if (constant(a) || constant(b)) {
      return new Correlation(Double.NaN, n);
    }
    return new Correlation(new SpearmansCorrelation().correlation(a, b), n);
  }

  /**
   * Paired Wilcoxon signed-rank test of a against b.
   *
   * @param pairs complete pairs
   * @param nonZero pairs with a non-zero difference (the ones ranked; zero differences are dropped, Wilcoxon's rule)
   * @param meanDifference mean of a - b over the complete pairs
   * @param medianDifference median of a - b over the complete pairs
   * @param rankBiserial matched-pairs rank-biserial correlation (W+ - W-) / (W+ + W-) in [-1, 1]: positive when a
   *     tends to be larger; 0 when no pair differs
   * @param p two-sided p-value, NaN when fewer than 2 pairs differ
   */
  public record Paired(int pairs, int nonZero, double meanDifference, double medianDifference, double rankBiserial,
                       double p) {
    /** +1 when a tends to be larger, -1 when smaller, 0 when undecided. */
    public int direction() {
      return rankBiserial > 0 ? 1 : rankBiserial < 0 ? -1 : 0;
    }
  }

  /** Paired signed-rank test; exact p-value up to {@value #EXACT_WILCOXON_MAX} non-zero pairs. */
  public static Paired wilcoxon(double[] a, double[] b) {
    check(a, b);
    List<double[]> pairs = complete(a, b);
    double[] diffs = pairs.stream().mapToDouble(p -> p[0] - p[1]).toArray();
    double mean = diffs.length == 0 ? Double.NaN : java.util.Arrays.stream(diffs).average().orElse(Double.NaN);
    double median = median(diffs);
    List<double[]> nz = new ArrayList<>();
    for (double[] p : pairs) {
      if (p[0] != p[1]) {
        nz.add(p);
      }
    }
    int n = nz.size();
    if (n == 0) {
      return new Paired(pairs.size(), 0, mean, median, 0.0, Double.NaN);
    }
    double[] abs = new double[n];
    for (int i = 0; i < n; i++) {
      abs[i] = Math.abs(nz.get(i)[0] - nz.get(i)[1]);
    }
    double[] ranks = new NaturalRanking(NaNStrategy.FIXED, TiesStrategy.AVERAGE).rank(abs);
    double plus = 0;
    double minus = 0;
    for (int i = 0; i < n; i++) {
      if (nz.get(i)[0] > nz.get(i)[1]) {
        plus += ranks[i];
      } else {
        minus += ranks[i];
      }
    }
    double rb = (plus - minus) / (plus + minus);
    double p = Double.NaN;
    if (n >= 2) {
      double[] x = nz.stream().mapToDouble(v -> v[0]).toArray();
      double[] y = nz.stream().mapToDouble(v -> v[1]).toArray();
      WilcoxonSignedRankTest test = new WilcoxonSignedRankTest();
      p = n <= EXACT_WILCOXON_MAX ? exactWilcoxonP(test.wilcoxonSignedRank(x, y), n)
          : test.wilcoxonSignedRankTest(x, y, false);
    }
    return new Paired(pairs.size(), n, mean, median, rb, p);
  }

  /**
   * Exact two-sided p of the signed-rank statistic: 2 x the share of the 2^n sign assignments of the ranks 1..n
   * whose rank sum is at least {@code wMax} (the larger of W+ and W-). The same figure as commons-math's
   * {@code WilcoxonSignedRankTest} exact p-value, which enumerates all 2^n assignments (about 10^9 steps at n = 30:
   * minutes per test); here the number of subsets of {1..n} with each sum comes from the recursion
   * c_k(s) = c_(k-1)(s) + c_(k-1)(s - k), n (n+1)/2 sums per rank, so the test takes microseconds. Counts are exact
   * in a long (at most 2^30).
   */
  static double exactWilcoxonP(double wMax, int n) {
    if (n < 1 || n > 62) {
      throw new IllegalArgumentException("n must be 1..62, got " + n);
    }
    int maxSum = n * (n + 1) / 2;
    long[] count = new long[maxSum + 1];
    count[0] = 1;
    for (int k = 1; k <= n; k++) {
      for (int s = k * (k + 1) / 2; s >= k; s--) {
        count[s] += count[s - k];
      }
    }
    long larger = 0;
    for (int s = 0; s <= maxSum; s++) {
      if (s >= wMax) {
        larger += count[s];
      }
    }
    return 2 * ((double) larger) / ((double) (1L << n));
  }

  /** Agreement of predicted with gold labels over a fixed label set. */
  public record Agreement(int n, double accuracy, double macroF1, Map<String, Double> f1,
                          Map<String, Map<String, Integer>> confusion) { }

  /**
   * Accuracy, per-label F1, macro-F1 (mean F1 over labels that occur in gold or prediction) and the
   * confusion matrix gold -> predicted -> count, both in {@code labels} order. Items are {gold, predicted}.
   */
  public static Agreement agreement(List<String[]> items, List<String> labels) {
    Map<String, Map<String, Integer>> conf = new LinkedHashMap<>();
    for (String g : labels) {
      Map<String, Integer> row = new LinkedHashMap<>();
      labels.forEach(l -> row.put(l, 0));
      conf.put(g, row);
    }
    int correct = 0;
    for (String[] it : items) {
      if (!conf.containsKey(it[0]) || !conf.containsKey(it[1])) {
        throw new IllegalArgumentException("label outside " + labels + ": " + it[0] + "/" + it[1]);
      }
      conf.get(it[0]).merge(it[1], 1, Integer::sum);
      if (it[0].equals(it[1])) {
        correct++;
      }
    }
    Map<String, Double> f1 = new LinkedHashMap<>();
    double sum = 0;
    int used = 0;
    for (String l : labels) {
      int tp = conf.get(l).get(l);
      int goldN = conf.get(l).values().stream().mapToInt(Integer::intValue).sum();
      int predN = conf.values().stream().mapToInt(r -> r.get(l)).sum();
      if (goldN + predN == 0) {
        continue;
      }
      double f = 2.0 * tp / (goldN + predN);
      f1.put(l, f);
      sum += f;
      used++;
    }
    int n = items.size();
    return new Agreement(n, n == 0 ? Double.NaN : (double) correct / n, used == 0 ? Double.NaN : sum / used, f1, conf);
  }

  static double median(double[] v) {
    if (v.length == 0) {
      return Double.NaN;
    }
    double[] s = v.clone();
    java.util.Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2.0;
  }

  public static double mean(double[] v) {
    double sum = 0;
    int n = 0;
    for (double d : v) {
      if (Double.isFinite(d)) {
        sum += d;
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  private static boolean constant(double[] v) {
    for (double d : v) {
      if (d != v[0]) {
        return false;
      }
    }
    return true;
  }

  private static List<double[]> complete(double[] x, double[] y) {
    List<double[]> out = new ArrayList<>();
    for (int i = 0; i < x.length; i++) {
      if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
        out.add(new double[] {x[i], y[i]});
      }
    }
    return out;
  }

  private static void check(double[] x, double[] y) {
    if (x.length != y.length) {
      throw new IllegalArgumentException("arrays differ in length: " + x.length + " vs " + y.length);
    }
  }
}
