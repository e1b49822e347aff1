package org.framescope.pipeline;

import java.util.Objects;
import java.util.Set;
import org.framescope.clean.Cleaner;

/** Boilerplate removal: RAW in, BODY (body text, removed blocks, title, flags) out. */
final class CleanStage extends BaseStage {
  private final Cleaner cleaner;

  CleanStage(Cleaner cleaner) {
    super("clean", Set.of(Annotation.RAW), Set.of(Annotation.BODY), StageProvenance.NONE);
    this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
  }

  @Override
  public void apply(ArticleState state) {
    state.setClean(cleaner.clean(state.raw()));
  }
}
