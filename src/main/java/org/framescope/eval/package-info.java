/**
 * Every evaluation and benchmark, as library code: each takes parsed inputs (a data folder, lexicons, a
 * pipeline) and returns records; none prints, none exits ({@code framescope evaluate ...} and
 * {@code framescope bench} parse options and print). BASIL ({@link org.framescope.eval.BasilCorpus},
 * {@link org.framescope.eval.BasilResults} with its result cache, {@link org.framescope.eval.BasilStanceAgreement},
 * {@link org.framescope.eval.BasilOutletComparison}), attribution against our gold
 * ({@link org.framescope.eval.AttributionGoldEvaluation}), lexicon spans on PTC
 * ({@link org.framescope.eval.PtcEvaluation}), event grouping ({@link org.framescope.eval.EventGroupingEvaluation})
 * the matcher benchmark ({@link org.framescope.eval.MatcherBenchmark}), article extraction against the
 * article-extraction benchmark ({@link org.framescope.eval.ExtractionEvaluation} with
 * {@link org.framescope.eval.ShingleMetric}), the classifiers ({@link org.framescope.eval.BiasEvaluation},
 * {@link org.framescope.eval.StanceEvaluation}, {@link org.framescope.eval.StanceValidation},
 * {@link org.framescope.eval.BiasTransferEvaluation}).
 */
package org.framescope.eval;
