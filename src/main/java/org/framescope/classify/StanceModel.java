package org.framescope.classify;

import org.framescope.text.Tokenizer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.framescope.model.InputException;

/**
 * Trained stance (target-dependent sentiment) model: one or more multinomial linear classifiers over
 * {@link StanceFeatures} (feature groups and, for the accurate model, sentence embeddings as set in its
 * {@link StanceConfig}; the valence lexicon is stored in the model file), trained on NewsMTSC; with
 * several members their probabilities are averaged; optional per-class offsets on the log-probabilities
 * (tuned on the held-out split of the training file) shift the decision toward a weak class.
 *
 * <p>Input: a sentence and the [begin, end) character offsets of a target mention in it (and, for a model
 * with {@link #needsEncoder()}, the sentence encoder). Output: probabilities [negative, neutral, positive]
 * summing to 1. Load the shipped models with {@link #loadDefault()} / {@link #loadAccurate()} or a file
 * with {@link #load(Path)}. Immutable and thread-safe.
 */
public final class StanceModel {
  /** Class-path location of the shipped light model. */
  public static final String RESOURCE = "/models/stance-newsmtsc.json";
  /** Class-path location of the shipped accurate (embedding) model. */
  public static final String ACCURATE_RESOURCE = "/models/stance-newsmtsc-accurate.json";
  /** Model kind in the file. */
  public static final String KIND = "stance";
  /** Class names, in probability order. */
  public static final List<String> CLASSES = List.of("negative", "neutral", "positive");

  private final String name;
  private final StanceConfig config;
  private final List<LinearModel> members;
  private final StanceLexicon lexicon;
  private final double[] offsets;
  private final ObjectNode provenance;

  /** Model averaging the probabilities of {@code members} (all over 3 classes), no offsets. */
  public StanceModel(String name, StanceConfig config, List<LinearModel> members, StanceLexicon lexicon,
                     ObjectNode provenance) {
    this(name, config, members, lexicon, new double[3], provenance);
  }

  /** As above, with log-probability offsets per class (added before the final normalisation). */
  public StanceModel(String name, StanceConfig config, List<LinearModel> members, StanceLexicon lexicon,
                     double[] offsets, ObjectNode provenance) {
    if (members.isEmpty()) {
      throw new IllegalArgumentException("stance model needs at least one member");
    }
    for (LinearModel m : members) {
      if (m.classes() != 3) {
        throw new IllegalArgumentException("stance model needs 3 classes, got " + m.classes());
      }
    }
    if (offsets.length != 3) {
      throw new IllegalArgumentException("need 3 class offsets, got " + offsets.length);
    }
    this.name = name;
    this.config = java.util.Objects.requireNonNull(config, "config");
    this.members = List.copyOf(members);
    this.lexicon = lexicon;
    this.offsets = new double[3];
    for (int c = 0; c < 3; c++) {
      this.offsets[c] = ModelFile.round(offsets[c]);
    }
    this.provenance = provenance == null ? JsonNodeFactory.instance.objectNode() : provenance.deepCopy();
  }

  /** The shipped light model. */
  public static StanceModel loadDefault() throws InputException {
    return fromLoaded(ModelFile.readResource(RESOURCE, KIND));
  }

  /** The shipped accurate model (needs the sentence encoder). */
  public static StanceModel loadAccurate() throws InputException {
    return fromLoaded(ModelFile.readResource(ACCURATE_RESOURCE, KIND));
  }

  /** A model file; refused if its provenance does not check out. */
  public static StanceModel load(Path path) throws InputException {
    return fromLoaded(ModelFile.read(path, KIND));
  }

  static StanceModel fromLoaded(ModelFile.Loaded l) throws InputException {
    try {
      StanceConfig cfg = StanceConfig.fromMap(l.featureConfig());
      JsonNode ms = l.content().path("models");
      if (!ms.isArray() || ms.isEmpty()) {
        throw new IllegalArgumentException("'models' must be a non-empty array");
      }
      List<LinearModel> members = new ArrayList<>();
      for (JsonNode m : ms) {
        members.add(LinearModel.fromJson(m));
      }
      JsonNode lx = l.content().path("lexicon");
      if (!lx.isObject()) {
        throw new IllegalArgumentException("'lexicon' must be an object");
      }
      TreeMap<String, Integer> entries = new TreeMap<>();
      lx.fields().forEachRemaining(e -> entries.put(e.getKey(), e.getValue().asInt()));
      double[] off = ModelFile.doubles(l.content().path("offsets"), "offsets");
      return new StanceModel(l.name(), cfg, members, new StanceLexicon(entries), off,
          l.provenance().isObject() ? (ObjectNode) l.provenance() : null);
    } catch (IllegalArgumentException e) {
      throw new InputException(l.source(), "bad stance model content (" + e.getMessage() + "); retrain it");
    }
  }

  public StanceModel withProvenance(ObjectNode prov) {
    return new StanceModel(name, config, members, lexicon, offsets, prov);
  }

  /** The same model with other class offsets. */
  public StanceModel withOffsets(double[] off) {
    return new StanceModel(name, config, members, lexicon, off, provenance);
  }

  public String name() {
    return name;
  }

  public StanceConfig config() {
    return config;
  }

  /** Whether scoring needs the sentence encoder (accurate model). */
  public boolean needsEncoder() {
    return config.usesEmbedding();
  }

  /** The member classifiers (first: logistic regression). */
  public List<LinearModel> members() {
    return members;
  }

  /** Class offsets on the log-probabilities. */
  public double[] offsets() {
    return offsets.clone();
  }

  /** The valence lexicon the features use. */
  public StanceLexicon lexicon() {
    return lexicon;
  }

  public ObjectNode provenance() {
    return provenance.deepCopy();
  }

  /** [negative, neutral, positive] toward the target at [targetBegin, targetEnd) (light models). */
  public double[] probabilities(String sentence, int targetBegin, int targetEnd) {
    return probabilities(sentence, targetBegin, targetEnd, null, null);
  }

  /**
   * [negative, neutral, positive] toward the target; {@code encoder} (and optionally the sentence's
   * already computed embedding, shared with the bias model) for a model that {@link #needsEncoder()}.
   */
  public double[] probabilities(String sentence, int targetBegin, int targetEnd, SentenceEncoder encoder,
                                float[] sentenceEmbedding) {
    return probabilities(features(sentence, targetBegin, targetEnd, encoder, sentenceEmbedding));
  }

  /** The features this model scores. */
  Features features(String sentence, int begin, int end, SentenceEncoder encoder, float[] sentenceEmbedding) {
    return features(config, lexicon, sentence, begin, end, encoder, sentenceEmbedding);
  }

  public static Features features(StanceConfig config, StanceLexicon lexicon, String sentence, int begin, int end,
                           SentenceEncoder encoder, float[] sentenceEmbedding) {
    List<Tokenizer.Tok> toks = Tokenizer.tokens(sentence);
    FeatureSink f = FeatureSink.withCapacity(4 * sentence.length() + 64);
    StanceFeatures.of(sentence, toks, begin, end, config.groups(), lexicon, f);
    if (config.usesEmbedding()) {
      if (encoder == null || !encoder.id().equals(config.embedding())) {
        throw new IllegalArgumentException("this stance model needs the sentence encoder " + config.embedding()
            + ", got " + (encoder == null ? "none" : encoder.id()));
      }
      double s = config.embeddingScale();
      if (config.parts().contains("marked")) {
        f.vector(FeatureBlock.EMBED_TARGET, BiasModel.scaled(encoder.encode(StanceTexts.marked(sentence, begin, end)), s));
      }
      if (config.parts().contains("clause")) {
        f.vector(FeatureBlock.EMBED_CLAUSE,
            BiasModel.scaled(encoder.encode(StanceTexts.clause(sentence, toks, begin, end)), s));
      }
      if (config.parts().contains("sentence")) {
        float[] e = sentenceEmbedding != null ? sentenceEmbedding : encoder.encode(sentence);
        f.vector(FeatureBlock.EMBED, BiasModel.scaled(e, s));
      }
    }
    return f.finish();
  }

  /** Averaged member probabilities of already extracted features, with the class offsets applied. */
  double[] probabilities(Features raw) {
    double[] out = new double[3];
    for (LinearModel m : members) {
      double[] p = m.probabilities(raw);
      for (int c = 0; c < 3; c++) {
        out[c] += p[c] / members.size();
      }
    }
    return applyOffsets(out, offsets);
  }

  /** p_c * exp(offset_c), renormalised (the identity for zero offsets). */
  public static double[] applyOffsets(double[] p, double[] off) {
    if (off[0] == 0 && off[1] == 0 && off[2] == 0) {
      return p;
    }
    double[] q = new double[3];
    double sum = 0;
    for (int c = 0; c < 3; c++) {
      q[c] = p[c] * Math.exp(off[c]);
      sum += q[c];
    }
    for (int c = 0; c < 3; c++) {
      q[c] /= sum;
    }
    return q;
  }

  /** Deterministic model-file bytes. */
  public byte[] toBytes() {
    ObjectNode content = JsonNodeFactory.instance.objectNode();
    ArrayNode ms = content.putArray("models");
    for (LinearModel m : members) {
      ms.add(m.toJson());
    }
    ObjectNode lx = content.putObject("lexicon");
    lexicon.entries().forEach(lx::put);
    content.set("offsets", ModelFile.doubles(offsets));
    return ModelFile.write(KIND, name, config.asMap(), provenance, content);
  }
}
