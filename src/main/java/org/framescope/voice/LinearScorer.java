package org.framescope.voice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * A binary logistic model over named binary features: P(yes) = sigmoid(bias + sum of the weights of the
 * features present). Input: feature names (unknown names are ignored). Output: the probability. The decision
 * threshold chosen at training time is kept with the weights. Immutable and thread-safe.
 */
final class LinearScorer {
  private final Map<String, Double> weights;
  private final double bias;
  private final double threshold;

  LinearScorer(Map<String, Double> weights, double bias, double threshold) {
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1), got " + threshold);
    }
    this.weights = new HashMap<>(weights);
    this.bias = bias;
    this.threshold = threshold;
  }

  double probability(Collection<String> features) {
    double z = bias;
    for (String f : features) {
      Double w = weights.get(f);
      if (w != null) {
        z += w;
      }
    }
    return 1 / (1 + Math.exp(-z));
  }

  boolean accepts(double probability) {
    return probability >= threshold;
  }

  double threshold() {
    return threshold;
  }

  LinearScorer withThreshold(double t) {
    return new LinearScorer(weights, bias, t);
  }

  int size() {
    return weights.size();
  }

  /** Rounds to 8 significant digits, so stored weights print identically and compactly. */
  static double round(double v) {
    if (v == 0.0 || Double.isNaN(v) || Double.isInfinite(v)) {
      return v;
    }
    return new BigDecimal(v).round(new MathContext(8)).doubleValue();
  }

  /** {"bias": b, "threshold": t, "weights": {feature: w, ...}} with sorted keys and rounded values. */
  ObjectNode toJson() {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("bias", round(bias));
    o.put("threshold", round(threshold));
    ObjectNode w = o.putObject("weights");
    new TreeMap<>(weights).forEach((k, v) -> w.put(k, round(v)));
    return o;
  }

  static LinearScorer fromJson(JsonNode o, String what) {
    if (o == null || !o.isObject() || !o.path("weights").isObject()) {
      throw new IllegalArgumentException("'" + what + "' must be an object with bias, threshold and weights");
    }
    Map<String, Double> w = new HashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = o.path("weights").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      w.put(e.getKey(), e.getValue().asDouble());
    }
    return new LinearScorer(w, o.path("bias").asDouble(), o.path("threshold").asDouble(-1));
  }
}
