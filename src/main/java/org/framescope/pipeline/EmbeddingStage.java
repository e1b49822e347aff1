package org.framescope.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.framescope.classify.SentenceEncoder;
import org.framescope.model.NlpSentence;

/**
 * Sentence embeddings (accurate profile): TOKENS in, EMBEDDINGS out, each sentence encoded once and shared by
 * the bias and stance models.
 */
final class EmbeddingStage extends BaseStage {
  private final SentenceEncoder encoder;

  EmbeddingStage(SentenceEncoder encoder) {
    super("embeddings", Set.of(Annotation.TOKENS), Set.of(Annotation.EMBEDDINGS),
        new StageProvenance(Map.of(), Map.of("sentence-encoder", encoder.provenance().get("modelSha256")),
            Map.of("sentenceEncoder", encoder.id())));
    this.encoder = Objects.requireNonNull(encoder, "encoder");
  }

  @Override
  public void apply(ArticleState state) {
    List<float[]> out = new ArrayList<>();
    for (NlpSentence s : state.nlp().sentences()) {
      out.add(state.scored() ? encoder.encode(s.text()) : null);
    }
    state.setEmbeddings(out);
  }
}
