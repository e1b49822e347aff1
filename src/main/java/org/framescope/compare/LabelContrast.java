package org.framescope.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.framescope.compare.ComparisonReport.WordContrast;
import org.framescope.compare.ComparisonReport.WordScore;
import org.framescope.stats.Contingency;
import org.framescope.stats.FightinWords;
import org.framescope.stats.ProportionDifference;
import org.framescope.stats.Proportions;
import org.framescope.stats.Significance;
import org.framescope.stats.Status;
import org.framescope.stats.TestResult;
import org.framescope.text.Tokenizer;

/**
 * Word choice: for each contested-name group ({@code labels}, subject {@code group|name}), which of its names each
 * side used (Fisher's exact test for two names, chi-square for more), with the counts and the Newcombe interval of
 * the share of one name, the alphabetically first used ({@code name}); and the words that most distinguish the two sides' article bodies (Fightin' Words:
 * log-odds ratio with an informative Dirichlet prior, |z| at least 1.96; exploratory, no test).
 */
public final class LabelContrast implements Contrast {
  @Override
  public void compare(Pair pair, Results out) {
    labels(pair, out);
    out.words(distinctiveWords(pair));
  }

  private static void labels(Pair pair, Results out) {
    int minCount = pair.config().minCount();
    SortedSet<String> groups = new TreeSet<>(pair.summaryA().labels().keySet());
    groups.addAll(pair.summaryB().labels().keySet());
    for (String g : groups) {
      SortedMap<String, Integer> ca = pair.summaryA().labels().getOrDefault(g, new TreeMap<>());
      SortedMap<String, Integer> cb = pair.summaryB().labels().getOrDefault(g, new TreeMap<>());
      SortedSet<String> names = new TreeSet<>(ca.keySet());
      names.addAll(cb.keySet());
      if (names.size() < 2) {
        continue;
      }
      int na = ca.values().stream().mapToInt(Integer::intValue).sum();
      int nb = cb.values().stream().mapToInt(Integer::intValue).sum();
      List<String> cols = new ArrayList<>(names);
      String first = cols.get(0);
      int ka = ca.getOrDefault(first, 0);
      int kb = cb.getOrDefault(first, 0);
      Significance sig;
      if (na < minCount || nb < minCount) {
        sig = Significance.of(TestResult.tooLittleData("Fisher's exact test", "only " + na + " and " + nb
            + " labels (at least " + minCount + " each are needed)", List.of(na, nb)));
      } else if (cols.size() == 2) {
        sig = Significance.of(Proportions.fisherExact(ka, na - ka, kb, nb - kb));
      } else {
        long[][] t = new long[2][cols.size()];
        for (int c = 0; c < cols.size(); c++) {
          t[0][c] = ca.getOrDefault(cols.get(c), 0);
          t[1][c] = cb.getOrDefault(cols.get(c), 0);
        }
        sig = Significance.of(Contingency.chiSquare(t));
      }
      if (na > 0 && nb > 0) {
        sig = sig.withGroupValues((double) ka / na, (double) kb / nb);
        ProportionDifference pd = Proportions.newcombe(ka, na, kb, nb);
        if (pd.status() == Status.OK && sig.status() == Status.OK) {
          sig = sig.withDifference(pd.interval());
        }
      }
      out.test(pair, "labels", g + "|" + first, sig, ka, na, kb, nb);
    }
  }

  private static WordContrast distinctiveWords(Pair pair) {
    Map<String, Integer> ca = wordCounts(pair.articlesA());
    Map<String, Integer> cb = wordCounts(pair.articlesB());
    int max = pair.config().distinctiveWords();
    List<WordScore> favourA = new ArrayList<>();
    List<WordScore> favourB = new ArrayList<>();
    if (!ca.isEmpty() && !cb.isEmpty() && max > 0) {
      List<FightinWords.WordScore> scores = FightinWords.score(ca, cb);
      for (FightinWords.WordScore w : scores) {
        if (w.z() >= 1.96 && favourA.size() < max) {
          favourA.add(new WordScore(w.word(), Numbers.round(w.z()), (long) w.countI(), (long) w.countJ()));
        }
      }
      for (int i = scores.size() - 1; i >= 0; i--) {
        FightinWords.WordScore w = scores.get(i);
        if (w.z() <= -1.96 && favourB.size() < max) {
          favourB.add(new WordScore(w.word(), Numbers.round(w.z()), (long) w.countI(), (long) w.countJ()));
        }
      }
    }
    return new WordContrast(pair.sideA(), pair.sideB(), favourA, favourB);
  }

  private static Map<String, Integer> wordCounts(List<ArticleFeatures> list) {
    Map<String, Integer> m = new TreeMap<>();
    for (ArticleFeatures f : list) {
      for (String w : Tokenizer.contentWords(f.article().body())) {
        m.merge(w, 1, Integer::sum);
      }
    }
    return m;
  }
}
