package org.framescope.classify;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link SentenceEncoder} that remembers what it encoded, so that training and evaluation encode each
 * distinct text once per run (cross-validation folds and lambda searches see the same sentences many
 * times). The cached floats are exactly the wrapped encoder's, so results do not depend on the cache.
 * Thread-safe.
 */
public final class EmbeddingCache implements SentenceEncoder {
  private final SentenceEncoder encoder;
  private final Map<String, float[]> cache = new ConcurrentHashMap<>();

  public EmbeddingCache(SentenceEncoder encoder) {
    this.encoder = java.util.Objects.requireNonNull(encoder, "encoder");
  }

  @Override
  public String id() {
    return encoder.id();
  }

  @Override
  public int dimension() {
    return encoder.dimension();
  }

  @Override
  public float[] encode(String text) {
    return cache.computeIfAbsent(text, encoder::encode).clone();
  }

  @Override
  public Map<String, String> provenance() {
    return encoder.provenance();
  }

  /** Number of distinct texts encoded so far. */
  public int size() {
    return cache.size();
  }
}
