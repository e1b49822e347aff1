package org.framescope.pipeline;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/** Stance toward actors per voice: SENTENCES and NER in, STANCE out. */
final class StanceStage extends BaseStage {
  private final ActorStances stances;

  /** @param modelSha256 SHA-256 of the stance model file, recorded as model "stance" */
  StanceStage(ActorStances stances, String modelSha256) {
    super("stance", Set.of(Annotation.SENTENCES, Annotation.NER), Set.of(Annotation.STANCE),
        new StageProvenance(Map.of(), Map.of("stance", modelSha256), Map.of()));
    this.stances = Objects.requireNonNull(stances, "stances");
  }

  @Override
  public void apply(ArticleState state) {
    state.setStance(state.scored() ? stances.score(state.nlp().sentences(), state.sentences(), state.embeddingsOrNull())
        : new TreeMap<>());
  }
}
