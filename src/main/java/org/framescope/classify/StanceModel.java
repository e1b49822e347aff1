package org.framescope.classify;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.framescope.model.InputException;

/**
 * Trained stance (target-dependent sentiment) model: a multinomial linear classifier over
 * {@link StanceFeatures}, trained on NewsMTSC.
 *
 * <p>Input: a sentence and the [begin, end) character offsets of a target mention in it. Output:
 * probabilities [negative, neutral, positive] summing to 1. Load the shipped model with
 * {@link #loadDefault()} or a trained file with {@link #load(Path)}.
 */
public final class StanceModel {
  /** Class-path location of the shipped model. */
  public static final String RESOURCE = "/models/stance-newsmtsc.json";
  /** Model kind in the file. */
  public static final String KIND = "stance";
  /** Class names, in probability order. */
  public static final java.util.List<String> CLASSES = java.util.List.of("negative", "neutral", "positive");
  /** Feature config of stance models (fixed; recorded and hashed in the file). */
  public static final Map<String, String> FEATURE_CONFIG = new TreeMap<>(Map.of(
      "features", "g:1-2gram-marked <t>/<e>,c:char_wb 2-5 non-target words,L/R buckets 1-3|4-8|9+,b:neighbour n-grams,C/O:clause words,d:position",
      "minDf", "2", "weighting", "sublinear-tf-idf, L2 per block"));

  private final String name;
  private final LinearModel model;
  private final ObjectNode provenance;

  public StanceModel(String name, LinearModel model, ObjectNode provenance) {
    if (model.classes() != 3) {
      throw new IllegalArgumentException("stance model needs 3 classes, got " + model.classes());
    }
    this.name = name;
    this.model = model;
    this.provenance = provenance == null ? JsonNodeFactory.instance.objectNode() : provenance.deepCopy();
  }

  /** The shipped model. */
  public static StanceModel loadDefault() throws InputException {
    return fromLoaded(ModelFile.readResource(RESOURCE, KIND));
  }

  /** A model file; refused if its provenance does not check out. */
  public static StanceModel load(Path path) throws InputException {
    return fromLoaded(ModelFile.read(path, KIND));
  }

  static StanceModel fromLoaded(ModelFile.Loaded l) throws InputException {
    if (!new TreeMap<>(l.featureConfig()).equals(FEATURE_CONFIG)) {
      throw new InputException(l.source(), "stance feature config " + l.featureConfig()
          + " differs from this version's " + FEATURE_CONFIG + "; retrain it");
    }
    try {
      return new StanceModel(l.name(), LinearModel.fromJson(l.content().path("model")),
          l.provenance().isObject() ? (ObjectNode) l.provenance() : null);
    } catch (IllegalArgumentException e) {
      throw new InputException(l.source(), "bad stance model content (" + e.getMessage() + ")");
    }
  }

  public StanceModel withProvenance(ObjectNode prov) {
    return new StanceModel(name, model, prov);
  }

  public String name() {
    return name;
  }

  public LinearModel linear() {
    return model;
  }

  public ObjectNode provenance() {
    return provenance.deepCopy();
  }

  /** [negative, neutral, positive] probabilities toward the target at [targetBegin, targetEnd). */
  public double[] probabilities(String sentence, int targetBegin, int targetEnd) {
    return model.probabilities(StanceFeatures.of(sentence, targetBegin, targetEnd));
  }

  /** Deterministic model-file bytes. */
  public byte[] toBytes() {
    ObjectNode content = JsonNodeFactory.instance.objectNode();
    content.set("model", model.toJson());
    return ModelFile.write(KIND, name, FEATURE_CONFIG, provenance, content);
  }
}
