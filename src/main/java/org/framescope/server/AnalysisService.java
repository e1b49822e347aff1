package org.framescope.server;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.framescope.compare.CompareConfig;
import org.framescope.compare.Comparison;
import org.framescope.compare.ComparisonReport;
import org.framescope.ingest.OutletRegistry;
import org.framescope.ingest.UrlFetcher;
import org.framescope.model.ArticleResult;
import org.framescope.model.InputException;
import org.framescope.model.RawDocument;

/**
 * Runs the server's analyses in a bounded pool, so that one huge paste or a burst of requests cannot stall the
 * server: at most {@link ServerConfig#workers()} analyses run and {@link ServerConfig#queue()} wait; more are refused
 * ({@link Busy}), and a request waits at most {@link ServerConfig#timeout()}. In: the readers' inputs. Out: article
 * results, and their comparison as one event. Thread-safe.
 *
 * <p>Admission is counted by a semaphore of {@code workers + queue} places, not by the pool's queue: a task gives
 * its place back before its result is published, so a client that sends its next request the moment the previous
 * one returned always finds the place free (with a hand-off queue the worker might not yet be back, and the
 * request was refused).
 */
public final class AnalysisService implements AutoCloseable {
  /** Too many analyses running and waiting; try again later. */
  public static final class Busy extends Exception {
    Busy(String message) {
      super(message);
    }
  }

  private final Analyzer analyzer;
  private final OutletRegistry registry;
  private final ServerConfig config;
  private final UrlFetcher fetcher;
  private final ExecutorService pool;
  private final Semaphore places;

  public AnalysisService(Analyzer analyzer, OutletRegistry registry, ServerConfig config) {
    this.analyzer = analyzer;
    this.registry = registry;
    this.config = config;
    this.fetcher = new UrlFetcher(config.fetch());
    AtomicInteger n = new AtomicInteger();
    this.places = new Semaphore(config.workers() + config.queue());
    this.pool = Executors.newFixedThreadPool(config.workers(), r -> {
      Thread t = new Thread(r, "framescope-analysis-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  public Analyzer analyzer() {
    return analyzer;
  }

  /** The fetcher, with the server's fetch policy. */
  public UrlFetcher fetcher() {
    return fetcher;
  }

  /**
   * Analyses the inputs in order, in one task of the pool.
   *
   * @throws InputException naming the article when an input is wrong (checked before the pool is used)
   * @throws Busy when the pool is full, the analyzer not ready, or the time limit passed
   */
  public List<ArticleResult> analyze(List<ArticleInput> inputs) throws InputException, Busy {
    for (ArticleInput in : inputs) {
      in.check(config.maxArticleChars());
    }
    if (analyzer.state() != Analyzer.State.READY) {
      throw new Busy(analyzer.message());
    }
    if (!places.tryAcquire()) {
      throw new Busy("The server is busy with other analyses (" + config.workers() + " running, " + config.queue()
          + " waiting). Try again in a minute.");
    }
    // The place goes back exactly once: when the task ends, or, if the task is cancelled before it started, by
    // the canceller (the flag says who claimed the task).
    AtomicBoolean claimed = new AtomicBoolean();
    Future<List<ArticleResult>> f;
    try {
      f = pool.submit(() -> {
        if (!claimed.compareAndSet(false, true)) {
          return List.of();
        }
        try {
          return analyzeAll(inputs);
        } finally {
          places.release();
        }
      });
    } catch (RejectedExecutionException e) {
      places.release();
      throw new Busy("The server is shutting down.");
    }
    try {
      return f.get(config.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      if (claimed.compareAndSet(false, true)) {
        places.release();
      }
      throw new Busy("The analysis took longer than " + config.timeout().toSeconds() + " seconds and was stopped.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Busy("interrupted");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof InputException ie) {
        throw ie;
      }
      throw new IllegalStateException("analysis failed: " + e.getCause(), e.getCause());
    }
  }

  private List<ArticleResult> analyzeAll(List<ArticleInput> inputs) throws InputException {
    List<ArticleResult> out = new ArrayList<>();
    int i = 0;
    for (ArticleInput in : inputs) {
      i++;
      RawDocument d = in.toRawDocument("article" + i, fetcher, registry);
      if (d.content().length() > 4L * config.maxArticleChars()) {
        throw new InputException(in.label(), "the page is too long to analyse here");
      }
      out.add(analyzer.analyze(d));
    }
    return out;
  }

  /**
   * Compares articles a reader put side by side ({@link CompareConfig#sideBySide()}: one event, each article a side),
   * each named for the reader by its outlet, or "Article N" (a repeated outlet gets a number).
   */
  public static ComparisonReport compareSideBySide(List<ArticleResult> articles) {
    List<ArticleResult> out = new ArrayList<>();
    Set<String> used = new HashSet<>();
    int i = 0;
    for (ArticleResult a : articles) {
      i++;
      String side = a.outlet() == null || a.outlet().isBlank() ? "Article " + i : a.outlet();
      String unique = side;
      for (int k = 2; !used.add(unique); k++) {
        unique = side + " (" + k + ")";
      }
      out.add(new ArticleResult(a.schema(), a.id(), a.source(), a.title(), unique, a.published(), a.url(),
          a.outletGroup(), a.event(), a.outletCountry(), a.ownership(), a.body(), a.removed(), a.sentences(),
          a.attributions(), a.stance(), a.frames(), a.metrics(), a.flags(), a.provenance()));
    }
    return Comparison.compare(out, CompareConfig.defaults().sideBySide());
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
