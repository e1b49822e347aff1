package org.framescope.model;

import java.util.List;

/**
 * Sentence-level bias estimate from the trained classifier.
 *
 * @param probability calibrated probability that the sentence is biased (0..1)
 * @param explanation features that pushed the score, with signed weights (largest |weight| first)
 * @param model model name@version
 */
public record BiasScore(double probability, List<Contribution> explanation, String model) {
  /** One feature's signed contribution to a score; written as a JSON pair {@code ["feature", weight]}. */
  @com.fasterxml.jackson.annotation.JsonFormat(shape = com.fasterxml.jackson.annotation.JsonFormat.Shape.ARRAY)
  @com.fasterxml.jackson.annotation.JsonPropertyOrder({"feature", "weight"})
  public record Contribution(String feature, double weight) { }

  public BiasScore {
    if (!(probability >= 0.0 && probability <= 1.0)) {
      throw new IllegalArgumentException("probability must be in [0,1], got " + probability);
    }
    explanation = List.copyOf(explanation);
  }
}
