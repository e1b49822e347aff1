package org.framescope.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.framescope.ingest.Ingestor;
import org.framescope.model.ArticleResult;
import org.framescope.model.InputException;
import org.framescope.pipeline.CorpusRunner;

/**
 * One {@code analyze --db} run: analyses what the store does not hold yet and writes the results in input order,
 * whole articles in transactions of about a second's results ({@link #GROUP_NANOS}). In: a store bound to the run's configuration, the corpus runner, the inputs.
 * Out: a {@link Summary}; the run is logged in the store's {@code runs} table (status "running" until it
 * completes, so a killed run stays visible). Rerunning the same command after a crash or on a grown corpus
 * analyses only the missing articles: a document whose key ({@link ArticleRows#key}) is stored is not analysed.
 */
public final class StoreRun {
  /**
   * Counts of a run.
   *
   * @param inputs input files
   * @param analysed articles analysed and stored by this run
   * @param skipped documents already in the store (not analysed again)
   * @param duplicates documents analysed twice in this run with the same key (stored once)
   * @param failed inputs or documents that failed (reported through the runner's error callback)
   * @param stored articles in the store after the run
   * @param unfinished earlier runs that never finished (killed), before this one
   */
  public record Summary(int inputs, int analysed, int skipped, int duplicates, int failed, int stored,
                        List<CorpusStore.Run> unfinished) { }

  /**
   * A transaction holds the articles handed on within {@link #GROUP_NANOS} of its first one, at most
   * {@code GROUP_MAX}. Each article stays whole (all its rows or none); a run killed mid-group loses about a
   * second of analysis, which the next run does again. Why groups: DuckDB's cost is per statement (about 1 ms
   * each, some 28 statements a transaction) more than per row; storing 1,000 fast-profile articles took 33.8 ms
   * an article one per transaction, 14.1 four per transaction, 6.2 at 32 (CorpusStore.putAll on this machine),
   * against some 65 ms of analysis an article.
   */
  static final int GROUP_MAX = 64;
  static final long GROUP_NANOS = 1_000_000_000L;

  private StoreRun() { }

  /** Stores the group in one transaction and empties it. */
  private static void write(CorpusStore store, List<ArticleResult> group, int[] analysed, int[] duplicates) {
    if (group.isEmpty()) {
      return;
    }
    try {
      int stored = store.putAll(group);
      analysed[0] += stored;
      duplicates[0] += group.size() - stored;
    } catch (InputException e) {
      throw new StoreFailure(e);
    } finally {
      group.clear();
    }
  }

  /** Carries a store write failure out of the runner's sink, which stops the run. */
  private static final class StoreFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient InputException cause;

    StoreFailure(InputException cause) {
      super(cause.getMessage(), cause);
      this.cause = cause;
    }
  }

  /**
   * @param accept applied to each result before it is stored (the command line adds fetch origins and warns)
   * @param command the command line, for the run log
   */
  public static Summary run(CorpusStore store, CorpusRunner runner, List<Ingestor.InputRef> inputs, boolean progress,
                            int threads, String command, UnaryOperator<ArticleResult> accept) throws InputException {
    String fp = store.fingerprint();
    if (fp == null) {
      throw new IllegalStateException("bind the store to a configuration first");
    }
    List<CorpusStore.Run> unfinished = store.runs().stream().filter(r -> "running".equals(r.status())).toList();
    int runId = store.beginRun(Instant.now().toString(), command, threads, inputs.size());
    AtomicInteger skipped = new AtomicInteger();
    int[] analysed = {0};
    int[] duplicates = {0};
    List<ArticleResult> group = new ArrayList<>(GROUP_MAX);
    long[] groupStart = {0};
    CorpusRunner.Summary s;
    try {
      s = runner.run(inputs, progress, d -> {
        if (store.contains(ArticleRows.key(fp, d.sha256(), d.id()))) {
          skipped.incrementAndGet();
          return false;
        }
        return true;
      }, raw -> {
        if (group.isEmpty()) {
          groupStart[0] = System.nanoTime();
        }
        group.add(accept.apply(raw));
        if (group.size() >= GROUP_MAX || System.nanoTime() - groupStart[0] >= GROUP_NANOS) {
          write(store, group, analysed, duplicates);
        }
      });
      write(store, group, analysed, duplicates);
    } catch (StoreFailure e) {
      // A write failed (disk full, database error): stop, log the run as failed; what was committed stays.
      store.finishRun(runId, Instant.now().toString(), "failed", analysed[0], skipped.get(), duplicates[0], 0);
      throw e.cause;
    } catch (RuntimeException e) {
      // Something else stopped the run: store the analysed articles held back for their group first.
      try {
        write(store, group, analysed, duplicates);
      } catch (StoreFailure lost) {
        e.addSuppressed(lost.cause);
      }
      store.finishRun(runId, Instant.now().toString(), "failed", analysed[0], skipped.get(), duplicates[0], 0);
      throw e;
    }
    store.finishRun(runId, Instant.now().toString(), "complete", analysed[0], skipped.get(), duplicates[0],
        s.failed());
    return new Summary(inputs.size(), analysed[0], skipped.get(), duplicates[0], s.failed(), store.size(), unfinished);
  }
}
