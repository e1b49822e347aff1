package org.framescope.classify;

import java.util.Arrays;

/**
 * The features of one item in the hashed feature space: keys (see {@link FeatureBlock}) in ascending
 * order, each once, with its count or value. Immutable; built by {@link FeatureSink#finish()}.
 */
public final class Features {
  /** No features. */
  public static final Features EMPTY = new Features(new int[0], new double[0]);

  private final int[] keys;
  private final double[] values;

  Features(int[] keys, double[] values) {
    if (keys.length != values.length) {
      throw new IllegalArgumentException("keys and values differ in length: " + keys.length + " vs " + values.length);
    }
    for (int i = 1; i < keys.length; i++) {
      if (keys[i - 1] >= keys[i]) {
        throw new IllegalArgumentException("keys must be ascending and unique at " + i);
      }
    }
    this.keys = keys;
    this.values = values;
  }

  /** Number of distinct features. */
  public int size() {
    return keys.length;
  }

  /** The keys themselves, not a copy (scoring reads them in bulk; never written). */
  int[] keyArray() {
    return keys;
  }

  public int key(int i) {
    return keys[i];
  }

  public double value(int i) {
    return values[i];
  }

  /** Value of a key, or 0. */
  public double get(int key) {
    int i = Arrays.binarySearch(keys, key);
    return i < 0 ? 0.0 : values[i];
  }

  /** These features plus {@code other}'s (values of equal keys are added). */
  public Features plus(Features other) {
    FeatureSink s = new FeatureSink();
    for (int i = 0; i < keys.length; i++) {
      s.put(keys[i], values[i]);
    }
    for (int i = 0; i < other.keys.length; i++) {
      s.put(other.keys[i], other.values[i]);
    }
    return s.finish();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Features f && Arrays.equals(keys, f.keys) && Arrays.equals(values, f.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(keys) * 31 + Arrays.hashCode(values);
  }
}
