package org.framescope.compare;

import java.util.List;
import org.framescope.stats.Comparisons;
import org.framescope.stats.Significance;
import org.framescope.stats.TestResult;

/** The test of one value per article (a rate, a stance score) shared by the per-article contrasts. */
final class PerArticle {
  private PerArticle() { }

  /**
   * Mann-Whitney with a bootstrap interval of the difference of means when both sides have
   * {@link CompareConfig#minArticles()} values, else "too little data" (with the two means when both exist).
   * Nothing is added when neither side has a value.
   */
  static void test(Contrast.Pair pair, Contrast.Results out, String contrast, String subject, double[] xa,
                   double[] xb) {
    if (xa.length == 0 && xb.length == 0) {
      return;
    }
    int min = pair.config().minArticles();
    Significance sig;
    if (xa.length < min || xb.length < min) {
      sig = Significance.of(TestResult.tooLittleData("Mann-Whitney", "only " + xa.length + " and " + xb.length
          + " articles (at least " + min + " each are needed)", List.of(xa.length, xb.length)));
      if (xa.length > 0 && xb.length > 0) {
        sig = sig.withGroupValues(Numbers.mean(xa), Numbers.mean(xb));
      }
    } else {
      sig = Comparisons.means(xa, xb, pair.bootstrap());
    }
    out.test(pair, contrast, subject, sig, null, xa.length, null, xb.length);
  }

  /** The finite values of a metric over articles. */
  static double[] values(List<ArticleFeatures> list, String metric) {
    return list.stream().mapToDouble(f -> f.metric(metric)).filter(Double::isFinite).toArray();
  }
}
