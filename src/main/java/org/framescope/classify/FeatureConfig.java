package org.framescope.classify;

import org.framescope.text.Tokenizer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.framescope.resource.DataFile;

/**
 * Feature settings of the sentence bias model; recorded in the model file and hashed for provenance.
 *
 * @param wordMaxN longest word n-gram (1..3)
 * @param charMin shortest char_wb n-gram (1..charMax), ignored when charMax is 0
 * @param charMax longest char_wb n-gram (0 = no character n-grams, else up to 6)
 * @param minDf minimum document frequency in the training data for a count feature to be kept (>= 1)
 * @param dense whether the dense surface cues (d:...) are added
 * @param wordStack whether the token-level biased-word model's outputs are stacked as sentence features
 * @param embedding {@link #NO_EMBEDDING}, or the id of the sentence encoder whose embedding is appended
 *     ({@link SentenceEncoder#id()}); models with an embedding run only in the accurate profile
 * @param embeddingScale factor on the embedding's components (the other blocks have unit norm; a larger
 *     factor lets the L2-regularised model use the embedding more), > 0
 */
public record FeatureConfig(int wordMaxN, int charMin, int charMax, int minDf, boolean dense, boolean wordStack,
                            String embedding, double embeddingScale) {
  /**
   * Version of the feature extraction code (2: stance lexicon/valence features, ensemble stance files;
   * 3: hashed feature space ({@link FeatureSink}), optional sentence embeddings). Bump it whenever {@link TextFeatures}, {@link Tokenizer},
   * {@link WordFeatures}, {@link StanceFeatures}, {@link FeatureSink} or {@link Vectorizer} change their output: models
   * recorded with another version are refused at load time.
   */
  public static final int FEATURE_VERSION = 3;

  /** Value of {@link #embedding()} for models without a sentence embedding. */
  public static final String NO_EMBEDDING = "none";

  /** The configuration of the shipped light bias model. */
  public static final FeatureConfig DEFAULT = new FeatureConfig(2, 2, 5, 2, true, true, NO_EMBEDDING, 1.0);

  /** The same features without a sentence embedding (legacy 6-argument form). */
  public FeatureConfig(int wordMaxN, int charMin, int charMax, int minDf, boolean dense, boolean wordStack) {
    this(wordMaxN, charMin, charMax, minDf, dense, wordStack, NO_EMBEDDING, 1.0);
  }

  public FeatureConfig {
    if (embedding == null || embedding.isBlank()) {
      throw new IllegalArgumentException("embedding must be '" + NO_EMBEDDING + "' or an encoder id, got '"
          + embedding + "'");
    }
    if (!(embeddingScale > 0) || Double.isInfinite(embeddingScale)) {
      throw new IllegalArgumentException("embeddingScale must be > 0, got " + embeddingScale);
    }
    if (wordMaxN < 1 || wordMaxN > 3) {
      throw new IllegalArgumentException("wordMaxN must be 1..3, got " + wordMaxN);
    }
    if (charMax != 0 && (charMin < 1 || charMin > charMax || charMax > 6)) {
      throw new IllegalArgumentException("char n-gram range must satisfy 1 <= charMin <= charMax <= 6, got "
          + charMin + ".." + charMax);
    }
    if (minDf < 1) {
      throw new IllegalArgumentException("minDf must be >= 1, got " + minDf);
    }
  }

  /** Whether a sentence embedding is part of the features. */
  public boolean usesEmbedding() {
    return !NO_EMBEDDING.equals(embedding);
  }

  /** This config without the embedding. */
  public FeatureConfig withoutEmbedding() {
    return new FeatureConfig(wordMaxN, charMin, charMax, minDf, dense, wordStack, NO_EMBEDDING, 1.0);
  }

  /** This config with the embedding of {@code encoderId}. */
  public FeatureConfig withEmbedding(String encoderId, double scale) {
    return new FeatureConfig(wordMaxN, charMin, charMax, minDf, dense, wordStack, encoderId, scale);
  }

  /** Sorted key/value form, as written in model files. */
  public Map<String, String> asMap() {
    TreeMap<String, String> m = new TreeMap<>();
    m.put("wordMaxN", Integer.toString(wordMaxN));
    m.put("charMin", Integer.toString(charMin));
    m.put("charMax", Integer.toString(charMax));
    m.put("minDf", Integer.toString(minDf));
    m.put("dense", Boolean.toString(dense));
    m.put("wordStack", Boolean.toString(wordStack));
    m.put("embedding", embedding);
    m.put("embeddingScale", Double.toString(embeddingScale));
    m.put("hashing", "FNV-1a 32 + fmix32, 24 bits per block");
    return m;
  }

  /** Parses the form written by {@link #asMap()}; unknown or missing keys are errors. */
  public static FeatureConfig fromMap(Map<String, String> m) {
    TreeMap<String, String> copy = new TreeMap<>(m);
    if (!copy.keySet().equals(DEFAULT.asMap().keySet())) {
      throw new IllegalArgumentException("feature config keys must be " + DEFAULT.asMap().keySet()
          + ", got " + copy.keySet());
    }
    if (!DEFAULT.asMap().get("hashing").equals(copy.get("hashing"))) {
      throw new IllegalArgumentException("feature hashing '" + copy.get("hashing") + "' is not this version's '"
          + DEFAULT.asMap().get("hashing") + "'");
    }
    return new FeatureConfig(Integer.parseInt(copy.get("wordMaxN")), Integer.parseInt(copy.get("charMin")),
        Integer.parseInt(copy.get("charMax")), Integer.parseInt(copy.get("minDf")),
        Boolean.parseBoolean(copy.get("dense")), Boolean.parseBoolean(copy.get("wordStack")), copy.get("embedding"),
        Double.parseDouble(copy.get("embeddingScale")));
  }

  /** SHA-256 of the canonical "key=value;" string of any sorted config map plus the feature version. */
  public static String hash(Map<String, String> config) {
    StringBuilder sb = new StringBuilder("featureVersion=" + FEATURE_VERSION + ";");
    new TreeMap<>(config).forEach((k, v) -> sb.append(k).append('=').append(v).append(';'));
    return DataFile.sha256(sb.toString().getBytes(StandardCharsets.UTF_8));
  }
}
