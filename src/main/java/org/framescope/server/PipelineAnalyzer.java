package org.framescope.server;

import org.framescope.ingest.OutletRegistry;
import org.framescope.model.ArticleResult;
import org.framescope.model.InputException;
import org.framescope.model.RawDocument;
import org.framescope.pipeline.ArticlePipeline;
import org.framescope.pipeline.PipelineFactory;
import org.framescope.pipeline.Settings;

/**
 * The server's {@link Analyzer}: the same pipeline as {@code framescope analyze}, built once from its
 * {@link Settings} on a background thread when the server starts (CoreNLP takes about a minute to load), so the
 * page can show that it is loading and then that it is ready.
 */
public final class PipelineAnalyzer implements Analyzer {
  private final Settings settings;
  private volatile State state = State.LOADING;
  private volatile String message = "Loading the language models (CoreNLP); this takes about a minute.";
  private volatile ArticlePipeline pipeline;
  private final OutletRegistry outlets;

  private PipelineAnalyzer(Settings settings, OutletRegistry outlets) {
    this.settings = settings;
    this.outlets = outlets;
  }

  /**
   * Starts loading the pipeline of {@code settings} in the background and returns at once.
   *
   * @throws InputException when the outlet registry cannot be read (the lexicons are checked when loading)
   */
  public static PipelineAnalyzer start(Settings settings) throws InputException {
    java.nio.file.Path reg = settings.lexicons().resolve("outlets.tsv");
    PipelineAnalyzer a = new PipelineAnalyzer(settings, java.nio.file.Files.exists(reg) ? OutletRegistry.load(reg)
        : OutletRegistry.empty());
    Thread t = new Thread(a::load, "framescope-model-loader");
    t.setDaemon(true);
    t.start();
    return a;
  }

  private void load() {
    try {
      pipeline = PipelineFactory.build(settings);
      message = "Ready (profile " + settings.profile() + ").";
      state = State.READY;
    } catch (InputException | RuntimeException e) {
      message = "The models could not be loaded: " + e.getMessage();
      state = State.FAILED;
    }
  }

  /** The outlet registry, to fill country and ownership for an outlet the user names. */
  public OutletRegistry outlets() {
    return outlets;
  }

  @Override
  public State state() {
    return state;
  }

  @Override
  public String message() {
    return message;
  }

  @Override
  public ArticleResult analyze(RawDocument doc) {
    if (state != State.READY) {
      throw new IllegalStateException("the analyzer is not ready: " + message);
    }
    return pipeline.analyze(doc);
  }
}
