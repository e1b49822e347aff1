package org.framescope.stats;

import java.util.Objects;

/**
 * Difference of two proportions p1 - p2 = k1/n1 - k2/n2 with its confidence interval.
 *
 * @param k1 successes in group 1
 * @param n1 trials in group 1
 * @param k2 successes in group 2
 * @param n2 trials in group 2
 * @param interval estimate p1 - p2 with Newcombe hybrid-score bounds (NaN bounds when TOO_LITTLE_DATA)
 * @param status OK, or TOO_LITTLE_DATA when n1 or n2 is below {@link Proportions#MIN_N}
 * @param reason empty when OK; a human sentence otherwise
 */
public record ProportionDifference(int k1, int n1, int k2, int n2, Interval interval, Status status,
                                   String reason) {
  public ProportionDifference {
    Proportions.checkCounts(k1, n1, "group 1");
    Proportions.checkCounts(k2, n2, "group 2");
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(status, "status");
    reason = reason == null ? "" : reason;
    if (status == Status.TOO_LITTLE_DATA && reason.isBlank()) {
      throw new IllegalArgumentException("a TOO_LITTLE_DATA result needs a reason");
    }
  }

  /** k1 / n1 (NaN when n1 = 0). */
  public double p1() {
    return n1 == 0 ? Double.NaN : (double) k1 / n1;
  }

  /** k2 / n2 (NaN when n2 = 0). */
  public double p2() {
    return n2 == 0 ? Double.NaN : (double) k2 / n2;
  }
}
