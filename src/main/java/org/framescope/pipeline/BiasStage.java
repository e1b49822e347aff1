package org.framescope.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.framescope.classify.BiasModel;
import org.framescope.model.NlpSentence;

/**
 * Sentence bias: TOKENS in (the model reads sentence text; an embedding-based model also needs EMBEDDINGS), BIAS
 * (score and biased words per sentence) out.
 */
final class BiasStage extends BaseStage {
  private final BiasModel model;

  /** @param modelSha256 SHA-256 of the model file, recorded as model "bias" */
  BiasStage(BiasModel model, String modelSha256) {
    super("bias", model.needsEmbedding() ? Set.of(Annotation.TOKENS, Annotation.EMBEDDINGS) : Set.of(Annotation.TOKENS),
        Set.of(Annotation.BIAS),
        new StageProvenance(Map.of(), Map.of("bias", modelSha256), Map.of()));
    this.model = Objects.requireNonNull(model, "model");
  }

  @Override
  public void apply(ArticleState state) {
    List<BiasModel.Scored> out = new ArrayList<>();
    List<float[]> embeddings = state.embeddingsOrNull();
    List<NlpSentence> sentences = state.nlp().sentences();
    for (int i = 0; i < sentences.size(); i++) {
      NlpSentence s = sentences.get(i);
      out.add(!state.scored() ? new BiasModel.Scored(null, List.of())
          : model.scoreWithWords(s.text(), s.begin(), embeddings == null ? null : embeddings.get(i)));
    }
    state.setBias(out);
  }
}
