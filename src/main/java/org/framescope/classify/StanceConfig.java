package org.framescope.classify;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Feature settings of a stance model, recorded in its file and hashed for provenance.
 *
 * @param groups optional {@link StanceFeatures} groups ({@link StanceFeatures#GROUPS})
 * @param embedding {@link FeatureConfig#NO_EMBEDDING} or the sentence encoder's id
 * @param parts which texts are embedded: {@code marked} (the sentence with the mention as
 *     {@code <<mention>>}), {@code clause} (the target's clause, mention marked), {@code sentence} (the plain
 *     sentence, the embedding the bias model also uses); empty without an embedding
 * @param embeddingScale factor on the embedding components (> 0)
 */
public record StanceConfig(Set<String> groups, String embedding, Set<String> parts, double embeddingScale) {
  /** Embeddable texts. */
  public static final Set<String> PARTS = Set.of("marked", "clause", "sentence");

  /** The light model's settings: the {@code lex} and {@code rel} groups, no embedding. */
  public static final StanceConfig LIGHT = new StanceConfig(Set.of("lex"), FeatureConfig.NO_EMBEDDING, Set.of(), 1.0);

  private static final Map<String, String> FIXED = new TreeMap<>(Map.of(
      "features", "g:1-2gram-marked <t>/<e>,c:char_wb 2-5 non-target words,L/R buckets 1-3|4-8|9+,b:neighbour n-grams,C/O:clause words,d:position",
      "lex", "v:valence sign x side/distance bucket, clause, intensity; d:lexPos/Neg sums within 3/6/12 tokens and 1/sqrt(distance)-weighted; negator within 3 tokens before flips",
      "minDf", "2", "weighting", "sublinear-tf-idf, L2 per block",
      "hashing", "FNV-1a 32 + fmix32, 24 bits per block"));

  public StanceConfig {
    groups = java.util.Collections.unmodifiableSet(new TreeSet<>(groups));
    parts = java.util.Collections.unmodifiableSet(new TreeSet<>(parts));
    for (String g : groups) {
      if (!StanceFeatures.GROUPS.contains(g)) {
        throw new IllegalArgumentException("unknown stance feature group '" + g + "' (known: "
            + new TreeSet<>(StanceFeatures.GROUPS) + ")");
      }
    }
    for (String p : parts) {
      if (!PARTS.contains(p)) {
        throw new IllegalArgumentException("unknown embedding part '" + p + "' (known: " + new TreeSet<>(PARTS) + ")");
      }
    }
    if (embedding == null || embedding.isBlank()) {
      throw new IllegalArgumentException("embedding must be '" + FeatureConfig.NO_EMBEDDING + "' or an encoder id");
    }
    if (FeatureConfig.NO_EMBEDDING.equals(embedding) != parts.isEmpty()) {
      throw new IllegalArgumentException("embedding '" + embedding + "' and parts " + parts + " do not fit together");
    }
    if (!(embeddingScale > 0) || Double.isInfinite(embeddingScale)) {
      throw new IllegalArgumentException("embeddingScale must be > 0, got " + embeddingScale);
    }
  }

  /** Whether the model needs the sentence encoder. */
  public boolean usesEmbedding() {
    return !parts.isEmpty();
  }

  /** The same groups with an embedding. */
  public StanceConfig withEmbedding(String encoderId, Set<String> embedParts, double scale) {
    return new StanceConfig(groups, encoderId, embedParts, scale);
  }

  /** Sorted key/value form as written in model files. */
  public Map<String, String> asMap() {
    TreeMap<String, String> m = new TreeMap<>(FIXED);
    m.put("groups", String.join(",", groups));
    m.put("embedding", embedding);
    m.put("embeddingParts", String.join(",", parts));
    m.put("embeddingScale", Double.toString(embeddingScale));
    return m;
  }

  /** Parses {@link #asMap()}; a file whose fixed descriptions differ from this version's is refused. */
  public static StanceConfig fromMap(Map<String, String> m) {
    TreeMap<String, String> c = new TreeMap<>(m);
    Set<String> keys = LIGHT.asMap().keySet();
    if (!c.keySet().equals(keys)) {
      throw new IllegalArgumentException("stance feature config keys must be " + keys + ", got " + c.keySet());
    }
    for (Map.Entry<String, String> e : FIXED.entrySet()) {
      if (!e.getValue().equals(c.get(e.getKey()))) {
        throw new IllegalArgumentException("stance feature '" + e.getKey() + "' is '" + c.get(e.getKey())
            + "', this version's is '" + e.getValue() + "'; retrain it");
      }
    }
    return new StanceConfig(split(c.get("groups")), c.get("embedding"), split(c.get("embeddingParts")),
        Double.parseDouble(c.get("embeddingScale")));
  }

  private static Set<String> split(String s) {
    Set<String> out = new TreeSet<>();
    for (String p : s.split(",")) {
      if (!p.isBlank()) {
        out.add(p.trim());
      }
    }
    return out;
  }
}
