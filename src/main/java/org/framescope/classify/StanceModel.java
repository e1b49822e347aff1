package org.framescope.classify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.framescope.model.InputException;

/**
 * Trained stance (target-dependent sentiment) model: one or more multinomial linear classifiers over
 * {@link StanceFeatures} (with the feature groups {@link #GROUPS} and the valence lexicon stored in
 * the model file), trained on NewsMTSC; with several members their probabilities are averaged.
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
  public static final List<String> CLASSES = List.of("negative", "neutral", "positive");
  /** Optional feature groups of this version's stance models (see {@link StanceFeatures}). */
  public static final Set<String> GROUPS = java.util.Collections.unmodifiableSet(new TreeSet<>(Set.of("lex")));
  /** Feature config of stance models (fixed; recorded and hashed in the file). */
  public static final Map<String, String> FEATURE_CONFIG = new TreeMap<>(Map.of(
      "features", "g:1-2gram-marked <t>/<e>,c:char_wb 2-5 non-target words,L/R buckets 1-3|4-8|9+,b:neighbour n-grams,C/O:clause words,d:position",
      "groups", String.join(",", GROUPS),
      "lex", "v:valence sign x side/distance bucket, clause, intensity; d:lexPos/Neg sums within 3/6/12 tokens and 1/sqrt(distance)-weighted; negator within 3 tokens before flips",
      "minDf", "2", "weighting", "sublinear-tf-idf, L2 per block"));

  private final String name;
  private final List<LinearModel> members;
  private final StanceLexicon lexicon;
  private final ObjectNode provenance;

  /** Model averaging the probabilities of {@code members} (all over 3 classes). */
  public StanceModel(String name, List<LinearModel> members, StanceLexicon lexicon, ObjectNode provenance) {
    if (members.isEmpty()) {
      throw new IllegalArgumentException("stance model needs at least one member");
    }
    for (LinearModel m : members) {
      if (m.classes() != 3) {
        throw new IllegalArgumentException("stance model needs 3 classes, got " + m.classes());
      }
    }
    this.name = name;
    this.members = List.copyOf(members);
    this.lexicon = lexicon;
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
      return new StanceModel(l.name(), members, new StanceLexicon(entries),
          l.provenance().isObject() ? (ObjectNode) l.provenance() : null);
    } catch (IllegalArgumentException e) {
      throw new InputException(l.source(), "bad stance model content (" + e.getMessage() + ")");
    }
  }

  public StanceModel withProvenance(ObjectNode prov) {
    return new StanceModel(name, members, lexicon, prov);
  }

  public String name() {
    return name;
  }

  /** The member classifiers (first: logistic regression). */
  public List<LinearModel> members() {
    return members;
  }

  /** The valence lexicon the features use. */
  public StanceLexicon lexicon() {
    return lexicon;
  }

  public ObjectNode provenance() {
    return provenance.deepCopy();
  }

  /** [negative, neutral, positive] probabilities toward the target at [targetBegin, targetEnd). */
  public double[] probabilities(String sentence, int targetBegin, int targetEnd) {
    return probabilities(StanceFeatures.of(sentence, targetBegin, targetEnd, GROUPS, lexicon));
  }

  /** Averaged member probabilities of already extracted features. */
  double[] probabilities(Map<String, Double> raw) {
    double[] out = new double[3];
    for (LinearModel m : members) {
      double[] p = m.probabilities(raw);
      for (int c = 0; c < 3; c++) {
        out[c] += p[c] / members.size();
      }
    }
    return out;
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
    return ModelFile.write(KIND, name, FEATURE_CONFIG, provenance, content);
  }
}
