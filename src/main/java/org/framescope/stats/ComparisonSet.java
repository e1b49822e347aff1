package org.framescope.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Collects the named results of one comparison run (for example "loaded rate: Herald vs Wire",
 * "stance toward Iran: Herald vs Wire", ...) and adjusts their p-values together, so that reporting many
 * comparisons does not inflate false discoveries. Input: unique names with {@link Significance} or
 * {@link TestResult} values. Output: the same results in insertion order with q filled in; results without
 * a p-value (TOO_LITTLE_DATA) keep q = NaN and do not count towards m.
 *
 * <p>This collector is mutable and not thread-safe; {@link #adjusted()} returns an unmodifiable snapshot.
 */
public final class ComparisonSet {
  private final Map<String, Significance> results = new LinkedHashMap<>();

  /** Adds a result; names must be unique. Returns this set for chaining. */
  public ComparisonSet add(String name, Significance result) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(result, "result");
    if (results.containsKey(name)) {
      throw new IllegalArgumentException("duplicate comparison name: " + name);
    }
    results.put(name, result);
    return this;
  }

  /** Adds a test result as {@link Significance#of(TestResult)}. */
  public ComparisonSet add(String name, TestResult result) {
    return add(name, Significance.of(result));
  }

  /** Number of results collected. */
  public int size() {
    return results.size();
  }

  /** The results adjusted with Benjamini-Hochberg, in insertion order. */
  public Map<String, Significance> adjusted() {
    return adjusted(MultipleComparisons.Adjustment.BH);
  }

  /** The results adjusted with {@code method}, in insertion order; adjustment is "BH" or "Holm". */
  public Map<String, Significance> adjusted(MultipleComparisons.Adjustment method) {
    Objects.requireNonNull(method, "method");
    List<String> names = new ArrayList<>(results.keySet());
    double[] p = new double[names.size()];
    for (int i = 0; i < p.length; i++) {
      Significance s = results.get(names.get(i));
      p[i] = s.status() == Status.OK ? s.p() : Double.NaN;
    }
    double[] q = MultipleComparisons.adjust(p, method);
    String label = method == MultipleComparisons.Adjustment.BH ? "BH" : "Holm";
    Map<String, Significance> out = new LinkedHashMap<>();
    for (int i = 0; i < p.length; i++) {
      Significance s = results.get(names.get(i));
      out.put(names.get(i), Double.isNaN(q[i]) ? s.withQ(Double.NaN, "") : s.withQ(q[i], label));
    }
    return Collections.unmodifiableMap(out);
  }
}
