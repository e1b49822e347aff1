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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Predicate;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.framescope.ingest.ArticleIds;
import org.framescope.ingest.Ingestor;
import org.framescope.model.ArticleResult;
import org.framescope.model.InputException;
import org.framescope.model.RawDocument;

/**
 * Runs the article pipeline over many inputs on several threads. Input: the expanded input files.
 * Output: results handed to a sink in input order (so output files are deterministic), and every
 * per-input problem handed to an error callback (the CLI prints one line each); a failing input never stops the
 * others. Memory stays bounded: at most a small window of tasks (four per thread, each of at most {@link #BATCH}
 * articles) is in flight, and the records of a corpus file are analysed a few per task within that window, so a
 * single large file neither piles up its results nor runs on one thread. A JSONL file is read a record at a time
 * as the window takes them ({@link org.framescope.ingest.JsonlRecords}), so its size is not limited by memory; a
 * JSON file is read whole (up to 1 GiB).
 *
 * <p>Two guarantees are kept here because only here are all articles of a run seen in order:
 * <ul>
 *   <li>ids are unique within the run ({@link ArticleIds}: a later article whose id is taken gets one derived from
 *       its source; the id its input gave stays as {@code originalId});
 *   <li>no article stalls the run: each gets the time budget its pipeline records in provenance
 *       ({@value #BUDGET_KEY}, from {@link Settings#timeBudgetSeconds()}) for its cleaning and CoreNLP annotation
 *       ({@link ArticlePipeline#prepare}); one that takes longer is skipped with an error naming it, and the
 *       others go on. The abandoned analysis is interrupted and left to end on a daemon thread. The later stages
 *       then run over the task's articles together ({@link ArticlePipeline#finish}), outside the budget; what
 *       they cost, and on how long an input they were tried, is in docs/reliability.md.
 * </ul>
 */
public final class CorpusRunner {
  /** The provenance setting that holds the time budget per article, in seconds (0 or absent: no limit). */
  public static final String BUDGET_KEY = "pipeline.timeBudgetSeconds";

  /**
   * Counts of a run.
   *
   * @param inputs input files
   * @param articles articles handed to the sink
   * @param failed problems reported (input errors, failed and timed-out analyses)
   * @param timedOut articles skipped because they took longer than the time budget (counted in {@code failed} too)
   * @param renamed articles whose id was taken by an earlier article and that got a derived one
   */
  public record Summary(int inputs, int articles, int failed, int timedOut, int renamed) {
    public Summary(int inputs, int articles, int failed) {
      this(inputs, articles, failed, 0, 0);
    }
  }

  private final Ingestor ingestor;
  private final ArticlePipeline pipeline;
  private final int threads;
  private final PrintStream progressOut;
  private final Consumer<InputException> errors;
  private final long budgetMillis;

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
    String budget = pipeline.provenance().config().get(BUDGET_KEY);
    this.budgetMillis = budget == null ? 0 : Math.multiplyExact(Long.parseLong(budget), 1000L);
  }

  /** The time budget per article this runner enforces, in milliseconds (0 = none). */
  public long budgetMillis() {
    return budgetMillis;
  }

  /**
   * The most articles one task analyses together: each is read, cleaned and annotated by CoreNLP on its own
   * (under its time budget), then the later stages run over all of them in turn ({@link ArticlePipeline#finish}),
   * which keeps each stage's model tables in the processor's caches. Fewer near the end of a run, so that every
   * thread has work: {@link #batchSize}; and fewer when the articles are long, so that a task's articles hold at
   * most about {@link #BATCH_CHARS} characters of input together ({@link #fill}).
   */
  public static final int BATCH = 8;

  /**
   * The input a task's articles may hold together (characters of a record's text, bytes of a file) before the
   * batch is closed; one article alone may be longer. It keeps the memory of a batch of long articles near that of
   * one long article (their CoreNLP annotations are held until the batch is finished).
   */
  public static final long BATCH_CHARS = 1_000_000;

  /** Records of a corpus file read ahead per thread, to see how many are left near its end. */
  static final int LOOKAHEAD = 2 * BATCH;

  /** A result with the id it falls back to when its own is taken; {@code result} is null for a skipped document. */
  private record Produced(ArticleResult result, String id, String derivedId) { }

  private record Outcome(List<Produced> results, List<InputException> errors, int timedOut) { }

  /** One slot of the in-order window: an outcome to come, and how many bytes of input it accounts for (the bar). */
  private record Slot(Future<Outcome> outcome, long bytes) { }

  /** One document of a task, with the input it came from (its position among the task's inputs). */
  private record Work(Ingestor.InputRef ref, int input, RawDocument doc) {
    /** The id the document falls back to when its own is taken. */
    String derivedId() {
      return ArticleIds.derived(ref, doc.source());
    }
  }

  public Summary run(List<Ingestor.InputRef> inputs, boolean progress, Consumer<ArticleResult> sink) {
    return run(inputs, progress, d -> true, sink);
  }

  /**
   * As {@link #run(List, boolean, Consumer)}, analysing only the documents {@code wanted} accepts (called on
   * worker threads, once per document, before its analysis; a corpus store skips what it already holds this
   * way). A skipped document still claims its id, so the ids of the others are those of a run that analysed all.
   */
  public Summary run(List<Ingestor.InputRef> inputs, boolean progress, Predicate<RawDocument> wanted,
                     Consumer<ArticleResult> sink) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemon("framescope-worker"));
    // Analyses with a deadline run here, so a worker can give up on one and go on (an abandoned one keeps its
    // thread until it notices the interrupt or ends).
    ExecutorService analyses = budgetMillis > 0 ? Executors.newCachedThreadPool(daemon("framescope-analysis")) : null;
    Counts counts = new Counts();
    // Each input's size, read once: for batching single-article files and for the bar, which counts bytes of
    // input (of a gzip file, compressed ones), so one large corpus file moves it too.
    long[] sizes = inputs.stream().mapToLong(CorpusRunner::fileSize).toArray();
    long totalBytes = Math.max(1, java.util.Arrays.stream(sizes).sum());
    ProgressBar bar = progress ? new ProgressBarBuilder().setTaskName("analyze").setInitialMax(totalBytes)
        .setUnit(totalBytes >= 10 << 20 ? " MB" : " KB", totalBytes >= 10 << 20 ? 1 << 20 : 1 << 10)
        .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(progressOut))
        .setUpdateIntervalMillis(250).build() : null;
    try {
      Deque<Slot> window = new ArrayDeque<>();
      int next = 0;
      int windowSize = threads * 4;
      while (next < inputs.size() || !window.isEmpty()) {
        while (next < inputs.size() && window.size() < windowSize) {
          Ingestor.InputRef ref = inputs.get(next);
          if (ref.kind().corpus()) {
            // A corpus file: tasks of a few records each, in order, queued as the window takes them.
            next++;
            stream(ref, sizes[next - 1], pool, window, windowSize, wanted, analyses, sink, counts, bar);
          } else {
            // A run of single-article files, read by the task.
            List<Ingestor.InputRef> group = new ArrayList<>();
            int end = fill(k -> sizes[k], next, Math.min(inputs.size(), next + batchSize(inputs.size() - next)));
            long bytes = 0;
            while (next < end && !inputs.get(next).kind().corpus()) {
              bytes += sizes[next];
              group.add(inputs.get(next++));
            }
            window.add(new Slot(pool.submit(() -> process(group, wanted, analyses)), bytes));
          }
        }
        deliver(window.poll(), sink, counts, bar);
      }
    } finally {
      if (bar != null) {
        bar.close();
      }
      pool.shutdownNow();
      if (analyses != null) {
        analyses.shutdownNow();
      }
    }
    return new Summary(inputs.size(), counts.articles, counts.failed, counts.timedOut, counts.ids.renamed());
  }

  /** A record read ahead, or a reading error, with the file's position after it was read (for the bar). */
  private record Ahead(Object item, long position) { }

  /** The records of a corpus file, one at a time ({@code null} at the end); problems go to {@code errors}. */
  private interface Records extends AutoCloseable {
    RawDocument next(Consumer<InputException> errors) throws InputException;

    /** Bytes of the file read so far (0 when it was read whole). */
    default long position() {
      return 0;
    }

    @Override
    void close();
  }

  /**
   * A corpus file's records: a JSONL file read a record at a time ({@link org.framescope.ingest.JsonlRecords}),
   * so a corpus of any size is analysed in bounded memory; a JSON file read whole, its reading errors first.
   */
  private Records records(Ingestor.InputRef ref) throws InputException {
    if (ref.kind() == Ingestor.Kind.JSONL) {
      org.framescope.ingest.JsonlRecords r = ingestor.records(ref);
      return new Records() {
        @Override
        public RawDocument next(Consumer<InputException> errors) throws InputException {
          return r.next(errors);
        }

        @Override
        public long position() {
          return r.fileBytesRead();
        }

        @Override
        public void close() {
          try {
            r.close();
          } catch (InputException ignored) {
            // read to the end or to its failure already; closing a file opened for reading loses nothing
          }
        }
      };
    }
    List<InputException> readErrors = new ArrayList<>();
    java.util.Iterator<RawDocument> docs = read(ref, readErrors).iterator();
    return new Records() {
      @Override
      public RawDocument next(Consumer<InputException> errors) {
        readErrors.forEach(errors);
        readErrors.clear();
        return docs.hasNext() ? docs.next() : null;
      }

      @Override
      public void close() { }
    };
  }

  /**
   * Queues the tasks of a corpus file in the window, taking its records as they are needed: a look-ahead of
   * {@link #LOOKAHEAD} records per thread decides how many the next task takes ({@link #batchSize} of what is
   * left once the end of the file is in sight), and the window is emptied in order as it fills. A record's
   * reading error is reported in its place among the records; a file that cannot be read further ends there.
   */
  private void stream(Ingestor.InputRef ref, long size, ExecutorService pool, Deque<Slot> window, int windowSize,
                      Predicate<RawDocument> wanted, ExecutorService analyses, Consumer<ArticleResult> sink,
                      Counts counts, ProgressBar bar) {
    Deque<Ahead> ahead = new ArrayDeque<>(); // in file order
    long credited = 0; // bytes of the file the slots so far account for
    int docsAhead = 0;
    boolean done = false;
    Records records = null;
    try {
      records = records(ref);
    } catch (InputException e) {
      ahead.add(new Ahead(e, 0));
      done = true;
    }
    try {
      while (true) {
        while (!done && docsAhead < LOOKAHEAD * threads) {
          List<InputException> errs = new ArrayList<>();
          RawDocument d;
          try {
            d = records.next(errs::add);
          } catch (InputException e) {
            errs.add(e);
            d = null;
          } catch (RuntimeException | StackOverflowError e) {
            errs.add(InputException.failure(ref.path().toString(), "reading failed", e));
            d = null;
          }
          long at = records.position();
          for (InputException e : errs) {
            ahead.add(new Ahead(e, at));
          }
          if (d == null) {
            done = true;
          } else {
            ahead.add(new Ahead(d, at));
            docsAhead++;
          }
        }
        if (ahead.isEmpty()) {
          return;
        }
        List<InputException> errs = new ArrayList<>();
        long reached = credited;
        while (!ahead.isEmpty() && ahead.peek().item() instanceof InputException e) {
          errs.add(e);
          reached = ahead.poll().position();
        }
        List<Work> work = new ArrayList<>();
        int limit = batchSize(done ? docsAhead : Integer.MAX_VALUE);
        long chars = 0;
        while (work.size() < limit && !ahead.isEmpty() && ahead.peek().item() instanceof RawDocument d
            && fits(work.size(), chars, d.content().length())) {
          reached = ahead.poll().position();
          docsAhead--;
          chars += d.content().length();
          work.add(new Work(ref, 0, d));
        }
        // the file's last slot accounts for the rest of it, so a file adds up to its size on the bar
        long bytes = (done && ahead.isEmpty() ? size : Math.max(reached, credited)) - credited;
        credited += bytes;
        window.add(new Slot(work.isEmpty()
            ? java.util.concurrent.CompletableFuture.completedFuture(new Outcome(List.of(), errs, 0))
            : pool.submit(() -> analyze(work, List.of(errs), wanted, analyses)), bytes));
        if (window.size() >= windowSize) {
          deliver(window.poll(), sink, counts, bar);
        }
      }
    } finally {
      if (records != null) {
        records.close();
      }
    }
  }

  /**
   * How many of the {@code remaining} articles the next task takes: {@link #BATCH}, or fewer so that the rest
   * still makes at least two tasks per thread (a run of three pages on two threads is three tasks).
   */
  int batchSize(int remaining) {
    return Math.max(1, Math.min(BATCH, remaining / (2 * threads)));
  }

  /**
   * The end (exclusive) of the batch that starts at {@code from} and may reach {@code limit}: items are taken while
   * {@link #fits} (each size read once).
   */
  static int fill(java.util.function.IntToLongFunction size, int from, int limit) {
    long total = 0;
    int end = from;
    while (end < limit) {
      long next = size.applyAsLong(end);
      if (!fits(end - from, total, next)) {
        break;
      }
      total += next;
      end++;
    }
    return end;
  }

  /**
   * The batching rule, for every caller that forms batches: an article of {@code next} characters joins a batch of
   * {@code count} articles and {@code chars} characters when the batch is empty, or when it stays within
   * {@link #BATCH} articles and {@link #BATCH_CHARS} characters.
   */
  public static boolean fits(int count, long chars, long next) {
    return count == 0 || (count < BATCH && chars + next <= BATCH_CHARS);
  }

  private static long fileSize(Ingestor.InputRef ref) {
    try {
      return java.nio.file.Files.size(ref.path());
    } catch (java.io.IOException | RuntimeException e) {
      return 0; // reading it will report the problem
    }
  }

  /** Running counts of {@link #run}; touched only by the thread that hands results on. */
  private static final class Counts {
    final ArticleIds ids = new ArticleIds();
    int articles;
    int failed;
    int timedOut;
  }

  /** Hands the errors and results of one slot on, in order, claiming each article's id. */
  private void deliver(Slot slot, Consumer<ArticleResult> sink, Counts counts, ProgressBar bar) {
    Outcome o;
    try {
      o = slot.outcome().get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("internal error: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    for (InputException e : o.errors()) {
      errors.accept(e);
      counts.failed++;
    }
    counts.timedOut += o.timedOut();
    for (Produced p : o.results()) {
      String id = counts.ids.claim(p.id(), p.derivedId());
      if (p.result() != null) {
        ArticleResult r = p.result();
        sink.accept(id.equals(r.id()) ? r : r.withId(id));
        counts.articles++;
      }
    }
    if (bar != null) {
      bar.stepBy(slot.bytes());
      bar.setExtraMessage(counts.articles + " articles" + (counts.failed > 0 ? ", " + counts.failed + " failed" : ""));
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }

  private List<RawDocument> read(Ingestor.InputRef ref, List<InputException> errors) {
    List<RawDocument> docs;
    try {
      docs = ingestor.read(ref, errors::add);
    } catch (InputException e) {
      errors.add(e);
      return List.of();
    } catch (RuntimeException | StackOverflowError e) {
      errors.add(InputException.failure(ref.path().toString(), "reading failed", e));
      return List.of();
    }
    if (docs.isEmpty() && errors.isEmpty()) {
      errors.add(new InputException(ref.path().toString(), "no articles in this input (nothing to analyze)"));
    }
    return docs;
  }

  private Outcome process(List<Ingestor.InputRef> group, Predicate<RawDocument> wanted, ExecutorService analyses) {
    List<List<InputException>> readErrors = new ArrayList<>();
    List<Work> work = new ArrayList<>();
    for (Ingestor.InputRef ref : group) {
      List<InputException> errs = new ArrayList<>();
      for (RawDocument d : read(ref, errs)) {
        work.add(new Work(ref, readErrors.size(), d));
      }
      readErrors.add(errs);
    }
    return analyze(work, readErrors, wanted, analyses);
  }

  /**
   * Analyses a task's documents: each prepared on its own under the time budget, then finished together. The
   * errors come in input order: each input's reading errors ({@code readErrors}, by input), then its documents'.
   */
  private Outcome analyze(List<Work> work, List<List<InputException>> readErrors, Predicate<RawDocument> wanted,
                          ExecutorService analyses) {
    Produced[] produced = new Produced[work.size()];
    InputException[] failed = new InputException[work.size()];
    List<ArticlePipeline.Prepared> prepared = new ArrayList<>();
    List<Integer> preparedAt = new ArrayList<>();
    int timedOut = 0;
    for (int k = 0; k < work.size(); k++) {
      RawDocument d = work.get(k).doc();
      if (!wanted.test(d)) {
        produced[k] = new Produced(null, d.id(), work.get(k).derivedId());
        continue;
      }
      try {
        prepared.add(prepare(d, analyses));
        preparedAt.add(k);
      } catch (TimeoutException e) {
        timedOut++;
        failed[k] = new InputException(d.source(), String.format(java.util.Locale.ROOT,
            "skipped: analysis took longer than the time budget of %d s (raise it with --time-budget)",
            budgetMillis / 1000));
      } catch (RuntimeException | StackOverflowError e) {
        failed[k] = InputException.failure(d.source(), "analysis failed", e);
      }
    }
    List<ArticlePipeline.Finished> finished = pipeline.finish(prepared, null);
    for (int j = 0; j < finished.size(); j++) {
      int k = preparedAt.get(j);
      ArticlePipeline.Finished f = finished.get(j);
      if (f.failure() != null) {
        failed[k] = InputException.failure(f.document().source(), "analysis failed", f.failure());
      } else {
        produced[k] = new Produced(f.result(), f.result().id(), work.get(k).derivedId());
      }
    }
    List<Produced> results = new ArrayList<>();
    List<InputException> errors = new ArrayList<>();
    int k = 0;
    for (int input = 0; input < readErrors.size(); input++) {
      errors.addAll(readErrors.get(input));
      for (; k < work.size() && work.get(k).input() == input; k++) {
        if (failed[k] != null) {
          errors.add(failed[k]);
        }
        if (produced[k] != null) {
          results.add(produced[k]);
        }
      }
    }
    return new Outcome(results, errors, timedOut);
  }

  /** The first half of the pipeline on one document, under the time budget when there is one. */
  private ArticlePipeline.Prepared prepare(RawDocument d, ExecutorService analyses) throws TimeoutException {
    if (analyses == null) {
      return pipeline.prepare(d, null);
    }
    Future<ArticlePipeline.Prepared> f = analyses.submit(() -> pipeline.prepare(d, null));
    try {
      return f.get(budgetMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      throw e;
    } catch (InterruptedException e) {
      f.cancel(true);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException re) {
        throw re;
      }
      if (c instanceof StackOverflowError so) {
        throw so;
      }
      if (c instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(c);
    }
  }
}
