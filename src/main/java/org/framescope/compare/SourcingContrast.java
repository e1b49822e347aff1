package org.framescope.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import org.framescope.model.Attribution;

/**
 * Whose voices each side quotes: its attributions by speaker country ({@code sources-country}) and by speaker
 * type ({@code sources-type}), compared as distributions (chi-square, or a Jensen-Shannon permutation test when
 * expected counts are small).
 */
public final class SourcingContrast implements Contrast {
  @Override
  public void compare(Pair pair, Results out) {
    List<Attribution> aa = Attributions.of(pair.articlesA());
    List<Attribution> ab = Attributions.of(pair.articlesB());
    if (aa.isEmpty() && ab.isEmpty()) {
      return;
    }
    distribution(pair, out, "sources-country", aa, ab, Attributions::country);
    distribution(pair, out, "sources-type", aa, ab, at -> at.speaker().type().json());
  }

  private static void distribution(Pair pair, Results out, String contrast, List<Attribution> aa,
                                   List<Attribution> ab, Function<Attribution, String> key) {
    SortedSet<String> cats = new TreeSet<>();
    aa.forEach(x -> cats.add(key.apply(x)));
    ab.forEach(x -> cats.add(key.apply(x)));
    if (cats.size() < 2) {
      return;
    }
    List<String> cols = new ArrayList<>(cats);
    long[][] t = new long[2][cols.size()];
    for (Attribution x : aa) {
      t[0][cols.indexOf(key.apply(x))]++;
    }
    for (Attribution x : ab) {
      t[1][cols.indexOf(key.apply(x))]++;
    }
    out.test(pair, contrast, "", Attributions.table(t, aa.size(), ab.size(), "attributions", pair), null, aa.size(),
        null, ab.size());
  }
}
