package org.framescope.stats;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A point estimate with a two-sided confidence interval.
 *
 * @param estimate the point estimate (for example a difference of means or proportions)
 * @param lower lower bound (NaN when undefined)
 * @param upper upper bound (NaN when undefined)
 * @param confidence confidence level in (0,1), for example 0.95
 */
public record Interval(double estimate, double lower, double upper, double confidence) {
  public Interval {
    if (!(confidence > 0.0 && confidence < 1.0)) {
      throw new IllegalArgumentException("confidence must be in (0,1), got " + confidence);
    }
    if (lower > upper) {
      throw new IllegalArgumentException("lower bound " + lower + " > upper bound " + upper);
    }
  }

  /** An interval with no estimate and no bounds (all NaN), for results that have none. */
  public static Interval none() {
    return new Interval(Double.NaN, Double.NaN, Double.NaN, 0.95);
  }

  /** True when both bounds are numbers. */
  @JsonIgnore
  public boolean isDefined() {
    return !Double.isNaN(lower) && !Double.isNaN(upper);
  }

  /** True when the interval is defined and contains {@code value} (bounds inclusive). */
  public boolean contains(double value) {
    return isDefined() && lower <= value && value <= upper;
  }
}
