package org.framescope.nlp;

import java.util.List;
import java.util.Locale;

/**
 * Annotation profiles. Each lists the CoreNLP annotators it runs; {@code fast} keeps NER cheap
 * (no fine-grained labels, no SUTime, no numeric classifiers), {@code full} adds the dependency parser
 * that voice and attribution analysis need.
 */
public enum Profile {
  FAST(List.of("tokenize", "ssplit", "pos", "lemma", "ner")),
  FULL(List.of("tokenize", "ssplit", "pos", "lemma", "ner", "depparse"));

  private final List<String> annotators;

  Profile(List<String> annotators) {
    this.annotators = annotators;
  }

  public List<String> annotators() {
    return annotators;
  }

  public boolean hasDependencies() {
    return annotators.contains("depparse");
  }

  /** Parses "fast" / "full" (case-insensitive); rejects anything else naming the value. */
  public static Profile parse(String s) {
    for (Profile p : values()) {
      if (p.name().equalsIgnoreCase(s)) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown profile '" + s + "' (expected fast or full)");
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
