/**
 * Evaluations of the whole pipeline on external annotated corpora. {@link org.framescope.eval.BasilCorpus}
 * reads BASIL (Fox News / New York Times / HuffPost, 70 events), {@link org.framescope.eval.BasilResults}
 * runs and caches the pipeline on it, {@link org.framescope.eval.BasilStanceAgreement} compares our
 * author-voice stance with BASIL's author feeling, and {@link org.framescope.eval.BasilOutletComparison}
 * checks whether our measures see the outlet differences BASIL's annotations show. See
 * docs/evaluation-basil.md. {@link org.framescope.eval.ExtractionEvaluation} scores article extraction
 * against the article-extraction benchmark with {@link org.framescope.eval.ShingleMetric} (docs/extraction.md).
 */
package org.framescope.eval;
