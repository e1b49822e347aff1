package org.framescope.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.framescope.ingest.Ingestor;
import org.framescope.model.ArticleResult;
import org.framescope.model.InputException;
import org.framescope.pipeline.Settings;
import org.framescope.pipeline.ArticlePipeline;
import org.framescope.pipeline.CorpusRunner;
import org.framescope.pipeline.PipelineFactory;
import org.framescope.io.OutputDir;
import org.framescope.io.ArticleJson;
import org.framescope.io.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code framescope analyze}: reads articles, cleans and annotates them, writes article JSON
 * (schema framescope.article/1). Exit 0 when every input succeeded, 1 when some failed, 2 when none
 * could be processed or the command line was wrong.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = "Clean and annotate articles; write framescope.article/1 JSON.")
public final class AnalyzeCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format { json, jsonl, csv, html }

  @Parameters(arity = "1..*", paramLabel = "INPUT",
      description = "HTML, .txt, .json, .jsonl files or directories; - for one article on stdin; URLs with --fetch")
  List<String> inputs;

  @Option(names = "--fetch", description = "download http/https URLs given as inputs (saved next to the output"
      + " so the run can be repeated offline)")
  boolean fetch;

  @Option(names = "--allow-private", description = "with --fetch: also fetch from loopback and private network"
      + " addresses (refused by default)")
  boolean allowPrivate;

  @Option(names = "--format", description = "json (default), jsonl, csv, html")
  Format format = Format.json;

  @Option(names = "--out", paramLabel = "DIR", description = "write files here instead of stdout")
  Path out;

  @picocli.CommandLine.Mixin
  AnalysisOptions analysis = new AnalysisOptions();

  @Option(names = "--outlet", description = "outlet name for all inputs (overrides detection)")
  String outlet;

  @Option(names = "--date", description = "publication date YYYY-MM-DD for all inputs")
  String date;

  @Option(names = "--manifest", paramLabel = "CSV", description = "corpus manifest (file,outlet,group,date,event)")
  Path manifest;
  @Option(names = "--db", paramLabel = "FILE", description = "write to this corpus database (DuckDB; created if"
      + " absent); rerunning analyses only what it does not hold yet (see docs/store.md)")
  Path db;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    java.io.PrintWriter err = spec.commandLine().getErr();
    RunLog log = new RunLog(err);
    Inputs given;
    try {
      given = Inputs.resolve(this.inputs, fetch, allowPrivate, analysis.maxBytes(), out, err);
    } catch (IOException e) {
      err.println("error: " + e.getMessage());
      return 2;
    }
    int failedEarly = given.failed();
    List<Path> paths = given.paths();
    List<Ingestor.InputRef> inputs = new ArrayList<>(given.refs());
    inputs.addAll(Ingestor.expand(paths, log::error));
    Settings settings;
    try {
      settings = Settings.of(analysis.profile, Common.lexicons(analysis.lexicons))
          .withManifest(Settings.manifestFor(manifest, paths))
          .withOverrides(outlet, date, analysis.maxBytes()).withTimeBudget(analysis.timeBudget)
          .withEncoding(analysis.encoding);
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage().replace("date must", "--date must")
          .replace("time budget must", "--time-budget must"));
      return 2;
    }
    Ingestor ingestor;
    try {
      ingestor = PipelineFactory.ingestor(settings);
    } catch (InputException e) {
      err.println("error: " + e.getMessage());
      return 2;
    }
    // Inputs are checked before the models load (seconds): an empty or oversized file fails at once.
    inputs = checked(ingestor, inputs, log);
    if (inputs.isEmpty()) {
      err.println("error: no readable inputs (supported: " + org.framescope.ingest.Ingestor.EXTENSIONS
          + ", - for stdin, URLs with --fetch)");
      return 2;
    }
    if (db != null) {
      return toDb(settings, ingestor, inputs, given, err, failedEarly, log);
    }
    ArticlePipeline pipeline;
    try {
      pipeline = PipelineFactory.build(settings);
    } catch (InputException e) {
      err.println("error: " + e.getMessage());
      return 2;
    }
    CorpusRunner runner = new CorpusRunner(ingestor, pipeline, analysis.workers(), System.err, log::error);
    boolean progress = Common.progress(!analysis.noProgress, inputs);
    Instant started = Instant.now();
    CorpusRunner.Summary summary;
    if (out == null) {
      summary = toStdout(runner, inputs, progress, given, log);
      log.summary(summary);
      log.manifestRows(ingestor.manifestRowsWithoutFile());
    } else {
      try (OutputDir dir = OutputDir.open(out)) {
        summary = toDir(dir, runner, inputs, progress, given, log);
        log.summary(summary);
        log.manifestRows(ingestor.manifestRowsWithoutFile());
        writeRunInfo(dir, summary, failedEarly, log, started);
        dir.commit(RUN_JSON);
      }
    }
    int failed = failedEarly + log.failures();
    if (summary.articles() - log.noText() <= 0) {
      err.println("error: no article could be analyzed (" + failed + " input error(s))");
      return 2;
    }
    return failed == 0 ? 0 : 1;
  }

  /** The run summary, renamed into place after the articles, so its presence says the run finished. */
  static final String RUN_JSON = "run.json";

  /** The inputs that pass the cheap checks; each one that does not is reported and dropped. */
  static List<Ingestor.InputRef> checked(Ingestor ingestor, List<Ingestor.InputRef> inputs, RunLog log) {
    List<Ingestor.InputRef> ok = new ArrayList<>(inputs.size());
    for (Ingestor.InputRef ref : inputs) {
      try {
        ingestor.check(ref);
        ok.add(ref);
      } catch (InputException e) {
        log.error(e);
      }
    }
    return ok;
  }

  private CorpusRunner.Summary toStdout(CorpusRunner runner, List<Ingestor.InputRef> inputs, boolean progress,
                                        Inputs given, RunLog log) {
    java.io.PrintWriter stdout = spec.commandLine().getOut();
    List<ArticleResult> single = new ArrayList<>();
    boolean oneDoc = inputs.size() == 1 && format == Format.json && !inputs.get(0).kind().corpus();
    if (format == Format.csv) {
      stdout.print(SentenceCsv.header());
    }
    CorpusRunner.Summary s = runner.run(inputs, progress, raw -> {
      ArticleResult r = log.accept(given.withOrigin(raw));
      try {
        if (oneDoc) {
          single.add(r);
        } else if (format == Format.csv) {
          stdout.print(SentenceCsv.rows(r));
        } else if (format == Format.html) {
          throw new IllegalStateException("--format html needs --out DIR");
        } else {
          stdout.println(new String(ArticleJson.toJsonLine(r), StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    try {
      for (ArticleResult r : single) {
        stdout.print(ArticleJson.toJson(r));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    stdout.flush();
    return s;
  }

  /** Writes every output into the staging folder of {@code dir}; the caller commits. */
  private CorpusRunner.Summary toDir(OutputDir dir, CorpusRunner runner, List<Ingestor.InputRef> inputs,
                                     boolean progress, Inputs given, RunLog log) throws IOException {
    Set<String> used = new HashSet<>();
    used.add("run");
    try (OutputStream stream = switch (format) {
      case jsonl -> dir.open("articles.jsonl");
      case csv -> dir.open("sentences.csv");
      default -> null;
    }) {
      if (format == Format.csv) {
        stream.write(SentenceCsv.header().getBytes(StandardCharsets.UTF_8));
      }
      return runner.run(inputs, progress, raw -> {
        ArticleResult r = log.accept(given.withOrigin(raw));
        try {
          switch (format) {
            case json -> dir.write(OutputDir.fileName(r.id(), used) + ".json", o -> {
              o.write(ArticleJson.toJson(r).getBytes(StandardCharsets.UTF_8));
            });
            case jsonl -> { stream.write(ArticleJson.toJsonLine(r)); stream.write('\n'); }
            case csv -> stream.write(SentenceCsv.rows(r).getBytes(StandardCharsets.UTF_8));
            case html -> dir.writeString(OutputDir.fileName(r.id(), used) + ".html",
                org.framescope.report.HtmlReport.renderArticle(r));
            default -> throw new IllegalStateException();
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  // ------------------------------------------------------------------ --db: the corpus store (issue 11)

  /**
   * {@code analyze --db FILE}: binds the store to this run's configuration (another configuration is reported,
   * not mixed in), then analyses and stores what it does not hold, whole articles in small transactions.
   */
  private int toDb(Settings settings, Ingestor ingestor, List<Ingestor.InputRef> inputs, Inputs given,
                   java.io.PrintWriter err, int failedEarly, RunLog log) {
    if (out != null || format != Format.json) {
      err.println("error: --db writes to the corpus database; leave out --out and --format (files come from"
          + " 'framescope export --db " + db + "')");
      return 2;
    }
    try (org.framescope.store.CorpusStore store = org.framescope.store.CorpusStore.open(db)) {
      org.framescope.store.StoreConfig config = org.framescope.store.StoreConfig.of(settings);
      List<String> differences = store.bind(config);
      if (!differences.isEmpty()) {
        err.println("error: " + db + " holds results of another configuration; not mixing them in. Differences:");
        differences.forEach(d -> err.println("  " + d));
        err.println("Use another --db file for this configuration (or the stored configuration to resume).");
        return 2;
      }
      ArticlePipeline pipeline = PipelineFactory.build(settings);
      CorpusRunner runner = new CorpusRunner(ingestor, pipeline, analysis.workers(), System.err, log::error);
      boolean progress = Common.progress(!analysis.noProgress, inputs);
      String command = "analyze " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
      org.framescope.store.StoreRun.Summary s = org.framescope.store.StoreRun.run(store, runner, inputs, progress,
          analysis.workers(), command, r -> log.accept(given.withOrigin(r)));
      log.manifestRows(ingestor.manifestRowsWithoutFile());
      for (org.framescope.store.CorpusStore.Run r : s.unfinished()) {
        err.println("note: run " + r.id() + " (started " + r.started() + ") did not finish; this run resumed it");
      }
      int failed = failedEarly + log.failures();
      err.println(db + ": " + s.analysed() + " analysed, " + s.skipped() + " already stored (not analysed again)"
          + (s.duplicates() > 0 ? ", " + s.duplicates() + " duplicate(s) stored once" : "") + ", " + failed
          + " failed; " + s.stored() + " articles in the database");
      if (s.analysed() + s.skipped() + s.duplicates() - log.noText() <= 0) {
        err.println("error: no article could be analyzed (" + failed + " input error(s))");
        return 2;
      }
      return failed == 0 ? 0 : 1;
    } catch (InputException e) {
      err.println("error: " + e.getMessage());
      return 2;
    }
  }

  private void writeRunInfo(OutputDir dir, CorpusRunner.Summary s, int failedEarly, RunLog log, Instant started)
      throws IOException {
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("schema", "framescope.run/1");
    run.put("command", "analyze");
    run.put("started", started.toString());
    run.put("finished", Instant.now().toString());
    run.put("inputs", s.inputs());
    run.put("articles", s.articles());
    run.put("failed", failedEarly + log.failures());
    Map<String, Object> problems = log.counts();
    problems.put("inputErrors", (Integer) problems.get("inputErrors") + failedEarly);
    run.put("problems", problems);
    run.put("format", format.name());
    run.put("profile", analysis.profile.toString());
    run.put("timeBudgetSeconds", analysis.timeBudget);
    if (analysis.encoding != null) {
      run.put("encoding", analysis.encoding.name());
    }
    dir.write(RUN_JSON, o -> Json.pretty().writeValue(o, run));
  }
}
