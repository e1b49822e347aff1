package org.framescope.pipeline;

import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.framescope.ingest.Ingestor;
import org.framescope.model.ArticleResult;
import org.framescope.model.InputException;
import org.framescope.model.RawDocument;

/**
 * Runs the article pipeline over many inputs on several threads. Input: the expanded input files.
 * Output: results handed to a sink in input order (so output files are deterministic), and every
 * per-input problem handed to an error callback (the CLI prints one line each); a failing input never stops the others. Memory stays
 * bounded: at most a small window of inputs is in flight.
 */
public final class CorpusRunner {
  /** Counts of a run. */
  public record Summary(int inputs, int articles, int failed) { }

  private final Ingestor ingestor;
  private final ArticlePipeline pipeline;
  private final int threads;
  private final PrintStream progressOut;
  private final Consumer<InputException> errors;

  /**
   * @param progressOut where the progress bar goes (stderr)
   * @param errors receives each input problem, in input order
   */
  public CorpusRunner(Ingestor ingestor, ArticlePipeline pipeline, int threads, PrintStream progressOut,
                      Consumer<InputException> errors) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    this.ingestor = ingestor;
    this.pipeline = pipeline;
    this.threads = threads;
    this.progressOut = progressOut;
    this.errors = errors;
  }

  private record Outcome(List<ArticleResult> results, List<InputException> errors) { }

  public Summary run(List<Ingestor.InputRef> inputs, boolean progress, Consumer<ArticleResult> sink) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "framescope-worker");
      t.setDaemon(true);
      return t;
    });
    int articles = 0;
    int failed = 0;
    ProgressBar bar = progress ? new ProgressBarBuilder().setTaskName("analyze").setInitialMax(inputs.size())
        .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(progressOut))
        .setUpdateIntervalMillis(250).build() : null;
    try {
      Deque<Future<Outcome>> window = new ArrayDeque<>();
      int next = 0;
      int windowSize = threads * 4;
      while (next < inputs.size() || !window.isEmpty()) {
        while (next < inputs.size() && window.size() < windowSize) {
          Ingestor.InputRef ref = inputs.get(next++);
          window.add(pool.submit(() -> process(ref)));
        }
        Outcome o;
        try {
          o = window.poll().get();
        } catch (ExecutionException e) {
          throw new IllegalStateException("internal error: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted", e);
        }
        for (InputException e : o.errors()) {
          errors.accept(e);
          failed++;
        }
        for (ArticleResult r : o.results()) {
          sink.accept(r);
          articles++;
        }
        if (bar != null) {
          bar.step();
        }
      }
    } finally {
      if (bar != null) {
        bar.close();
      }
      pool.shutdownNow();
    }
    return new Summary(inputs.size(), articles, failed);
  }

  private Outcome process(Ingestor.InputRef ref) {
    List<InputException> errors = new ArrayList<>();
    List<ArticleResult> results = new ArrayList<>();
    List<RawDocument> docs;
    try {
      docs = ingestor.read(ref, errors::add);
    } catch (InputException e) {
      errors.add(e);
      return new Outcome(results, errors);
    }
    for (RawDocument d : docs) {
      try {
        results.add(pipeline.analyze(d));
      } catch (RuntimeException e) {
        errors.add(new InputException(d.source(), "analysis failed (" + e.getClass().getSimpleName() + ": "
            + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + ")", e));
      }
    }
    return new Outcome(results, errors);
  }
}
