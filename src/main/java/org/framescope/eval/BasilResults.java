package org.framescope.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.framescope.io.ArticleJson;
import org.framescope.model.ArticleResult;
import org.framescope.model.InputException;
import org.framescope.model.RawDocument;
import org.framescope.nlp.Profile;
import org.framescope.pipeline.Settings;
import org.framescope.pipeline.ArticlePipeline;
import org.framescope.pipeline.PipelineFactory;
import org.framescope.io.AtomicFiles;
import org.framescope.io.Json;

/**
 * Runs the article pipeline over BASIL articles with an on-disk cache. Input: the articles, a cache
 * directory, a thread count and a way to build the pipeline (built only when something is not cached).
 * Output: article results keyed by article id (sorted). A cached result is reused when its provenance
 * input hash equals the hash of the article text, in a cache folder named after the pipeline's fingerprint
 * (lexicon and model hashes, settings, version) and the code's own hash ({@code Hashing.codeSha256}), so changed
 * lexicons, models or code never reuse stale results.
 */
public final class BasilResults {
  /** Builds the pipeline on demand. */
  @FunctionalInterface
  public interface PipelineSource {
    ArticlePipeline get() throws InputException;

    /** Identifies what the pipeline would compute (lexicons, models, settings); part of the cache key. */
    default String fingerprint() throws InputException {
      return "unversioned";
    }
  }

  private BasilResults() { }

  /** Default cache directory, relative to the working directory. */
  public static final Path DEFAULT_CACHE = Path.of("target", "basil-cache");

  /** The FULL-profile pipeline with the lexicons in {@code lexicons}. */
  public static PipelineSource full(Path lexicons) {
    Settings settings = Settings.of(Profile.FULL, lexicons);
    return new PipelineSource() {
      @Override
      public ArticlePipeline get() throws InputException {
        return PipelineFactory.build(settings);
      }

      @Override
      public String fingerprint() throws InputException {
        // the code too: during development a changed rule changes results with the same models and lexicons
        return org.framescope.resource.Hashing.sha256(PipelineFactory.fingerprint(settings) + "\n"
            + org.framescope.resource.Hashing.codeSha256());
      }
    };
  }

  /**
   * Results for all articles, analysing those not in the cache (and writing them there).
   *
   * @param progress where one line per analysed article goes (stderr), or null
   */
  public static Map<String, ArticleResult> analyze(List<BasilArticle> articles, Path cache, int threads,
                                                   PipelineSource source, PrintStream progress)
      throws InputException {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    // Results depend on lexicons, models and settings: a change to any of them uses a fresh cache folder.
    String fingerprint = source.fingerprint();
    cache = cache.resolve(fingerprint.substring(0, Math.min(12, fingerprint.length())));
    Map<String, ArticleResult> out = new TreeMap<>();
    List<BasilArticle> todo = new ArrayList<>();
    for (BasilArticle a : articles) {
      Path f = cache.resolve(a.id() + ".json");
      RawDocument doc = BasilCorpus.toRawDocument(a);
      if (Files.isRegularFile(f)) {
        List<ArticleResult> r = ArticleJson.readFile(f);
        if (r.size() == 1 && doc.sha256().equals(r.get(0).provenance().inputSha256())) {
          out.put(a.id(), r.get(0));
          continue;
        }
      }
      todo.add(a);
    }
    if (todo.isEmpty()) {
      return out;
    }
    try {
      Files.createDirectories(cache);
    } catch (IOException e) {
      throw new InputException(cache.toString(), "cannot create cache directory: " + e.getMessage(), e);
    }
    ArticlePipeline pipeline = source.get();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "basil-worker");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<ArticleResult>> futures = new ArrayList<>();
      for (BasilArticle a : todo) {
        futures.add(pool.submit(() -> pipeline.analyze(BasilCorpus.toRawDocument(a))));
      }
      for (int i = 0; i < todo.size(); i++) {
        BasilArticle a = todo.get(i);
        ArticleResult r;
        try {
          r = futures.get(i).get();
        } catch (ExecutionException e) {
          throw new InputException("basil:" + a.id(), "analysis failed (" + e.getCause() + ")", e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new InputException("basil:" + a.id(), "interrupted", e);
        }
        Path f = cache.resolve(a.id() + ".json");
        try {
          AtomicFiles.write(f, o -> Json.pretty().writeValue(o, r));
        } catch (IOException e) {
          throw new InputException(f.toString(), "cannot write cache: " + e.getMessage(), e);
        }
        out.put(a.id(), r);
        if (progress != null) {
          progress.printf("analysed %d/%d %s%n", i + 1, todo.size(), a.id());
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return out;
  }
}
