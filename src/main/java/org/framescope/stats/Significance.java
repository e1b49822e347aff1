package org.framescope.stats;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Summary of one comparison as shown in reports: the test, its p-value and adjusted value, an effect size,
 * the estimated difference with its confidence interval, the value of each group and the group sizes.
 * Build it with {@link #of(TestResult)} and the {@code with...} methods; {@link #plainLanguage} turns it
 * into one sentence.
 *
 * @param test test name as used in sentences ("Mann-Whitney")
 * @param statisticName name of the statistic ("U")
 * @param statistic value of the statistic
 * @param p raw two-sided p-value (NaN when TOO_LITTLE_DATA)
 * @param q adjusted p-value after multiple-comparison correction, NaN until adjusted
 * @param adjustment "BH", "Holm" or "" (not adjusted)
 * @param effectName name of the effect size ("rank-biserial r")
 * @param effect effect size value
 * @param difference estimate of A minus B with its confidence interval ({@link Interval#none()} if unknown)
 * @param groupValues the value of the metric in each group (e.g. means), empty when unknown
 * @param n observations per group
 * @param status OK or TOO_LITTLE_DATA
 * @param reason empty when OK; a human sentence otherwise
 */
public record Significance(String test, String statisticName, double statistic, double p, double q,
                           String adjustment, String effectName, double effect, Interval difference,
                           List<Double> groupValues, List<Integer> n, Status status, String reason) {
  public Significance {
    Objects.requireNonNull(test, "test");
    Objects.requireNonNull(status, "status");
    statisticName = statisticName == null ? "" : statisticName;
    adjustment = adjustment == null ? "" : adjustment;
    effectName = effectName == null ? "" : effectName;
    difference = difference == null ? Interval.none() : difference;
    groupValues = List.copyOf(groupValues);
    n = List.copyOf(n);
    reason = reason == null ? "" : reason;
    if (!Double.isNaN(q) && !(q >= 0.0 && q <= 1.0)) {
      throw new IllegalArgumentException("q must be in [0,1] or NaN, got " + q);
    }
    if (status == Status.OK && !(p >= 0.0 && p <= 1.0)) {
      throw new IllegalArgumentException("p must be in [0,1] when status is OK, got " + p);
    }
    if (status == Status.TOO_LITTLE_DATA && reason.isBlank()) {
      throw new IllegalArgumentException("a TOO_LITTLE_DATA result needs a reason");
    }
  }

  /**
   * How a metric is described in a sentence.
   *
   * @param label noun phrase for the metric ("loaded words")
   * @param verbPhrase what a group does, in the past tense ("used loaded words")
   * @param more comparative for a higher value ("more often")
   * @param less comparative for a lower value ("less often")
   * @param unit unit after the group values ("per 100 tokens"), may be empty
   * @param decimals decimals for group values, differences and bounds (0..6)
   */
  public record Metric(String label, String verbPhrase, String more, String less, String unit, int decimals) {
    public Metric {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(verbPhrase, "verbPhrase");
      Objects.requireNonNull(more, "more");
      Objects.requireNonNull(less, "less");
      unit = unit == null ? "" : unit;
      if (decimals < 0 || decimals > 6) {
        throw new IllegalArgumentException("decimals must be 0..6, got " + decimals);
      }
    }

    /** A metric compared with "more often" / "less often". */
    public static Metric of(String label, String verbPhrase, String unit, int decimals) {
      return new Metric(label, verbPhrase, "more often", "less often", unit, decimals);
    }
  }

  /** A summary of {@code r} with no adjustment, no difference interval and no group values yet. */
  public static Significance of(TestResult r) {
    return new Significance(r.test(), r.statisticName(), r.statistic(), r.p(), Double.NaN, "", r.effectName(),
        r.effect(), Interval.none(), List.of(), r.n(), r.status(), r.reason());
  }

  /** A copy with the adjusted p-value {@code newQ} from method {@code newAdjustment} ("BH" or "Holm"). */
  public Significance withQ(double newQ, String newAdjustment) {
    return new Significance(test, statisticName, statistic, p, newQ, newAdjustment, effectName, effect,
        difference, groupValues, n, status, reason);
  }

  /** A copy with the estimated difference A - B and its confidence interval. */
  public Significance withDifference(Interval newDifference) {
    return new Significance(test, statisticName, statistic, p, q, adjustment, effectName, effect,
        newDifference, groupValues, n, status, reason);
  }

  /** A copy with the metric's value in group A and group B. */
  public Significance withGroupValues(double a, double b) {
    return new Significance(test, statisticName, statistic, p, q, adjustment, effectName, effect, difference,
        List.of(a, b), n, status, reason);
  }

  /** True when status is OK and the adjusted value (or p when not adjusted) is below {@code alpha}. */
  public boolean significant(double alpha) {
    double decisive = Double.isNaN(q) ? p : q;
    return status == Status.OK && decisive < alpha;
  }

  /** {@link #plainLanguage(String, String, Metric, double)} with alpha = 0.05. */
  public String plainLanguage(String nameA, String nameB, Metric metric) {
    return plainLanguage(nameA, nameB, metric, 0.05);
  }

  /**
   * One sentence for readers, for example "Vostok Herald used loaded words more often than Meridian Wire
   * (2.1 vs 0.4 per 100 tokens; difference 1.7, 95% CI 0.9 to 2.6; Mann-Whitney p = 0.004, BH q = 0.02)".
   * A difference is claimed only when {@link #significant(double)}; its direction comes from the difference
   * estimate, else from the group values, else from the sign of the effect size. Otherwise the sentence
   * says there is no clear difference, or, for TOO_LITTLE_DATA, that there is too little data and why.
   */
  public String plainLanguage(String nameA, String nameB, Metric metric, double alpha) {
    Objects.requireNonNull(nameA, "nameA");
    Objects.requireNonNull(nameB, "nameB");
    Objects.requireNonNull(metric, "metric");
    if (status == Status.TOO_LITTLE_DATA) {
      return "Too little data to compare " + nameA + " and " + nameB + " on " + metric.label() + ": " + reason
          + ".";
    }
    List<String> parts = new ArrayList<>();
    if (groupValues.size() == 2) {
      parts.add(number(groupValues.get(0), metric.decimals()) + " vs " + number(groupValues.get(1),
          metric.decimals()) + unitSuffix(metric.unit()));
    }
    if (!Double.isNaN(difference.estimate())) {
      String d = "difference " + number(difference.estimate(), metric.decimals());
      if (difference.isDefined()) {
        d += ", " + percent(difference.confidence()) + " CI " + number(difference.lower(), metric.decimals())
            + " to " + number(difference.upper(), metric.decimals());
      }
      parts.add(d);
    }
    String tests = test + " p " + pValue(p);
    if (!Double.isNaN(q)) {
      tests += ", " + ("BH".equals(adjustment) ? "BH q" : adjustment.isEmpty() ? "adjusted p"
          : adjustment + "-adjusted p") + " " + pValue(q);
    }
    parts.add(tests);
    String detail = " (" + String.join("; ", parts) + ")";
    if (!significant(alpha)) {
      return "No clear difference between " + nameA + " and " + nameB + " in " + metric.label() + detail;
    }
    double direction = !Double.isNaN(difference.estimate()) ? difference.estimate()
        : groupValues.size() == 2 ? groupValues.get(0) - groupValues.get(1) : effect;
    if (direction > 0) {
      return nameA + " " + metric.verbPhrase() + " " + metric.more() + " than " + nameB + detail;
    }
    if (direction < 0) {
      return nameA + " " + metric.verbPhrase() + " " + metric.less() + " than " + nameB + detail;
    }
    return nameA + " and " + nameB + " differed in " + metric.label() + detail;
  }

  /** "= 0.004", "= 0.02", "&lt; 0.001": two significant digits, trailing zeros dropped. */
  static String pValue(double value) {
    if (Double.isNaN(value)) {
      return "= n/a";
    }
    if (value < 0.001) {
      return "< 0.001";
    }
    return "= " + new BigDecimal(value).round(new MathContext(2)).stripTrailingZeros().toPlainString();
  }

  private static String number(double value, int decimals) {
    if (Double.isInfinite(value)) {
      return value > 0 ? "infinity" : "-infinity";
    }
    String s = String.format(Locale.ROOT, "%." + decimals + "f", value);
    // avoid "-0.0" for values that round to zero
    return s.matches("-0(\\.0*)?") ? s.substring(1) : s;
  }

  private static String percent(double confidence) {
    double pct = confidence * 100.0;
    return (Math.rint(pct) == pct || Math.abs(pct - Math.rint(pct)) < 1e-9
        ? String.valueOf((long) Math.rint(pct)) : String.format(Locale.ROOT, "%.1f", pct)) + "%";
  }

  private static String unitSuffix(String unit) {
    if (unit.isEmpty()) {
      return "";
    }
    return unit.startsWith("%") ? unit : " " + unit;
  }
}
