package org.framescope.stats;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Seeded nonparametric bootstrap confidence intervals for the mean of one sample and for the difference
 * of means of two independent samples (A minus B).
 *
 * <p>Input: finite values; configuration: number of resamples (default 10,000), confidence (default 0.95),
 * seed, and interval method (default {@link Method#BCA}). Output: a {@link BootstrapResult}. Each call
 * starts a fresh {@link Well19937c} from the seed and draws, for every resample, first the indices of A
 * and then those of B, so the same seed and data always give identical bounds.
 *
 * <p>Percentile bounds are the alpha/2 and 1-alpha/2 quantiles of the sorted bootstrap statistics, with
 * linear interpolation between order statistics (Hyndman-Fan type 7, as R's and numpy's default).
 * BCa (Efron 1987; Efron and Tibshirani 1993, ch. 14) adjusts those quantile levels by a bias correction
 * z0 = Phi^-1(share of bootstrap statistics below the estimate, ties counted half) and an acceleration
 * from the jackknife; for two samples the jackknife leaves out each observation of each sample in turn
 * (empirical influence form, as in scipy.stats.bootstrap). When z0 is infinite (every bootstrap statistic
 * on one side of the estimate) BCa is undefined and the percentile interval is returned, with
 * {@code method() == PERCENTILE}.
 *
 * <p>Too little data: a group with fewer than 2 observations gives status TOO_LITTLE_DATA and NaN bounds.
 * This class is immutable and thread-safe.
 */
public final class Bootstrap {
  /** Confidence-interval construction. */
  public enum Method {
    /** Plain percentile interval. */
    PERCENTILE,
    /** Bias-corrected and accelerated percentile interval. */
    BCA
  }

  /** Default number of resamples. */
  public static final int DEFAULT_RESAMPLES = 10_000;
  /** Default confidence level. */
  public static final double DEFAULT_CONFIDENCE = 0.95;

  private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0.0, 1.0,
      NormalDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);

  private final int resamples;
  private final double confidence;
  private final long seed;
  private final Method method;

  /** Default resamples (10,000), confidence (0.95) and method (BCa) with the given seed. */
  public Bootstrap(long seed) {
    this(DEFAULT_RESAMPLES, DEFAULT_CONFIDENCE, seed, Method.BCA);
  }

  /**
   * @param resamples number of resamples, at least 100
   * @param confidence confidence level in (0,1)
   * @param seed generator seed
   * @param method interval method
   */
  public Bootstrap(int resamples, double confidence, long seed, Method method) {
    if (resamples < 100) {
      throw new IllegalArgumentException("resamples must be at least 100, got " + resamples);
    }
    this.resamples = resamples;
    this.confidence = Checks.confidence(confidence);
    this.seed = seed;
    if (method == null) {
      throw new IllegalArgumentException("method must not be null");
    }
    this.method = method;
  }

  /** A copy with another number of resamples. */
  public Bootstrap withResamples(int newResamples) {
    return new Bootstrap(newResamples, confidence, seed, method);
  }

  /** A copy with another confidence level. */
  public Bootstrap withConfidence(double newConfidence) {
    return new Bootstrap(resamples, newConfidence, seed, method);
  }

  /** A copy with another seed. */
  public Bootstrap withSeed(long newSeed) {
    return new Bootstrap(resamples, confidence, newSeed, method);
  }

  /** A copy with another interval method. */
  public Bootstrap withMethod(Method newMethod) {
    return new Bootstrap(resamples, confidence, seed, newMethod);
  }

  public int resamples() {
    return resamples;
  }

  public double confidence() {
    return confidence;
  }

  public long seed() {
    return seed;
  }

  public Method method() {
    return method;
  }

  /** Confidence interval for the mean of {@code x}. */
  public BootstrapResult mean(double[] x) {
    Checks.finite(x, "x");
    double estimate = x.length == 0 ? Double.NaN : Checks.mean(x);
    if (x.length < 2) {
      return tooLittle(estimate, List.of(x.length),
          "a bootstrap interval needs at least 2 observations, got " + x.length);
    }
    RandomGenerator rng = new Well19937c(seed);
    double[] stats = new double[resamples];
    for (int r = 0; r < resamples; r++) {
      stats[r] = resampleMean(x, rng);
    }
    double[][] influence = {jackknifeMeanDeviations(x, 1.0)};
    return interval(estimate, stats, influence, List.of(x.length));
  }

  /** Confidence interval for mean(a) - mean(b), resampling each group separately. */
  public BootstrapResult meanDifference(double[] a, double[] b) {
    Checks.finite(a, "a");
    Checks.finite(b, "b");
    double estimate = a.length == 0 || b.length == 0 ? Double.NaN : Checks.mean(a) - Checks.mean(b);
    List<Integer> n = List.of(a.length, b.length);
    if (a.length < 2 || b.length < 2) {
      return tooLittle(estimate, n, "a bootstrap interval needs at least 2 observations per group, got "
          + a.length + " and " + b.length);
    }
    RandomGenerator rng = new Well19937c(seed);
    double[] stats = new double[resamples];
    for (int r = 0; r < resamples; r++) {
      double ma = resampleMean(a, rng);
      double mb = resampleMean(b, rng);
      stats[r] = ma - mb;
    }
    double[][] influence = {jackknifeMeanDeviations(a, 1.0), jackknifeMeanDeviations(b, -1.0)};
    return interval(estimate, stats, influence, n);
  }

  private BootstrapResult tooLittle(double estimate, List<Integer> n, String reason) {
    return new BootstrapResult(estimate, Double.NaN, Double.NaN, confidence, resamples, seed, method, n,
        Status.TOO_LITTLE_DATA, reason);
  }

  private static double resampleMean(double[] x, RandomGenerator rng) {
    double s = 0.0;
    for (int i = 0; i < x.length; i++) {
      s += x[rng.nextInt(x.length)];
    }
    return s / x.length;
  }

  /**
   * Jackknife deviations theta_dot - theta_(i) for a mean, times sign (the sign is -1 for group B of a
   * difference A - B). For the mean, theta_(i) = (S - x_i)/(n-1), so theta_dot - theta_(i) =
   * (x_i - mean)/(n-1).
   */
  static double[] jackknifeMeanDeviations(double[] x, double sign) {
    double m = Checks.mean(x);
    double[] d = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      d[i] = sign * (x[i] - m) / (x.length - 1);
    }
    return d;
  }

  /**
   * BCa acceleration from per-group jackknife deviations d (theta_dot - theta_(i)):
   * with U = (n-1) d, a = sum_groups(sum U^3 / n^3) / (6 * (sum_groups(sum U^2 / n^2))^1.5).
   * For one sample this is the classic sum d^3 / (6 (sum d^2)^1.5). Returns 0 when all deviations are 0.
   */
  static double acceleration(double[][] deviations) {
    double num = 0.0;
    double den = 0.0;
    for (double[] d : deviations) {
      int n = d.length;
      double s3 = 0.0;
      double s2 = 0.0;
      for (double v : d) {
        double u = (n - 1) * v;
        s3 += u * u * u;
        s2 += u * u;
      }
      num += s3 / ((double) n * n * n);
      den += s2 / ((double) n * n);
    }
    if (den == 0.0) {
      return 0.0;
    }
    return num / (6.0 * Math.pow(den, 1.5));
  }

  /** Bias correction z0 = Phi^-1((#below + #equal/2) / B); infinite when all statistics lie on one side. */
  static double biasCorrection(double[] sortedStats, double estimate) {
    double below = 0;
    double equal = 0;
    for (double s : sortedStats) {
      if (s < estimate) {
        below++;
      } else if (s == estimate) {
        equal++;
      }
    }
    double share = (below + equal / 2.0) / sortedStats.length;
    if (share <= 0.0) {
      return Double.NEGATIVE_INFINITY;
    }
    if (share >= 1.0) {
      return Double.POSITIVE_INFINITY;
    }
    return STANDARD_NORMAL.inverseCumulativeProbability(share);
  }

  /** Type-7 quantile of sorted values at level p in [0,1]. */
  static double quantile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    if (lo >= sorted.length - 1) {
      return sorted[sorted.length - 1];
    }
    if (lo < 0) {
      return sorted[0];
    }
    return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
  }

  private BootstrapResult interval(double estimate, double[] stats, double[][] influence, List<Integer> n) {
    Arrays.sort(stats);
    double alpha = 1.0 - confidence;
    double pLow = alpha / 2.0;
    double pHigh = 1.0 - alpha / 2.0;
    Method used = Method.PERCENTILE;
    if (method == Method.BCA) {
      double z0 = biasCorrection(stats, estimate);
      double a = acceleration(influence);
      double zLow = STANDARD_NORMAL.inverseCumulativeProbability(alpha / 2.0);
      double zHigh = -zLow;
      // BCa is undefined when z0 is infinite or when 1 - a (z0 + z) is not positive (the level map would fold).
      if (Double.isFinite(z0) && 1.0 - a * (z0 + zLow) > 0.0 && 1.0 - a * (z0 + zHigh) > 0.0) {
        pLow = bcaLevel(z0, a, zLow);
        pHigh = bcaLevel(z0, a, zHigh);
        used = Method.BCA;
      }
    }
    double lower = quantile(stats, pLow);
    double upper = quantile(stats, pHigh);
    return new BootstrapResult(estimate, lower, upper, confidence, resamples, seed, used, n, Status.OK, "");
  }

  /** Adjusted quantile level Phi(z0 + (z0 + z)/(1 - a (z0 + z))). */
  static double bcaLevel(double z0, double a, double z) {
    double t = z0 + z;
    return STANDARD_NORMAL.cumulativeProbability(z0 + t / (1.0 - a * t));
  }
}
