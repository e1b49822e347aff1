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
 * ({@code compare}, {@code demo}). Same ingestion, pipeline and error reporting as {@code analyze}.
 */
final class CorpusAnalysis {
  /** Articles analysed and the number of inputs that failed (each already reported on stderr). */
  record Result(List<ArticleResult> articles, int failed) { }

  private final Settings settings;
  private final int threads;

  CorpusAnalysis(Settings settings, int threads) {
    this.settings = settings;
    this.threads = Math.max(1, threads);
  }

  /**
   * @param files input files (already expanded)
   * @param roots the paths the user gave (for ids relative to a directory)
   */
  Result analyze(List<Path> files, List<Path> roots, java.io.PrintWriter err) throws InputException {
    Ingestor ingestor = PipelineFactory.ingestor(settings);
    List<Ingestor.InputRef> refs = new ArrayList<>();
    for (Path f : files) {
      Path root = roots.stream().filter(r -> Files.isDirectory(r) && f.startsWith(r)).findFirst().orElse(null);
      refs.add(new Ingestor.InputRef(f, Ingestor.kindOf(f).orElseThrow(), root));
    }
    CorpusRunner runner = new CorpusRunner(ingestor, PipelineFactory.build(settings), threads, System.err,
        e -> err.println("error: " + e.getMessage()));
    List<ArticleResult> out = new ArrayList<>();
    CorpusRunner.Summary s = runner.run(refs, refs.size() > 1 && Common.interactive(), out::add);
    return new Result(out, s.failed());
  }
}
