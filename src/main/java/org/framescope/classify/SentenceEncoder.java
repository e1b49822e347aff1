package org.framescope.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A sentence encoder: text in, a fixed-length, L2-normalised embedding out. Computed once per sentence
 * in the accurate profile and shared by the bias model, the stance model and event grouping.
 *
 * <p>Implementations are deterministic (the same text gives the same floats across runs and threads)
 * and thread-safe. The one implementation, {@link OnnxSentenceEncoder}, is the only class that touches
 * the embedding runtime (an architecture test keeps it so).
 */
public interface SentenceEncoder {
  /** Short id recorded in model files and provenance, e.g. "all-minilm-l6-v2-q@1.19.0-beta29". */
  String id();

  /** Number of dimensions. */
  int dimension();

  /** The embedding of one text (a new array, L2-normalised; all zeros for a blank text). */
  float[] encode(String text);

  /** Embeddings of several texts, in order (the default encodes one by one). */
  default List<float[]> encodeAll(List<String> texts) {
    List<float[]> out = new ArrayList<>(texts.size());
    for (String t : texts) {
      out.add(encode(t));
    }
    return out;
  }

  /** Model name, version, SHA-256 of the model and tokenizer files, runtime: for provenance (sorted). */
  Map<String, String> provenance();

  /** Cosine similarity of two L2-normalised embeddings (their dot product). */
  static double cosine(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("embedding lengths differ: " + a.length + " vs " + b.length);
    }
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += (double) a[i] * b[i];
    }
    return s;
  }
}
