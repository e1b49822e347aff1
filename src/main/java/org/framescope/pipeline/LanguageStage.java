package org.framescope.pipeline;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.framescope.clean.LanguageDetector;

/**
 * The language gate: BODY in, LANGUAGE out. The lexicons, voice rules and classifiers are English; a body in
 * another language is kept, flagged {@code language:xx} and given no English scores (the scoring stages see
 * {@link ArticleState#scored()} false and record nothing).
 */
final class LanguageStage extends BaseStage {
  /** The language the lexicons and models are for. */
  static final String SCORED_LANGUAGE = "en";

  private final LanguageDetector detector;

  LanguageStage(LanguageDetector detector) {
    super("language", Set.of(Annotation.BODY), Set.of(Annotation.LANGUAGE),
        new StageProvenance(Map.of(), Map.of(), Map.of("language", LanguageDetector.DESCRIPTION)));
    this.detector = Objects.requireNonNull(detector, "detector");
  }

  @Override
  public void apply(ArticleState state) {
    state.setLanguage(detector.detect(state.clean().body()));
  }
}
