package org.framescope.model;

import java.util.List;

/**
 * Stance of one voice toward one actor.
 *
 * @param score mean of P(positive) - P(negative) over mentions, in [-1, 1]
 * @param label negative | neutral | positive
 * @param mentions number of mentions scored
 * @param evidence sentence indices with the strongest evidence
 */
public record StanceScore(double score, String label, int mentions, List<Integer> evidence) {
  public StanceScore {
    evidence = List.copyOf(evidence);
  }
}
