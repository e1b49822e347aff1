package org.framescope.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.framescope.ingest.Ingestor;
import org.framescope.model.ArticleResult;
import org.framescope.model.InputException;
import org.framescope.pipeline.CorpusRunner;
import org.framescope.pipeline.PipelineFactory;
import org.framescope.pipeline.Settings;

/**
 * Analyses raw inputs in memory for commands that need article results without writing them first
 * ({@code compare}, {@code demo}). Same ingestion, input checks, pipeline, time budget, unique ids and
 * reporting ({@link RunLog}) as {@code analyze}.
 */
final class CorpusAnalysis {
  /**
   * Articles analysed and the runner's counts (each problem already reported through the log), and the manifest
   * rows that no document came from (for the caller to report: {@code compare} also matches rows to article
   * JSON read elsewhere).
   */
  record Result(List<ArticleResult> articles, CorpusRunner.Summary summary, List<InputException> manifestRows) { }

  private final Settings settings;
  private final int threads;
  private final boolean progress;

  CorpusAnalysis(Settings settings, int threads, boolean progress) {
    this.settings = settings;
    this.threads = Math.max(1, threads);
    this.progress = progress;
  }

  CorpusAnalysis(Settings settings, int threads) {
    this(settings, threads, true);
  }

  /**
   * @param files input files (already expanded)
   * @param roots the paths the user gave (for ids relative to a directory)
   * @param log where problems go
   * @throws InputException when the manifest, lexicons or models cannot be loaded
   */
  Result analyze(List<Path> files, List<Path> roots, RunLog log) throws InputException {
    Ingestor ingestor = PipelineFactory.ingestor(settings);
    List<Ingestor.InputRef> refs = new ArrayList<>();
    for (Path f : files) {
      Path root = roots.stream().filter(r -> Files.isDirectory(r) && f.startsWith(r)).findFirst().orElse(null);
      refs.add(new Ingestor.InputRef(f, Ingestor.kindOf(f).orElseThrow(), root));
    }
    refs = AnalyzeCommand.checked(ingestor, refs, log);
    List<ArticleResult> out = new ArrayList<>();
    if (refs.isEmpty()) {
      return new Result(out, new CorpusRunner.Summary(0, 0, 0), ingestor.manifestRowsWithoutFile());
    }
    CorpusRunner runner = new CorpusRunner(ingestor, PipelineFactory.build(settings), threads, System.err, log::error);
    CorpusRunner.Summary s = runner.run(refs, Common.progress(progress, refs),
        r -> out.add(log.accept(r)));
    log.summary(s);
    return new Result(out, s, ingestor.manifestRowsWithoutFile());
  }
}
