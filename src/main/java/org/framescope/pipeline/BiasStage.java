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
 * (score and biased words per sentence) out. A heading, a dateline or a caption fragment ({@link #heading}: fewer
 * than {@link #MIN_WORDS} words and no verb, such as "Key Points") gets no score: the models learned from BABE's
 * sentences, none of which is shorter than 7 words in its first set and 2 of 3,674 shorter than 6 in its second.
 * A short sentence with a verb ("That claim is false.") is scored.
 */
final class BiasStage extends BaseStage {
  /** Fewest words (tokens with a letter or digit) a sentence without a verb needs for a bias score. */
  static final int MIN_WORDS = 5;

  private final BiasModel model;

  /** @param modelSha256 SHA-256 of the model file, recorded as model "bias" */
  BiasStage(BiasModel model, String modelSha256) {
    super("bias", model.needsEmbedding() ? Set.of(Annotation.TOKENS, Annotation.EMBEDDINGS) : Set.of(Annotation.TOKENS),
        Set.of(Annotation.BIAS),
        new StageProvenance(Map.of(), Map.of("bias", modelSha256), Map.of("bias.headingWords",
            Integer.toString(MIN_WORDS))));
    this.model = Objects.requireNonNull(model, "model");
  }

  @Override
  public void apply(ArticleState state) {
    List<BiasModel.Scored> out = new ArrayList<>();
    List<float[]> embeddings = state.embeddingsOrNull();
    List<NlpSentence> sentences = state.nlp().sentences();
    for (int i = 0; i < sentences.size(); i++) {
      NlpSentence s = sentences.get(i);
      out.add(!state.scored() || heading(s) ? new BiasModel.Scored(null, List.of())
          : model.scoreWithWords(s.text(), s.begin(), embeddings == null ? null : embeddings.get(i)));
    }
    state.setBias(out);
  }

  /** Fewer than {@link #MIN_WORDS} words and no token tagged as a verb (VB*). */
  static boolean heading(NlpSentence s) {
    return words(s) < MIN_WORDS && s.tokens().stream().noneMatch(t -> t.pos() != null && t.pos().startsWith("VB"));
  }

  /** Tokens with a letter or a digit. */
  static int words(NlpSentence s) {
    int n = 0;
    for (var t : s.tokens()) {
      if (t.word().codePoints().anyMatch(Character::isLetterOrDigit)) {
        n++;
      }
    }
    return n;
  }
}
