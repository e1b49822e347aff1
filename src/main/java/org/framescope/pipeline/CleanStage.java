package org.framescope.pipeline;

import java.util.Objects;
import java.util.Set;
import org.framescope.clean.Cleaner;

/** Boilerplate removal: RAW in, BODY (body text, removed blocks, title, flags) out. */
final class CleanStage implements Stage {
  private final Cleaner cleaner;

  CleanStage(Cleaner cleaner) {
    this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
  }

  @Override
  public String name() {
    return "clean";
  }

  @Override
  public Set<Annotation> requires() {
    return Set.of(Annotation.RAW);
  }

  @Override
  public Set<Annotation> provides() {
    return Set.of(Annotation.BODY);
  }

  @Override
  public StageProvenance provenance() {
    return StageProvenance.NONE;
  }

  @Override
  public void apply(ArticleState state) {
    state.setClean(cleaner.clean(state.raw()));
  }
}
