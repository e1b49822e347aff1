package org.framescope.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.framescope.compare.ComparisonReport.PairValue;
import org.framescope.compare.ComparisonReport.SideSummary;
import org.framescope.compare.ComparisonReport.WordContrast;
import org.framescope.stats.Bootstrap;
import org.framescope.stats.Significance;

/**
 * One kind of contrast between two sides (outlets or outlet groups) within one scope (an event, or the events
 * both sides covered, pooled). In: a {@link Pair}: both sides' articles and summaries. Out: tests, word contrasts
 * and divergences added to {@link Results}. Implementations hold no state and write no prose: the sentences
 * are the report's ({@code report.TestProse}). {@link Comparison#CONTRASTS} lists the contrasts that run; adding
 * one is a class here and one line there.
 */
public interface Contrast {
  /** Adds this contrast's results for one pair of sides. */
  void compare(Pair pair, Results out);

  /**
   * Two sides within one scope.
   *
   * @param scope event id or {@link ComparisonReport#POOLED}
   * @param pooled true for the pooled scope (per-article contrasts are then tested whatever the event sizes)
   * @param sideA first side (alphabetically)
   * @param sideB second side
   * @param articlesA side A's articles in the scope
   * @param articlesB side B's articles in the scope
   * @param summaryA side A's summary over {@code articlesA}
   * @param summaryB side B's summary over {@code articlesB}
   * @param config the comparison settings
   * @param bootstrap the seeded bootstrap for intervals
   */
  record Pair(String scope, boolean pooled, String sideA, String sideB, List<ArticleFeatures> articlesA,
              List<ArticleFeatures> articlesB, SideSummary summaryA, SideSummary summaryB, CompareConfig config,
              Bootstrap bootstrap) {
    public Pair {
      Objects.requireNonNull(scope, "scope");
      articlesA = List.copyOf(articlesA);
      articlesB = List.copyOf(articlesB);
      Objects.requireNonNull(config, "config");
      Objects.requireNonNull(bootstrap, "bootstrap");
    }

    /** True when per-article values may be tested here: pooled, or enough articles on both sides. */
    public boolean perArticle() {
      return pooled || articlesA.size() >= config.minArticles() && articlesB.size() >= config.minArticles();
    }
  }

  /**
   * A test waiting for its q-value.
   *
   * @param contrast contrast name (loaded-author, sourcing, ...)
   * @param subject what within the contrast ("" when none)
   * @param countA successes on side A for count contrasts, else null
   * @param nA observations on side A
   * @param countB successes on side B, else null
   * @param nB observations on side B
   */
  record Pending(String scope, String contrast, String subject, String sideA, String sideB, Significance sig,
                 Integer countA, int nA, Integer countB, int nB) {
    /** Stable id: scope/contrast[/subject]/sideA~sideB. */
    public String id() {
      return scope + "/" + contrast + (subject.isEmpty() ? "" : "/" + subject) + "/" + sideA + "~" + sideB;
    }
  }

  /** What the contrasts of one pair add: tests, distinctive words, frame divergences. */
  final class Results {
    private final List<Pending> tests = new ArrayList<>();
    private final List<WordContrast> words = new ArrayList<>();
    private final List<PairValue> divergences = new ArrayList<>();

    /** Adds a test of {@code pair}. */
    public void test(Pair pair, String contrast, String subject, Significance sig, Integer countA, int nA,
                     Integer countB, int nB) {
      tests.add(new Pending(pair.scope(), contrast, subject, pair.sideA(), pair.sideB(), sig, countA, nA, countB,
          nB));
    }

    public void words(WordContrast w) {
      words.add(w);
    }

    public void divergence(PairValue v) {
      divergences.add(v);
    }

    List<Pending> tests() {
      return tests;
    }

    List<WordContrast> words() {
      return words;
    }

    List<PairValue> divergences() {
      return divergences;
    }
  }
}
