package org.framescope.pipeline;

import org.framescope.model.Versions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.framescope.clean.BoilerplateRemover;
import org.framescope.classify.BiasModel;
import org.framescope.clean.ExtractionRules;
import org.framescope.clean.LanguageDetector;
import org.framescope.classify.OnnxCueTagger;
import org.framescope.classify.OnnxSentenceEncoder;
import org.framescope.classify.SentenceEncoder;
import org.framescope.classify.StanceModel;
import org.framescope.nlp.TextAnnotator;
import org.framescope.lexicon.FramingLexicons;
import org.framescope.voice.AttributionAnalyzer;
import org.framescope.model.InputException;
import org.framescope.nlp.CoreNlpAnnotator;
import org.framescope.ingest.Ingestor;
import org.framescope.ingest.Manifest;
import org.framescope.ingest.OutletRegistry;

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
  // accurate profile: embedding-based models (the sentence encoder is shared per JVM by OnnxSentenceEncoder)
  private static final Lazy<BiasModel> BIAS_ACCURATE = new Lazy<>(BiasModel::loadAccurate);
  private static final Lazy<StanceModel> STANCE_ACCURATE = new Lazy<>(StanceModel::loadAccurate);

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
        .append(LanguageDetector.DESCRIPTION).append('\n');
    new java.util.TreeMap<>(CoreNlpAnnotator.properties(s.profile().corenlp())).forEach((k, v) -> b.append(k).append('=').append(v)
        .append('\n'));
    b.append("nlp.maxSentenceTokens=").append(CoreNlpAnnotator.MAX_SENTENCE_TOKENS).append('\n');
    b.append("bias.headingWords=").append(BiasStage.MIN_WORDS).append('\n');
    try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(s.lexicons())) {
      for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
        b.append(f.getFileName()).append('=').append(org.framescope.resource.Hashing.sha256(f)).append('\n');
      }
    } catch (java.io.IOException e) {
      throw new InputException(s.lexicons().toString(), "cannot read lexicon directory (" + e.getMessage() + ")");
    }
    if (s.profile().embeddings()) {
      b.append(resourceSha256(BiasModel.ACCURATE_RESOURCE)).append('\n')
          .append(resourceSha256(StanceModel.ACCURATE_RESOURCE)).append('\n').append(OnnxSentenceEncoder.NAME).append("@").append(OnnxSentenceEncoder.VERSION);
    } else {
      b.append(resourceSha256(BiasModel.RESOURCE)).append('\n').append(resourceSha256(StanceModel.RESOURCE));
    }
    b.append('\n').append(org.framescope.voice.AttributionModel.resourceSha256());
    return org.framescope.resource.Hashing.sha256(b.toString());
  }

  /** SHA-256 of a bundled resource (model files), for provenance. */
  static String resourceSha256(String resource) throws InputException {
    try (java.io.InputStream in = PipelineFactory.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new InputException(resource, "bundled model missing from the classpath");
      }
      return org.framescope.resource.Hashing.sha256(in.readAllBytes());
    } catch (java.io.IOException e) {
      throw new InputException(resource, "cannot read bundled model (" + e.getMessage() + ")");
    }
  }

  /**
   * What ingestion records in provenance: the outlet registry's hash (lexicons), and the manifest's file name
   * and hash, the outlet and date overrides and the encoding of inputs that are not UTF-8 when set (settings under
   * {@code ingest.}); and the run's time budget per article ({@code pipeline.timeBudgetSeconds}, which {@link
   * CorpusRunner} enforces).
   */
  static StageProvenance ingestProvenance(Settings s) throws InputException {
    Map<String, String> files = new java.util.TreeMap<>();
    Map<String, String> config = new java.util.TreeMap<>();
    Path reg = s.lexicons().resolve("outlets.tsv");
    try {
      if (Files.exists(reg)) {
        files.put("outlets.tsv", org.framescope.resource.Hashing.sha256(reg));
      }
      if (s.manifest() != null) {
        config.put("ingest.manifest", s.manifest().getFileName().toString());
        config.put("ingest.manifestSha256", org.framescope.resource.Hashing.sha256(s.manifest()));
      }
    } catch (java.io.IOException e) {
      throw new InputException(s.manifest() != null ? s.manifest().toString() : reg.toString(),
          "cannot read (" + e.getMessage() + ")");
    }
    if (s.outlet() != null) {
      config.put("ingest.outlet", s.outlet());
    }
    if (s.date() != null) {
      config.put("ingest.date", s.date());
    }
    if (s.encoding() != null) {
      config.put("ingest.encoding", s.encoding().name());
    }
    config.put("pipeline.timeBudgetSeconds", String.valueOf(s.timeBudgetSeconds()));
    return new StageProvenance(files, Map.of(), config);
  }

  /**
   * The ingestion stage for these settings: the manifest in effect, the outlet registry
   * ({@code lexicons/outlets.tsv}, empty when absent) and the overrides.
   */
  public static Ingestor ingestor(Settings s) throws InputException {
    Manifest man = s.manifest() != null ? Manifest.read(s.manifest()) : null;
    Path reg = s.lexicons().resolve("outlets.tsv");
    OutletRegistry registry = Files.exists(reg) ? OutletRegistry.load(reg) : OutletRegistry.empty();
    return new Ingestor(man, registry, new Ingestor.Options(s.outlet(), s.date(), s.maxBytes(), s.encoding()));
  }

  public static ArticlePipeline build(Settings s) throws InputException {
    return build(s, java.util.function.UnaryOperator.identity());
  }

  /** As {@link #build(Settings)}, with the NLP stage wrapped (the benchmark times CoreNLP this way). */
  public static ArticlePipeline build(Settings s, java.util.function.UnaryOperator<TextAnnotator> wrap)
      throws InputException {
    Map<String, String> nlpSettings = new LinkedHashMap<>();
    nlpSettings.put("profile", s.profile().toString());
    CoreNlpAnnotator.properties(s.profile().corenlp())
        .forEach((k, v) -> nlpSettings.put("corenlp." + k, String.valueOf(v)));
    nlpSettings.put("nlp.maxSentenceTokens", String.valueOf(CoreNlpAnnotator.MAX_SENTENCE_TOKENS));
    FramingLexicons lex = FramingLexicons.load(s.lexicons());
    // The attribution model reads the dependency parse; without one (fast) the rules work alone.
    boolean parsed = s.profile().hasDependencies();
    AttributionAnalyzer voice = parsed ? AttributionAnalyzer.fromLexicons(s.lexicons())
        : AttributionAnalyzer.fromLexicons(s.lexicons(), null);
    ExtractionRules extraction = ExtractionRules.load(s.lexicons());
    boolean accurate = s.profile().embeddings();
    // full and accurate mix a fine-tuned cue tagger into the attribution model's cue decision (full's is smaller)
    OnnxCueTagger cueTagger = parsed ? OnnxCueTagger.shared(OnnxCueTagger.Shipped.of(s.profile())) : null;
    voice = voice.withCueTagger(cueTagger);
    Map<String, String> voiceModels = new java.util.TreeMap<>();
    if (parsed) {
      voiceModels.put("attribution", org.framescope.voice.AttributionModel.resourceSha256());
    }
    Map<String, String> voiceConfig = new java.util.TreeMap<>();
    if (cueTagger != null) {
      voiceModels.put("cueTagger", cueTagger.provenance().get("onnxSha256"));
      voiceConfig.put("voice.cueTaggerMix", cueTagger.provenance().get("mix"));
    }
    BiasModel bias = accurate ? BIAS_ACCURATE.get() : BIAS.get();
    StanceModel stance = accurate ? STANCE_ACCURATE.get() : STANCE.get();
    SentenceEncoder encoder = accurate ? OnnxSentenceEncoder.shared() : null;
    ArticlePipeline.Builder b = ArticlePipeline.builder()
        .record(ingestProvenance(s))
        .add(new CleanStage(new BoilerplateRemover(extraction), Map.of(extraction.name(), extraction.sha256())))
        .add(new LanguageStage(LanguageDetector.shared()))
        .add(new NlpStage(wrap.apply(CoreNlpAnnotator.forProfile(s.profile().corenlp())), nlpSettings));
    if (encoder != null) {
      b.add(new EmbeddingStage(encoder));
    }
    return b.add(new VoiceStage(voice, voice.lexiconHashes(), voiceModels, voiceConfig))
        .add(new LexiconStage(lex, lex.hashes()))
        .add(new BiasStage(bias, resourceSha256(accurate ? BiasModel.ACCURATE_RESOURCE : BiasModel.RESOURCE)))
        .add(new SentenceStage())
        // the voice analyzer and the stance scorer share one registry, so the voice stage's mentions are reused
        .add(new StanceStage(new ActorStances(voice.actors(), stance, encoder),
            resourceSha256(accurate ? StanceModel.ACCURATE_RESOURCE : StanceModel.RESOURCE), true))
        .build();
  }
}
