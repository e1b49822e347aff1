package org.framescope.compare;

/**
 * Loaded language per voice: loaded spans per 100 words in the outlet's own voice ({@code loaded-author}) and in
 * the voices it quotes or reports ({@code loaded-quoted}), one value per article. An outlet can keep its own
 * voice neutral and let its sources do the name-calling; the two rates separate these.
 */
public final class LoadedLanguageContrast implements Contrast {
  @Override
  public void compare(Pair pair, Results out) {
    if (!pair.perArticle()) {
      return;
    }
    PerArticle.test(pair, out, "loaded-author", "",
        PerArticle.values(pair.articlesA(), ArticleFeatures.LOADED_PER100_AUTHOR),
        PerArticle.values(pair.articlesB(), ArticleFeatures.LOADED_PER100_AUTHOR));
    PerArticle.test(pair, out, "loaded-quoted", "",
        PerArticle.values(pair.articlesA(), ArticleFeatures.LOADED_PER100_QUOTED),
        PerArticle.values(pair.articlesB(), ArticleFeatures.LOADED_PER100_QUOTED));
  }
}
