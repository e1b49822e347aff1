package org.framescope.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.framescope.ingest.Ingestor;
import org.framescope.model.InputException;
import org.framescope.pipeline.ArticlePipeline;
import org.framescope.pipeline.PipelineFactory;

/**
 * What each executor JVM builds once: the article pipeline (one CoreNLP pipeline per profile per JVM, shared by
 * the executor's task threads, as {@code analyze} shares it between its threads) and the ingestor.
 */
final class Executor {
  private static final Map<JobSettings, ArticlePipeline> PIPELINES = new ConcurrentHashMap<>();
  private static final Map<JobSettings, Ingestor> INGESTORS = new ConcurrentHashMap<>();

  private Executor() { }

  static ArticlePipeline pipeline(JobSettings s) {
    return PIPELINES.computeIfAbsent(s, k -> {
      try {
        return PipelineFactory.build(k.settings());
      } catch (InputException e) {
        throw new IllegalStateException(e.getMessage(), e);
      }
    });
  }

  static Ingestor ingestor(JobSettings s) {
    return INGESTORS.computeIfAbsent(s, k -> {
      try {
        return PipelineFactory.ingestor(k.settings());
      } catch (InputException e) {
        throw new IllegalStateException(e.getMessage(), e);
      }
    });
  }
}
