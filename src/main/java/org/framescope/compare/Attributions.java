package org.framescope.compare;

import java.util.ArrayList;
import java.util.List;
import org.framescope.model.Attribution;
import org.framescope.stats.Contingency;
import org.framescope.stats.Divergence;
import org.framescope.stats.Significance;
import org.framescope.stats.TestResult;

/** Helpers of the contrasts that count attributions or other items in tables. */
final class Attributions {
  /** The country of a speaker when unknown. */
  static final String UNKNOWN = "unknown";

  private Attributions() { }

  static String country(Attribution at) {
    String c = at.speaker().country();
    return c == null || c.isBlank() ? UNKNOWN : c;
  }

  static List<Attribution> of(List<ArticleFeatures> list) {
    List<Attribution> out = new ArrayList<>();
    for (ArticleFeatures f : list) {
      out.addAll(f.article().attributions());
    }
    return out;
  }

  /**
   * A 2 x k table test: chi-square, or a Jensen-Shannon permutation test when expected counts are too small for
   * chi-square; "too little data" below {@link CompareConfig#minCount()} items a side.
   */
  static Significance table(long[][] t, int na, int nb, String unit, Contrast.Pair pair) {
    CompareConfig config = pair.config();
    if (na < config.minCount() || nb < config.minCount()) {
      return Significance.of(TestResult.tooLittleData("chi-square test", "only " + na + " and " + nb + " "
          + unit + " (at least " + config.minCount() + " each are needed)", List.of(na, nb)));
    }
    TestResult r = Contingency.chiSquare(t);
    if (!r.ok()) {
      // expected counts too small for chi-square: a permutation test of the Jensen-Shannon divergence is valid
      r = Divergence.jensenShannonTest(t[0], t[1], config.bootstrapResamples(), config.seed());
    }
    return Significance.of(r);
  }
}
