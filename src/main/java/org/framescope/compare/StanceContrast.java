package org.framescope.compare;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Stance toward each actor in the outlet's own voice ({@code stance}, subject = the actor): the article's author
 * stance score (-1 negative to +1 positive), one value per article that mentions the actor in its own voice.
 */
public final class StanceContrast implements Contrast {
  @Override
  public void compare(Pair pair, Results out) {
    if (!pair.perArticle()) {
      return;
    }
    SortedSet<String> actors = new TreeSet<>(pair.summaryA().stance().keySet());
    actors.addAll(pair.summaryB().stance().keySet());
    for (String actor : actors) {
      PerArticle.test(pair, out, "stance", actor, scores(pair.articlesA(), actor), scores(pair.articlesB(), actor));
    }
  }

  private static double[] scores(List<ArticleFeatures> list, String actor) {
    return list.stream().map(f -> f.stance().get(actor)).filter(v -> v != null).mapToDouble(Double::doubleValue)
        .toArray();
  }
}
