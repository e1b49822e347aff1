package org.framescope.model;

import java.util.List;

/**
 * Stance toward one canonical actor. The top-level fields are the outlet's own (author) voice, as in
 * DESIGN.md; {@code quoted} is the stance of the voices the article quotes or reports.
 *
 * @param score author-voice score in [-1, 1], or null when the author never mentions the actor
 * @param label negative | neutral | positive, or null with score
 * @param mentions author-voice mentions scored
 * @param evidence sentence indices with the strongest author-voice evidence
 * @param quoted stance in quoted/reported voices, or null when there is none
 */
public record ActorStance(Double score, String label, int mentions, List<Integer> evidence, StanceScore quoted) {
  public ActorStance {
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
    if (mentions < 0) {
      throw new IllegalArgumentException("mentions must be >= 0, got " + mentions);
    }
  }

  /** Builds from the two voices (either may be null). */
  public static ActorStance of(StanceScore author, StanceScore quoted) {
    return author == null ? new ActorStance(null, null, 0, List.of(), quoted)
        : new ActorStance(author.score(), author.label(), author.mentions(), author.evidence(), quoted);
  }
}
