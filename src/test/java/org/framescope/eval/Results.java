package org.framescope.eval;

import org.framescope.testing.Articles;
import org.framescope.model.Voice;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.framescope.model.ActorStance;
import org.framescope.model.ArticleResult;
import org.framescope.model.BiasScore;
import org.framescope.model.Provenance;
import org.framescope.model.SentenceResult;
import org.framescope.model.StanceScore;

/** Hand-made article results for BASIL fixture articles (no NLP). */
final class Results {
  static final Path FIXTURE = Path.of("src", "test", "resources", "eval", "basil");

  private Results() { }

  /**
   * A result for {@code a} with the given metrics, one author sentence per bias probability, and author-voice
   * stance scores (label from the pipeline's 0.15 threshold).
   */
  static ArticleResult result(BasilArticle a, Map<String, Double> metrics, double[] bias, Map<String, Double> stance) {
    List<SentenceResult> sentences = new ArrayList<>();
    for (int i = 0; i < bias.length; i++) {
      sentences.add(new SentenceResult(i, i, i + 1, "s", Voice.AUTHOR, null, List.of(), List.of(),
          new BiasScore(bias[i], List.of(), "test@1")));
    }
    TreeMap<String, ActorStance> st = new TreeMap<>();
    stance.forEach((k, v) -> st.put(k, ActorStance.of(new StanceScore(v, v >= 0.15 ? "positive"
        : v <= -0.15 ? "negative" : "neutral", 1, List.of(0)), null)));
    Provenance p = new Provenance("0.1.0", "4.5.10", List.of(), Map.of(), Map.of(), Map.of(),
        BasilCorpus.toRawDocument(a).sha256());
    return Articles.article(a.id()).source("basil:" + a.id()).title(a.title()).outlet(a.outlet()).published(a.date())
        .url(a.url()).event(a.triplet()).body(a.body()).sentences(sentences).stance(st).metrics(metrics)
        .provenance(p).build();
  }
}
