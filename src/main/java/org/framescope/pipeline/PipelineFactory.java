package org.framescope.pipeline;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.framescope.clean.BoilerplateRemover;
import org.framescope.classify.BiasModel;
import org.framescope.classify.StanceModel;
import org.framescope.lexicon.FramingLexicons;
import org.framescope.voice.AttributionAnalyzer;
import org.framescope.model.InputException;
import org.framescope.nlp.CoreNlpAnnotator;
import org.framescope.nlp.Profile;

/**
 * Builds the article pipeline from its settings, in one place, so that {@code analyze}, {@code compare},
 * {@code demo} and {@code bench} run the same stages with the same provenance.
 * Input: profile and lexicon directory. Output: a ready {@link ArticlePipeline}. Lexicons and models are
 * loaded once here, and a bad lexicon file fails here with its file and line.
 */
public final class PipelineFactory {
  /** Models are loaded once per JVM (the files are megabytes of weights). */
  private static final Lazy<BiasModel> BIAS = new Lazy<>(BiasModel::loadDefault);
  private static final Lazy<StanceModel> STANCE = new Lazy<>(StanceModel::loadDefault);

  private PipelineFactory() { }

  /** A value loaded on first use; a load failure is reported each time it is asked for. */
  private static final class Lazy<T> {
    interface Loader<T> {
      T load() throws InputException;
    }

    private final Loader<T> loader;
    private T value;

    Lazy(Loader<T> loader) {
      this.loader = loader;
    }

    synchronized T get() throws InputException {
      if (value == null) {
        value = loader.load();
      }
      return value;
    }
  }

  /**
   * A hash of everything that determines the pipeline's output besides the input: framescope version,
   * settings, CoreNLP properties, lexicon files and model files. Cheap (loads no models); used as a cache key.
   */
  public static String fingerprint(Settings s) throws InputException {
    StringBuilder b = new StringBuilder(Versions.FRAMESCOPE).append('\n').append(s.profile()).append('\n')
        .append(org.framescope.clean.LanguageDetector.DESCRIPTION).append('\n');
    new java.util.TreeMap<>(CoreNlpAnnotator.properties(s.profile())).forEach((k, v) -> b.append(k).append('=').append(v)
        .append('\n'));
    try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(s.lexicons())) {
      for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
        b.append(f.getFileName()).append('=').append(org.framescope.util.Hashing.sha256(f)).append('\n');
      }
    } catch (java.io.IOException e) {
      throw new InputException(s.lexicons().toString(), "cannot read lexicon directory (" + e.getMessage() + ")");
    }
    b.append(resourceSha256(BiasModel.RESOURCE)).append('\n').append(resourceSha256(StanceModel.RESOURCE));
    return org.framescope.util.Hashing.sha256(b.toString());
  }

  /** SHA-256 of a bundled resource (model files), for provenance. */
  static String resourceSha256(String resource) throws InputException {
    try (java.io.InputStream in = PipelineFactory.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new InputException(resource, "bundled model missing from the classpath");
      }
      return org.framescope.util.Hashing.sha256(in.readAllBytes());
    } catch (java.io.IOException e) {
      throw new InputException(resource, "cannot read bundled model (" + e.getMessage() + ")");
    }
  }

  /** Settings that shape the analysis (recorded in every article's provenance). */
  public record Settings(Profile profile, Path lexicons) {
    public Settings {
      if (profile == null) {
        throw new IllegalArgumentException("profile must be set");
      }
    }
  }

  public static ArticlePipeline build(Settings s) throws InputException {
    return build(s, java.util.function.UnaryOperator.identity());
  }

  /** As {@link #build(Settings)}, with the NLP stage wrapped (the benchmark times CoreNLP this way). */
  public static ArticlePipeline build(Settings s, java.util.function.UnaryOperator<org.framescope.nlp.TextAnnotator> wrap)
      throws InputException {
    Map<String, String> config = new LinkedHashMap<>();
    config.put("profile", s.profile().toString());
    CoreNlpAnnotator.properties(s.profile()).forEach((k, v) -> config.put("corenlp." + k, String.valueOf(v)));
    FramingLexicons lex = FramingLexicons.load(s.lexicons());
    AttributionAnalyzer voice = AttributionAnalyzer.fromLexicons(s.lexicons());
    Map<String, String> hashes = new java.util.TreeMap<>(lex.hashes());
    hashes.putAll(voice.lexiconHashes());
    org.framescope.clean.ExtractionRules extraction = org.framescope.clean.ExtractionRules.load(s.lexicons());
    hashes.put(extraction.name(), extraction.sha256());
    config.put("language", org.framescope.clean.LanguageDetector.DESCRIPTION);
    Map<String, String> models = new java.util.TreeMap<>();
    models.put("bias", resourceSha256(BiasModel.RESOURCE));
    models.put("stance", resourceSha256(StanceModel.RESOURCE));
    return new ArticlePipeline(new BoilerplateRemover(extraction), wrap.apply(CoreNlpAnnotator.forProfile(s.profile())), lex,
        voice, BIAS.get(), new ActorStances(voice.actors(), STANCE.get()), hashes, models, config);
  }
}
