package org.framescope.pipeline;

import java.util.Set;

/**
 * One step of the per-article pipeline, after CoreNLP's annotator contract: it declares what it needs and
 * what it adds, and what it contributes to provenance. Implementations adapt a stage package's runtime
 * object (the cleaner, the NLP adapter, the voice analyzer, ...) and must be safe to call from several
 * threads on different articles.
 */
public interface Stage {
  /** A short name for messages and provenance ("clean", "nlp", "voice", ...). */
  String name();

  /** Annotations that must be present before this stage runs. */
  Set<Annotation> requires();

  /** Annotations this stage adds. */
  Set<Annotation> provides();

  /** Data files, models and settings this stage's output depends on. */
  StageProvenance provenance();

  /** Runs the stage on one article's working state. */
  void apply(ArticleState state);
}
