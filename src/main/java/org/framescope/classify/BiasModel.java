package org.framescope.classify;

import org.framescope.text.Tokenizer;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.framescope.model.BiasScore;
import org.framescope.model.InputException;
import org.framescope.model.Span;

/**
 * The trained sentence-bias model: a linear classifier over raw-text features (word 1-2-grams,
 * char_wb n-grams, dense cues, and the stacked outputs of the token-level {@link WordModel}),
 * with Platt calibration, plus the word model for highlights.
 *
 * <p>Input: one sentence (any text; no CoreNLP annotations needed). Output: a calibrated bias
 * probability with the features that pushed it ({@link #score}), and the offsets of words the
 * word model flags ({@link #biasedWordOffsets}, {@link #biasedWordSpans}).
 * Load the shipped model with {@link #loadDefault()} or a trained file with {@link #load(Path)}.
 */
public final class BiasModel {
  /** Class-path location of the shipped model. */
  public static final String RESOURCE = "/models/bias-babe.json";
  /** Class-path location of the shipped accurate (embedding) model. */
  public static final String ACCURATE_RESOURCE = "/models/bias-babe-accurate.json";
  /** Model kind in the file. */
  public static final String KIND = "bias";
  private static final int TOP_FEATURES = 8;
  private static final String EMBEDDING_LABEL = "all its dimensions together";

  private final String name;
  private final FeatureConfig config;
  private final LinearModel sentence;
  private final WordModel words;
  private final Platt calibration;
  private final ObjectNode provenance;

  public BiasModel(String name, FeatureConfig config, LinearModel sentence, WordModel words, Platt calibration,
                   ObjectNode provenance) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("model name must not be blank");
    }
    if (sentence.classes() != 2) {
      throw new IllegalArgumentException("bias model must be binary, got " + sentence.classes() + " classes");
    }
    this.name = name;
    this.config = config;
    this.sentence = sentence;
    this.words = words;
    this.calibration = calibration;
    this.provenance = provenance == null ? JsonNodeFactory.instance.objectNode() : provenance.deepCopy();
  }

  /** The shipped model (src/main/resources/models/bias-babe.json). */
  public static BiasModel loadDefault() throws InputException {
    return fromLoaded(ModelFile.readResource(RESOURCE, KIND));
  }

  /** The shipped accurate model (needs the sentence embedding of each sentence). */
  public static BiasModel loadAccurate() throws InputException {
    return fromLoaded(ModelFile.readResource(ACCURATE_RESOURCE, KIND));
  }

  /** A model file written by {@link #toBytes()}; refused if its provenance does not check out. */
  public static BiasModel load(Path path) throws InputException {
    return fromLoaded(ModelFile.read(path, KIND));
  }

  /** Builds a model from checked file content. */
  public static BiasModel fromLoaded(ModelFile.Loaded l) throws InputException {
    try {
      FeatureConfig cfg = FeatureConfig.fromMap(l.featureConfig());
      var c = l.content();
      Platt platt = new Platt(c.path("calibration").path("a").asDouble(), c.path("calibration").path("b").asDouble());
      return new BiasModel(l.name(), cfg, LinearModel.fromJson(c.path("sentence")),
          WordModel.fromJson(c.path("words")), platt,
          l.provenance().isObject() ? (ObjectNode) l.provenance() : null);
    } catch (IllegalArgumentException e) {
      throw new InputException(l.source(), "bad bias model content (" + e.getMessage() + ")");
    }
  }

  /** The same model with another calibration. */
  public BiasModel withCalibration(Platt platt) {
    return new BiasModel(name, config, sentence, words, platt, provenance);
  }

  /** The same model with another provenance record. */
  public BiasModel withProvenance(ObjectNode prov) {
    return new BiasModel(name, config, sentence, words, calibration, prov);
  }

  public String name() {
    return name;
  }

  public FeatureConfig config() {
    return config;
  }

  public Platt calibration() {
    return calibration;
  }

  public WordModel words() {
    return words;
  }

  public LinearModel sentence() {
    return sentence;
  }

  public ObjectNode provenance() {
    return provenance.deepCopy();
  }

  /** Whether this model needs a sentence embedding ({@link FeatureConfig#embedding()} is set). */
  public boolean needsEmbedding() {
    return config.usesEmbedding();
  }

  /** Raw features of a sentence (text features plus stacked word-model features), light models only. */
  public Features features(String text) {
    return features(text, null);
  }

  /** Raw features of a sentence with its embedding (null for light models). */
  public Features features(String text, float[] embedding) {
    List<Tokenizer.Tok> toks = Tokenizer.tokens(text);
    FeatureSink f = new FeatureSink();
    features(text, toks, config.wordStack() ? words.probabilities(toks) : null, embedding, config, words, f);
    return f.finish();
  }

  static void features(String text, List<Tokenizer.Tok> toks, double[] wordProbs, float[] embedding,
                       FeatureConfig cfg, WordModel words, FeatureSink f) {
    TextFeatures.sentence(text, toks, cfg, f);
    if (cfg.wordStack()) {
      words.stackFeatures(wordProbs, f);
    }
    if (cfg.usesEmbedding()) {
      if (embedding == null) {
        throw new IllegalArgumentException("this bias model needs the sentence embedding (" + cfg.embedding() + ")");
      }
      f.vector(FeatureBlock.EMBED, scaled(embedding, cfg.embeddingScale()));
    }
  }

  static float[] scaled(float[] v, double scale) {
    if (scale == 1.0) {
      return v;
    }
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = (float) (v[i] * scale);
    }
    return out;
  }

  /** Uncalibrated logit of "biased" (light models). */
  public double logit(String text) {
    return logit(text, null);
  }

  /** Uncalibrated logit of "biased", with the sentence embedding when the model needs one. */
  public double logit(String text, float[] embedding) {
    return sentence.logit(sentence.vector(features(text, embedding)));
  }

  /** Calibrated probability that the sentence is biased (light models). */
  public double probability(String text) {
    return calibration.apply(logit(text));
  }

  /** Calibrated probability, with the sentence embedding when the model needs one. */
  public double probability(String text, float[] embedding) {
    return calibration.apply(logit(text, embedding));
  }

  /**
   * Calibrated probability with the features that pushed it: each contribution is the Platt slope
   * times weight times feature value (in logit units), the largest absolute contributions first.
   */
  public BiasScore score(String text) {
    List<Tokenizer.Tok> toks = Tokenizer.tokens(text);
    return score(text, toks, words.probabilities(toks), null);
  }

  /** Sentence score and biased-word spans of one sentence, from one pass of the word model. */
  public record Scored(BiasScore score, List<Span> biasedWords) { }

  /**
   * What the pipeline needs per sentence: {@link #score(String)} and {@link #biasedWordSpans(String, int)}
   * without tokenising and running the word model twice ({@code embedding}: the sentence's embedding
   * when {@link #needsEmbedding()}, else null).
   */
  public Scored scoreWithWords(String text, int offset, float[] embedding) {
    List<Tokenizer.Tok> toks = Tokenizer.tokens(text);
    double[] wp = words.probabilities(toks);
    return new Scored(score(text, toks, wp, embedding), wordSpans(toks, wp, offset));
  }

  /** Light models: {@link #scoreWithWords(String, int, float[])} without an embedding. */
  public Scored scoreWithWords(String text, int offset) {
    return scoreWithWords(text, offset, null);
  }

  private BiasScore score(String text, List<Tokenizer.Tok> toks, double[] wp, float[] embedding) {
    FeatureSink sink = FeatureSink.withCapacity(4 * text.length() + 64);
    features(text, toks, wp, embedding, config, words, sink);
    Features f = sink.finish();
    int[] at = new int[f.size()];
    double[] val = new double[f.size()];
    int[] keys = new int[f.size()];
    int m = sentence.lookUp(f, at, val, keys);
    double z = sentence.intercept(1) - sentence.intercept(0);
    String topWord = "";
    double best = -1;
    for (int i = 0; i < wp.length; i++) {
      if (wp[i] > best) {
        best = wp[i];
        topWord = toks.get(i).text();
      }
    }
    // Contributions as primitives first; only the strongest few get a description (this runs per
    // sentence). The embedding's dimensions count as one contribution ("sentence embedding").
    int[] feat = new int[m + 1];
    double[] contr = new double[m + 1];
    int k = 0;
    double embed = 0;
    for (int j = 0; j < m; j++) {
      double c = (sentence.weightAt(at[j], 1) - sentence.weightAt(at[j], 0)) * val[j];
      z += c;
      if (keys[j] >>> 24 == FeatureBlock.EMBED.id()) {
        embed += c;
      } else if (c != 0) {
        feat[k] = keys[j];
        contr[k] = c;
        k++;
      }
    }
    if (embed != 0) {
      feat[k] = FeatureBlock.EMBED.id() << 24;
      contr[k] = embed;
      k++;
    }
    int[] order = strongest(feat, contr, k, TOP_FEATURES);
    int top = order.length;
    java.util.Set<Integer> wanted = new java.util.HashSet<>();
    for (int r = 0; r < top; r++) {
      wanted.add(feat[order[r]]);
    }
    // name only the top keys: one more pass of the extractor that keeps names for those keys alone
    Map<Integer, String> names = Map.of();
    if (!wanted.isEmpty()) {
      FeatureSink namer = FeatureSink.naming(wanted);
      features(text, toks, wp, null, config.withoutEmbedding(), words, namer);
      names = namer.names();
    }
    List<BiasScore.Contribution> contrib = new ArrayList<>();
    for (int r = 0; r < top; r++) {
      int i = order[r];
      String term = feat[i] == FeatureBlock.EMBED.id() << 24 ? "e:" : names.getOrDefault(feat[i], "?");
      contrib.add(new BiasScore.Contribution(describe(term, topWord), ModelFile.round(calibration.a() * contr[i])));
    }
    return new BiasScore(calibration.apply(z), contrib, name);
  }

  /**
   * The indices of the {@code limit} largest |contribution|s among the first {@code k}, largest first, ties
   * by feature key (keys are distinct): the head of a full sort by that order, found by insertion into a
   * short list, since this runs per sentence over hundreds of features.
   */
  static int[] strongest(int[] feat, double[] contr, int k, int limit) {
    int[] best = new int[Math.min(limit, k)];
    int n = 0;
    for (int i = 0; i < k; i++) {
      int pos = n;
      while (pos > 0 && before(feat, contr, i, best[pos - 1])) {
        pos--;
      }
      if (pos >= best.length) {
        continue;
      }
      int end = Math.min(n, best.length - 1);
      System.arraycopy(best, pos, best, pos + 1, end - pos);
      best[pos] = i;
      n = Math.min(n + 1, best.length);
    }
    return best;
  }

  private static boolean before(int[] feat, double[] contr, int a, int b) {
    int c = Double.compare(Math.abs(contr[b]), Math.abs(contr[a]));
    return c != 0 ? c < 0 : feat[a] < feat[b];
  }

  private static String describe(String term, String topWord) {
    return switch (term) {
      case "d:wmax" -> "biased-word model, strongest word \"" + topWord + "\"";
      case "d:wtop2" -> "biased-word model, two strongest words";
      case "d:wnoisyor" -> "biased-word model, any word";
      case "d:wcount" -> "biased-word model, number of flagged words";
      case "d:quote" -> "contains quotation marks";
      case "d:exclamation" -> "exclamation mark";
      case "d:question" -> "question mark";
      case "d:capShare" -> "share of capitalized words";
      case "d:digits" -> "contains digits";
      case "e:" -> "sentence embedding (" + EMBEDDING_LABEL + ")";
      default -> term.startsWith("w:") ? "word \"" + term.substring(2) + "\""
          : term.startsWith("c:") ? "characters \"" + term.substring(2).replace(' ', '_') + "\"" : term;
    };
  }

  /** [begin, end) offsets of tokens the word model shows as biased (probability >= display threshold). */
  public List<int[]> biasedWordOffsets(String text) {
    List<Tokenizer.Tok> toks = Tokenizer.tokens(text);
    double[] p = words.probabilities(toks);
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i < p.length; i++) {
      if (p[i] >= words.displayThreshold()) {
        out.add(new int[] {toks.get(i).begin(), toks.get(i).end()});
      }
    }
    return out;
  }

  /**
   * Highlights as spans with category "bias-word" and source "model:&lt;name&gt;"; {@code offset} is
   * added to every position so spans can be given in body coordinates.
   */
  public List<Span> biasedWordSpans(String text, int offset) {
    List<Tokenizer.Tok> toks = Tokenizer.tokens(text);
    return wordSpans(toks, words.probabilities(toks), offset);
  }

  private List<Span> wordSpans(List<Tokenizer.Tok> toks, double[] p, int offset) {
    List<Span> out = new ArrayList<>();
    for (int i = 0; i < p.length; i++) {
      if (p[i] >= words.displayThreshold()) {
        Tokenizer.Tok t = toks.get(i);
        out.add(new Span(offset + t.begin(), offset + t.end(), t.text(), "bias-word", "model:" + name,
            "biased-word model: p=" + twoDecimals(p[i]), 0, 0, false, null));
      }
    }
    return out;
  }

  /**
   * {@code String.format(Locale.ROOT, "%.2f", p)} for a probability, without the formatter's cost (this runs per
   * highlighted word): the formatter rounds the shortest decimal form of the double ({@link Double#toString})
   * half up, and so does this ({@code BiasWordLabelTest} compares the two on millions of values).
   */
  static String twoDecimals(double p) {
    if (!(p >= 0.001 && p < 1e7)) {
      return String.format(java.util.Locale.ROOT, "%.2f", p); // Double.toString switches to E notation here
    }
    return new java.math.BigDecimal(Double.toString(p)).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
  }

  /** Deterministic model-file bytes (see {@link ModelFile}). */
  public byte[] toBytes() {
    ObjectNode content = JsonNodeFactory.instance.objectNode();
    ObjectNode cal = content.putObject("calibration");
    cal.put("method", calibration.equals(Platt.IDENTITY) ? "none" : "platt");
    cal.put("a", calibration.a());
    cal.put("b", calibration.b());
    content.set("sentence", sentence.toJson());
    content.set("words", words.toJson());
    return ModelFile.write(KIND, name, config.asMap(), provenance, content);
  }

  /** Sorted map view of the feature config (for result provenance). */
  public Map<String, String> configMap() {
    return config.asMap();
  }
}
