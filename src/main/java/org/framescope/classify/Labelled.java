package org.framescope.classify;

import java.util.List;
import java.util.Objects;

/**
 * One BABE sentence: text, gold label (true = biased) and the words the annotators marked as biased.
 *
 * @param text the sentence
 * @param biased true for "Biased", false for "Non-biased"
 * @param biasedWords normalized (lower-cased) words marked as biased; empty if none
 * @param outlet the outlet name (may be empty)
 */
public record Labelled(String text, boolean biased, List<String> biasedWords, String outlet) {
  public Labelled {
    Objects.requireNonNull(text, "text");
    biasedWords = List.copyOf(biasedWords);
    outlet = outlet == null ? "" : outlet;
  }
}
