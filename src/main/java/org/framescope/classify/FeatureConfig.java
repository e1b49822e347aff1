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
 */
public record FeatureConfig(int wordMaxN, int charMin, int charMax, int minDf, boolean dense, boolean wordStack) {
  /**
   * Version of the feature extraction code (2: stance lexicon/valence features, ensemble stance files). Bump it whenever {@link TextFeatures}, {@link Tokenizer},
   * {@link WordFeatures}, {@link StanceFeatures} or {@link Vectorizer} change their output: models
   * recorded with another version are refused at load time.
   */
  public static final int FEATURE_VERSION = 2;

  /** The configuration of the shipped bias model. */
  public static final FeatureConfig DEFAULT = new FeatureConfig(2, 2, 5, 2, true, true);

  public FeatureConfig {
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

  /** Sorted key/value form, as written in model files. */
  public Map<String, String> asMap() {
    TreeMap<String, String> m = new TreeMap<>();
    m.put("wordMaxN", Integer.toString(wordMaxN));
    m.put("charMin", Integer.toString(charMin));
    m.put("charMax", Integer.toString(charMax));
    m.put("minDf", Integer.toString(minDf));
    m.put("dense", Boolean.toString(dense));
    m.put("wordStack", Boolean.toString(wordStack));
    return m;
  }

  /** Parses the form written by {@link #asMap()}; unknown or missing keys are errors. */
  public static FeatureConfig fromMap(Map<String, String> m) {
    TreeMap<String, String> copy = new TreeMap<>(m);
    if (!copy.keySet().equals(DEFAULT.asMap().keySet())) {
      throw new IllegalArgumentException("feature config keys must be " + DEFAULT.asMap().keySet()
          + ", got " + copy.keySet());
    }
    return new FeatureConfig(Integer.parseInt(copy.get("wordMaxN")), Integer.parseInt(copy.get("charMin")),
        Integer.parseInt(copy.get("charMax")), Integer.parseInt(copy.get("minDf")),
        Boolean.parseBoolean(copy.get("dense")), Boolean.parseBoolean(copy.get("wordStack")));
  }

  /** SHA-256 of the canonical "key=value;" string of any sorted config map plus the feature version. */
  public static String hash(Map<String, String> config) {
    StringBuilder sb = new StringBuilder("featureVersion=" + FEATURE_VERSION + ";");
    new TreeMap<>(config).forEach((k, v) -> sb.append(k).append('=').append(v).append(';'));
    return DataFile.sha256(sb.toString().getBytes(StandardCharsets.UTF_8));
  }
}
