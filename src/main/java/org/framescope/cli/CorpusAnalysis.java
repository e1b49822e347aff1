package org.framescope.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.framescope.ingest.Ingestor;
import org.framescope.ingest.Manifest;
import org.framescope.ingest.OutletRegistry;
import org.framescope.model.ArticleResult;
import org.framescope.model.InputException;
import org.framescope.nlp.Profile;
import org.framescope.pipeline.CorpusRunner;
import org.framescope.pipeline.PipelineFactory;

/**
 * Analyses raw inputs in memory for commands that need article results without writing them first
 * ({@code compare}, {@code demo}). Same ingestion, pipeline and error reporting as {@code analyze}.
 */
final class CorpusAnalysis {
  /** Articles analysed and the number of inputs that failed (each already reported on stderr). */
  record Result(List<ArticleResult> articles, int failed) { }

  private final Profile profile;
  private final Path lexicons;
  private final int threads;

  CorpusAnalysis(String profile, Path lexicons, int threads) {
    this.profile = Profile.parse(profile);
    this.lexicons = Common.lexicons(lexicons);
    this.threads = Math.max(1, threads);
  }

  /**
   * @param files input files (already expanded)
   * @param roots the paths the user gave (for ids relative to a directory and an automatic manifest)
   * @param manifest explicit manifest or null
   */
  Result analyze(List<Path> files, List<Path> roots, Path manifest, java.io.PrintWriter err) throws InputException {
    Manifest man = manifest != null ? Manifest.read(manifest) : autoManifest(roots);
    Path reg = lexicons.resolve("outlets.tsv");
    OutletRegistry registry = Files.exists(reg) ? OutletRegistry.load(reg) : OutletRegistry.empty();
    Ingestor ingestor = new Ingestor(man, registry, Ingestor.Options.defaults());
    List<Ingestor.InputRef> refs = new ArrayList<>();
    for (Path f : files) {
      Path root = roots.stream().filter(r -> Files.isDirectory(r) && f.startsWith(r)).findFirst().orElse(null);
      refs.add(new Ingestor.InputRef(f, Ingestor.kindOf(f).orElseThrow(), root));
    }
    CorpusRunner runner = new CorpusRunner(ingestor,
        PipelineFactory.build(new PipelineFactory.Settings(profile, lexicons)), threads, System.err,
        e -> err.println("error: " + e.getMessage()));
    List<ArticleResult> out = new ArrayList<>();
    CorpusRunner.Summary s = runner.run(refs, refs.size() > 1 && Common.interactive(), out::add);
    return new Result(out, s.failed());
  }

  static Manifest autoManifest(List<Path> roots) throws InputException {
    if (roots.size() == 1 && Files.isDirectory(roots.get(0)) && Files.exists(roots.get(0).resolve("manifest.csv"))) {
      return Manifest.read(roots.get(0).resolve("manifest.csv"));
    }
    return null;
  }
}
