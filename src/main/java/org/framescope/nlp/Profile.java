package org.framescope.nlp;

import java.util.List;
import java.util.Locale;

/**
 * Annotation profiles. Each lists the CoreNLP annotators it runs; {@code fast} keeps NER cheap
 * (no fine-grained labels, no SUTime, no numeric classifiers), {@code full} adds the dependency parser
 * that voice and attribution analysis need, {@code accurate} is {@code full} plus sentence embeddings
 * (an in-process sentence encoder) feeding the embedding-based bias and stance models.
 */
public enum Profile {
  FAST(List.of("tokenize", "ssplit", "pos", "lemma", "ner"), false),
  FULL(List.of("tokenize", "ssplit", "pos", "lemma", "ner", "depparse"), false),
  ACCURATE(List.of("tokenize", "ssplit", "pos", "lemma", "ner", "depparse"), true);

  private final List<String> annotators;
  private final boolean embeddings;

  Profile(List<String> annotators, boolean embeddings) {
    this.annotators = annotators;
    this.embeddings = embeddings;
  }

  public List<String> annotators() {
    return annotators;
  }

  public boolean hasDependencies() {
    return annotators.contains("depparse");
  }

  /** Whether sentences are embedded and the embedding-based classifiers run. */
  public boolean embeddings() {
    return embeddings;
  }

  /** The profile whose CoreNLP pipeline this one uses (accurate shares full's, so it is loaded once). */
  public Profile corenlp() {
    return this == ACCURATE ? FULL : this;
  }

  /** Parses "fast" / "full" / "accurate" (case-insensitive); rejects anything else naming the value. */
  public static Profile parse(String s) {
    for (Profile p : values()) {
      if (p.name().equalsIgnoreCase(s)) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown profile '" + s + "' (expected fast, full or accurate)");
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
