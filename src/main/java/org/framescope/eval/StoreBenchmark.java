package org.framescope.eval;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.framescope.model.ArticleResult;
import org.framescope.model.InputException;
import org.framescope.store.CorpusStore;
import org.framescope.store.StoreConfig;

/**
 * What the corpus store costs the run that writes it. In: analysed articles, the configuration they were
 * analysed under, a path for a new store, how many articles to write and how many per transaction. Out: wall
 * time and CPU of writing them. {@code framescope bench --store N} runs it.
 *
 * <p>The store is written as {@code analyze --db} writes it: {@link CorpusStore#putAll} on one thread, a group of
 * articles a transaction. The articles are copies of the given ones under ids {@code id~k} (a copy is a new
 * article to the store: its key includes the id), so any number can be written from a small corpus. Time and
 * CPU include closing the store (its last checkpoint). Process CPU counts every thread of the JVM while the
 * store is written (DuckDB's own threads, the JIT, GC); the writing thread's CPU is what the writer itself
 * spends. Nothing is analysed here.
 */
public final class StoreBenchmark {
  private StoreBenchmark() { }

  /**
   * What one run measured.
   *
   * @param articles articles written
   * @param group articles per transaction
   * @param wallSeconds wall time of the writes and the close
   * @param processCpuSeconds CPU of the whole JVM over the same time
   * @param writerCpuSeconds CPU of the writing thread
   * @param fileBytes size of the store file after closing
   */
  public record Result(int articles, int group, double wallSeconds, double processCpuSeconds, double writerCpuSeconds,
                       long fileBytes) {
    /** Process CPU an article, in milliseconds. */
    public double processCpuMsPerArticle() {
      return 1000 * processCpuSeconds / articles;
    }

    /** Writing thread's CPU an article, in milliseconds. */
    public double writerCpuMsPerArticle() {
      return 1000 * writerCpuSeconds / articles;
    }

    /** Wall time an article, in milliseconds. */
    public double wallMsPerArticle() {
      return 1000 * wallSeconds / articles;
    }
  }

  /**
   * Writes {@code articles} copies of {@code analysed}, round robin, {@code group} to a transaction, into a new
   * store at {@code file} (which must not exist), and closes it.
   */
  public static Result run(List<ArticleResult> analysed, StoreConfig config, Path file, int articles, int group)
      throws InputException {
    if (analysed.isEmpty() || articles < 1 || group < 1) {
      throw new IllegalArgumentException("need analysed articles, articles >= 1 and group >= 1, got "
          + analysed.size() + ", " + articles + " and " + group);
    }
    if (Files.exists(file)) {
      throw new IllegalArgumentException("the store benchmark writes a new store; " + file + " exists");
    }
    List<ArticleResult> copies = new ArrayList<>(articles);
    for (int k = 0; k < articles; k++) {
      copies.add(copy(analysed.get(k % analysed.size()), k / analysed.size()));
    }
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long w0 = System.nanoTime();
    long p0 = os.getProcessCpuTime();
    long t0 = threads.getCurrentThreadCpuTime();
    try (CorpusStore store = CorpusStore.open(file)) {
      List<String> differences = store.bind(config);
      if (!differences.isEmpty()) {
        throw new IllegalStateException("a new store refused the configuration: " + differences);
      }
      for (int i = 0; i < copies.size(); i += group) {
        store.putAll(copies.subList(i, Math.min(copies.size(), i + group)));
      }
    }
    long t1 = threads.getCurrentThreadCpuTime();
    long p1 = os.getProcessCpuTime();
    long w1 = System.nanoTime();
    long bytes;
    try {
      bytes = Files.size(file);
    } catch (IOException e) {
      throw new InputException(file.toString(), "cannot read the size of the written store (" + e.getMessage() + ")",
          e);
    }
    return new Result(articles, group, (w1 - w0) / 1e9, (p1 - p0) / 1e9, (t1 - t0) / 1e9, bytes);
  }

  /** The article under id and input id {@code id~k}: to the store, another article. */
  static ArticleResult copy(ArticleResult a, int k) {
    String id = a.id() + "~" + k;
    return new ArticleResult(a.schema(), id, id, a.source(), a.title(), a.outlet(), a.published(), a.url(),
        a.outletGroup(), a.event(), a.outletCountry(), a.ownership(), a.body(), a.removed(), a.sentences(),
        a.attributions(), a.stance(), a.frames(), a.metrics(), a.flags(), a.provenance());
  }
}
