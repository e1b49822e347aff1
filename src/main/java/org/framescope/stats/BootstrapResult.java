package org.framescope.stats;

import java.util.List;
import java.util.Objects;

/**
 * A bootstrap confidence interval.
 *
 * @param estimate the statistic on the original data (mean, or mean of A minus mean of B)
 * @param lower lower bound; NaN when status is TOO_LITTLE_DATA
 * @param upper upper bound; NaN when status is TOO_LITTLE_DATA
 * @param confidence confidence level, e.g. 0.95
 * @param resamples number of bootstrap resamples drawn
 * @param seed seed of the Well19937c generator; the same seed and data give identical bounds
 * @param method the interval method actually used (BCa falls back to PERCENTILE when it is undefined, see
 *     {@link Bootstrap})
 * @param n observations per group, in input order
 * @param status OK, or TOO_LITTLE_DATA when a group has fewer than 2 observations
 * @param reason empty when OK; a human sentence otherwise
 */
public record BootstrapResult(double estimate, double lower, double upper, double confidence, int resamples,
                              long seed, Bootstrap.Method method, List<Integer> n, Status status,
                              String reason) {
  public BootstrapResult {
    Checks.confidence(confidence);
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(status, "status");
    n = List.copyOf(n);
    reason = reason == null ? "" : reason;
    if (status == Status.OK && !(lower <= upper)) {
      throw new IllegalArgumentException("bootstrap bounds out of order: " + lower + " > " + upper);
    }
    if (status == Status.TOO_LITTLE_DATA && reason.isBlank()) {
      throw new IllegalArgumentException("a TOO_LITTLE_DATA bootstrap result needs a reason");
    }
  }

  /** The estimate and bounds as an {@link Interval} (bounds NaN when TOO_LITTLE_DATA). */
  public Interval interval() {
    return new Interval(estimate, lower, upper, confidence);
  }
}
