package org.framescope.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.framescope.ingest.Manifest;
import org.framescope.model.ArticleResult;
import org.framescope.model.InputException;

/**
 * Applies a corpus manifest ({@link Manifest}: CSV {@code file,outlet,group,date,event}) to articles that
 * were analysed without it. A row matches an article whose {@code source} is the row's file (resolved
 * against the manifest's folder; {@code file#N} for the N-th record of a corpus file). Non-empty cells
 * replace the article's outlet, outletGroup, published and event. In: the manifest path and articles.
 * Out: the articles, changed where a row matched. A bad manifest fails with an {@link InputException}
 * naming the file (and line for a bad row).
 */
public final class ManifestOverrides {
  private final Manifest manifest;

  private ManifestOverrides(Manifest manifest) {
    this.manifest = manifest;
  }

  /** Reads the manifest. */
  public static ManifestOverrides read(Path manifest) throws InputException {
    return new ManifestOverrides(Manifest.read(manifest));
  }

  /** Applies the manifest at {@code manifest} (null: none) to articles. */
  public static List<ArticleResult> apply(Path manifest, List<ArticleResult> articles) throws InputException {
    return manifest == null ? articles : read(manifest).apply(articles);
  }

  /** The articles with matching rows applied, in the same order. */
  public List<ArticleResult> apply(List<ArticleResult> articles) {
    List<ArticleResult> out = new ArrayList<>();
    for (ArticleResult a : articles) {
      Manifest.Entry row = manifest.lookupSource(a.source()).orElse(null);
      if (row == null) {
        out.add(a);
        continue;
      }
      out.add(new ArticleResult(a.schema(), a.id(), a.source(), a.title(), pick(row.outlet(), a.outlet()),
          pick(row.date(), a.published()), a.url(), pick(row.group(), a.outletGroup()), pick(row.event(), a.event()),
          a.outletCountry(), a.ownership(), a.body(), a.removed(), a.sentences(), a.attributions(), a.stance(),
          a.frames(), a.metrics(), a.flags(), a.provenance()));
    }
    return out;
  }

  private static String pick(String manifest, String article) {
    return manifest == null || manifest.isEmpty() ? article : manifest;
  }
}
