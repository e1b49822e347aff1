package org.framescope.pipeline;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Stance toward actors per voice: SENTENCES and NER in, STANCE out. */
final class StanceStage implements Stage {
  private final ActorStances stances;
  private final StageProvenance provenance;

  /** @param modelSha256 SHA-256 of the stance model file, recorded as model "stance" */
  StanceStage(ActorStances stances, String modelSha256) {
    this.stances = Objects.requireNonNull(stances, "stances");
    this.provenance = new StageProvenance(Map.of(), Map.of("stance", modelSha256), Map.of());
  }

  @Override
  public String name() {
    return "stance";
  }

  @Override
  public Set<Annotation> requires() {
    return Set.of(Annotation.SENTENCES, Annotation.NER);
  }

  @Override
  public Set<Annotation> provides() {
    return Set.of(Annotation.STANCE);
  }

  @Override
  public StageProvenance provenance() {
    return provenance;
  }

  @Override
  public void apply(ArticleState state) {
    state.setStance(stances.score(state.nlp().sentences(), state.sentences()));
  }
}
