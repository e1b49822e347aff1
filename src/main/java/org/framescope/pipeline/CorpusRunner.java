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
import java.util.function.Predicate;
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
 * bounded: at most a small window of inputs (four per thread) is in flight, and the records of a corpus file
 * (JSON, JSONL) are analysed one task each within that window, so a single large file neither piles up its
 * results nor runs on one thread.
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

  /** One slot of the in-order window: an outcome to come, and whether it closes its input (for the bar). */
  private record Slot(Future<Outcome> outcome, boolean lastOfInput) { }

  public Summary run(List<Ingestor.InputRef> inputs, boolean progress, Consumer<ArticleResult> sink) {
    return run(inputs, progress, d -> true, sink);
  }

  /**
   * As {@link #run(List, boolean, Consumer)}, analysing only the documents {@code wanted} accepts (called on
   * worker threads, once per document, before its analysis; a corpus store skips what it already holds this
   * way). Documents of a corpus file (JSON, JSONL) are analysed one task each, so one large file uses every
   * thread and only a window of its documents is in flight at a time.
   */
  public Summary run(List<Ingestor.InputRef> inputs, boolean progress, Predicate<RawDocument> wanted,
                     Consumer<ArticleResult> sink) {
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
      Deque<Slot> window = new ArrayDeque<>();
      int next = 0;
      int windowSize = threads * 4;
      while (next < inputs.size() || !window.isEmpty()) {
        while (next < inputs.size() && window.size() < windowSize) {
          Ingestor.InputRef ref = inputs.get(next++);
          if (ref.kind() == Ingestor.Kind.JSON || ref.kind() == Ingestor.Kind.JSONL) {
            // A corpus file: read its records here, then one task per record (in order).
            List<InputException> readErrors = new ArrayList<>();
            List<RawDocument> docs;
            try {
              docs = ingestor.read(ref, readErrors::add);
            } catch (InputException e) {
              readErrors.add(e);
              docs = List.of();
            }
            if (!readErrors.isEmpty() || docs.isEmpty()) {
              window.add(new Slot(java.util.concurrent.CompletableFuture.completedFuture(
                  new Outcome(List.of(), readErrors)), docs.isEmpty()));
            }
            for (int i = 0; i < docs.size(); i++) {
              RawDocument d = docs.get(i);
              window.add(new Slot(pool.submit(() -> analyze(List.of(d), new ArrayList<>(), wanted)),
                  i == docs.size() - 1));
              if (window.size() >= windowSize) {
                // Hand on what is done before queueing more of a large file: memory stays bounded.
                Slot done = window.poll();
                int[] counts = deliver(take(done), sink);
                articles += counts[0];
                failed += counts[1];
                if (bar != null && done.lastOfInput()) {
                  bar.step();
                }
              }
            }
          } else {
            window.add(new Slot(pool.submit(() -> process(ref, wanted)), true));
          }
        }
        Slot slot = window.poll();
        int[] counts = deliver(take(slot), sink);
        articles += counts[0];
        failed += counts[1];
        if (bar != null && slot.lastOfInput()) {
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

  private static Outcome take(Slot slot) {
    try {
      return slot.outcome().get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("internal error: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** Hands errors and results on in order; returns {articles, failed}. */
  private int[] deliver(Outcome o, Consumer<ArticleResult> sink) {
    for (InputException e : o.errors()) {
      errors.accept(e);
    }
    for (ArticleResult r : o.results()) {
      sink.accept(r);
    }
    return new int[] {o.results().size(), o.errors().size()};
  }

  private Outcome process(Ingestor.InputRef ref, Predicate<RawDocument> wanted) {
    List<InputException> errors = new ArrayList<>();
    List<RawDocument> docs;
    try {
      docs = ingestor.read(ref, errors::add);
    } catch (InputException e) {
      errors.add(e);
      return new Outcome(List.of(), errors);
    }
    return analyze(docs, errors, wanted);
  }

  private Outcome analyze(List<RawDocument> docs, List<InputException> errors, Predicate<RawDocument> wanted) {
    List<ArticleResult> results = new ArrayList<>();
    for (RawDocument d : docs) {
      if (!wanted.test(d)) {
        continue;
      }
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
