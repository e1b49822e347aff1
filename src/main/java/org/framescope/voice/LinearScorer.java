package org.framescope.voice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
  /**
   * The weights for scoring: open addressing on a 64-bit hash of the feature name ({@link #hash}; 0 = empty
   * slot), the weight beside it. The model scores every candidate token, source and content unit,
   * and a {@code HashMap<String, Double>} look-up is five dependent memory reads (table, node, key, key bytes,
   * boxed value); this is two. Names are not stored: two of the model's names with one hash are refused at
   * construction, and a name outside the model could share a hash with one in it with probability about
   * (model size) / 2^64, some 10^-14 per look-up, which is the price of the speed (the same trade as the
   * classifiers' hashed features, at a far smaller rate). Slot i: {@code [2i]} the name's hash, {@code [2i + 1]}
   * its weight's bits, so a look-up reads one cache line.
   */
  private final long[] slots;

  LinearScorer(Map<String, Double> weights, double bias, double threshold) {
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1), got " + threshold);
    }
    this.weights = new HashMap<>(weights);
    this.bias = bias;
    this.threshold = threshold;
    int cap = Integer.highestOneBit(Math.max(4, weights.size() * 2)) * 2;
    slots = new long[2 * cap];
    for (Map.Entry<String, Double> e : new TreeMap<>(weights).entrySet()) {
      long h = hash(e.getKey());
      int s = (int) h & (cap - 1);
      while (slots[2 * s] != 0) {
        if (slots[2 * s] == h) {
          throw new IllegalArgumentException("two feature names share a 64-bit hash: '" + e.getKey() + "'");
        }
        s = (s + 1) & (cap - 1);
      }
      slots[2 * s] = h;
      slots[2 * s + 1] = Double.doubleToRawLongBits(e.getValue());
    }
  }

  /** FNV-1a (64 bits) over the UTF-16 chars, finished with MurmurHash3's fmix64; never 0. */
  static long hash(String f) {
    long h = 0xCBF29CE484222325L;
    for (int i = 0; i < f.length(); i++) {
      h = (h ^ f.charAt(i)) * 0x100000001B3L;
    }
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    h *= 0xC4CEB9FE1A85EC53L;
    h ^= h >>> 33;
    return h == 0 ? 1 : h;
  }

  /** The weight of a feature name, or 0 when the model does not know it. */
  double weight(String f) {
    long h = hash(f);
    int s = home(h);
    return weight(h, s, slots[2 * s]);
  }

  /** The slot a name with hash {@code h} is looked for first. */
  private int home(long h) {
    return (int) h & (slots.length / 2 - 1);
  }

  /** The weight of the name with hash {@code h}, given its home slot {@code s} and the hash that slot holds. */
  private double weight(long h, int s, long first) {
    int mask = slots.length / 2 - 1;
    long k = first;
    while (k != 0) {
      if (k == h) {
        return Double.longBitsToDouble(slots[2 * s + 1]);
      }
      s = (s + 1) & mask;
      k = slots[2 * s];
    }
    return 0;
  }

  /**
   * The logistic probability of a unit with these features (weights summed in iteration order). The home slots
   * of all names are read first in one branch-free pass, so their cache misses overlap instead of each probe
   * waiting for the one before.
   */
  double probability(Collection<String> features) {
    int n = features.size();
    long[] h = new long[n];
    int[] home = new int[n];
    long[] first = new long[n];
    int i = 0;
    for (String f : features) {
      h[i] = hash(f);
      home[i] = home(h[i]);
      i++;
    }
    for (int j = 0; j < n; j++) {
      first[j] = slots[2 * home[j]];
    }
    double z = bias;
    for (int j = 0; j < n; j++) {
      z += weight(h[j], home[j], first[j]);
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
    return org.framescope.classify.ModelFile.round(v);
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
