package org.framescope.stats;

import java.util.List;
import java.util.Objects;

/**
 * Outcome of one hypothesis test.
 *
 * @param test short test name used in sentences, e.g. "Mann-Whitney", "Welch t-test", "Fisher's exact test"
 * @param status OK, or TOO_LITTLE_DATA (then statistic, p and effect are NaN and reason says why)
 * @param reason empty when OK; a human sentence otherwise
 * @param statisticName name of the test statistic ("U", "t", "chi-square", "mean difference", "odds ratio")
 * @param statistic value of the statistic
 * @param df degrees of freedom, NaN when the test has none
 * @param p two-sided p-value in [0,1]
 * @param pMethod how p was obtained ("exact", "normal approximation", "Monte Carlo, 10000 resamples", ...)
 * @param effectName name of the effect size ("rank-biserial r", "Hedges' g", "Cramér's V", ...)
 * @param effect effect size value
 * @param n observations per group (or row totals of a table), in input order
 */
public record TestResult(String test, Status status, String reason, String statisticName, double statistic,
                         double df, double p, String pMethod, String effectName, double effect,
                         List<Integer> n) {
  public TestResult {
    Objects.requireNonNull(test, "test");
    Objects.requireNonNull(status, "status");
    reason = reason == null ? "" : reason;
    statisticName = statisticName == null ? "" : statisticName;
    pMethod = pMethod == null ? "" : pMethod;
    effectName = effectName == null ? "" : effectName;
    n = List.copyOf(n);
    if (status == Status.OK) {
      if (!(p >= 0.0 && p <= 1.0)) {
        throw new IllegalArgumentException(test + ": p must be in [0,1] when status is OK, got " + p);
      }
    } else {
      if (reason.isBlank()) {
        throw new IllegalArgumentException(test + ": a TOO_LITTLE_DATA result needs a reason");
      }
      if (!Double.isNaN(p)) {
        throw new IllegalArgumentException(test + ": a TOO_LITTLE_DATA result has no p-value, got " + p);
      }
    }
  }

  /** A TOO_LITTLE_DATA result: no statistic, no p, no effect; {@code reason} is shown to the reader. */
  public static TestResult tooLittleData(String test, String reason, List<Integer> n) {
    return new TestResult(test, Status.TOO_LITTLE_DATA, reason, "", Double.NaN, Double.NaN, Double.NaN, "",
        "", Double.NaN, n);
  }

  /** True when status is OK. */
  public boolean ok() {
    return status == Status.OK;
  }
}
