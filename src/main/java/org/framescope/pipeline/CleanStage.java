package org.framescope.pipeline;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.framescope.clean.Cleaner;

/** Boilerplate removal: RAW in, BODY (body text, removed blocks, title, flags) out. */
final class CleanStage extends BaseStage {
  private final Cleaner cleaner;

  CleanStage(Cleaner cleaner) {
    this(cleaner, Map.of());
  }

  /** @param dataFiles data file name to SHA-256 of every file the cleaner read (extraction cues) */
  CleanStage(Cleaner cleaner, Map<String, String> dataFiles) {
    super("clean", Set.of(Annotation.RAW), Set.of(Annotation.BODY), new StageProvenance(dataFiles, Map.of(), Map.of()));
    this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
  }

  @Override
  public void apply(ArticleState state) {
    state.setClean(cleaner.clean(state.raw()));
  }
}
