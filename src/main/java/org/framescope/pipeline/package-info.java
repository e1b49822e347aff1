/**
 * The per-article pipeline. {@link org.framescope.pipeline.Stage} is the contract (requires, provides,
 * provenance); the stage adapters wrap the stage packages' runtime objects; {@link
 * org.framescope.pipeline.ArticlePipeline.Builder} checks the chain and gathers provenance;
 * {@link org.framescope.pipeline.Settings} is the one settings record of a run and
 * {@link org.framescope.pipeline.PipelineFactory} builds ingestion and pipeline from it;
 * {@link org.framescope.pipeline.CorpusRunner} runs many articles on a bounded window of threads, in input order.
 * In: raw documents. Out: {@link org.framescope.model.ArticleResult}s.
 */
package org.framescope.pipeline;
