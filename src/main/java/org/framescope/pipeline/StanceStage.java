package org.framescope.pipeline;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.framescope.model.NlpSentence;
import org.framescope.voice.ActorMention;
import org.framescope.voice.VoiceResult;

/**
 * Stance toward actors per voice: SENTENCES and NER in, STANCE out. When built to reuse the voice stage's actor
 * mentions (the voice analyzer searched the sentences with the same registry), it does not search them again.
 */
final class StanceStage extends BaseStage {
  private final ActorStances stances;
  private final boolean voiceMentions;

  /** @param modelSha256 SHA-256 of the stance model file, recorded as model "stance" */
  StanceStage(ActorStances stances, String modelSha256) {
    this(stances, modelSha256, false);
  }

  /**
   * @param voiceMentions whether the voice stage's actor mentions ({@link VoiceResult#mentions()}) were found with
   *     the registry of {@code stances}, so they can be reused
   */
  StanceStage(ActorStances stances, String modelSha256, boolean voiceMentions) {
    super("stance", Set.of(Annotation.SENTENCES, Annotation.NER), Set.of(Annotation.STANCE),
        new StageProvenance(Map.of(), Map.of("stance", modelSha256), Map.of()));
    this.stances = Objects.requireNonNull(stances, "stances");
    this.voiceMentions = voiceMentions;
  }

  @Override
  public void apply(ArticleState state) {
    if (!state.scored()) {
      state.setStance(new TreeMap<>());
      return;
    }
    List<NlpSentence> nlp = state.nlp().sentences();
    VoiceResult voice = state.voice();
    List<List<ActorMention>> mentions = voiceMentions && voice != null && voice.mentions().size() == nlp.size()
        ? voice.mentions() : null;
    state.setStance(stances.score(nlp, state.sentences(), state.embeddingsOrNull(), mentions));
  }
}
