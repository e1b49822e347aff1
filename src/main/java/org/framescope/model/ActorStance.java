package org.framescope.model;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Stance toward one canonical actor. The top-level fields are the outlet's own (author) voice, as in
 * DESIGN.md; {@code quoted} is the stance of the voices the article quotes or reports, and {@code speakers}
 * the same split by who speaks.
 *
 * @param score author-voice score in [-1, 1], or null when the author never mentions the actor
 * @param label negative | neutral | positive, or null with score
 * @param mentions author-voice mentions scored
 * @param evidence sentence indices with the strongest author-voice evidence
 * @param quoted stance in quoted/reported voices, or null when there is none
 * @param speakers quoted/reported stance per speaker name ("unknown" when the speaker is not known), sorted
 */
public record ActorStance(Double score, String label, int mentions, List<Integer> evidence, StanceScore quoted,
                          SortedMap<String, StanceScore> speakers) {
  public ActorStance {
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
    speakers = speakers == null ? new TreeMap<>() : new TreeMap<>(speakers);
    if (mentions < 0) {
      throw new IllegalArgumentException("mentions must be >= 0, got " + mentions);
    }
  }

  /** Without per-speaker detail. */
  public ActorStance(Double score, String label, int mentions, List<Integer> evidence, StanceScore quoted) {
    this(score, label, mentions, evidence, quoted, null);
  }

  /** Builds from the two voices (either may be null). */
  public static ActorStance of(StanceScore author, StanceScore quoted) {
    return of(author, quoted, null);
  }

  /** Builds from the two voices (either may be null) and the quoted stance per speaker. */
  public static ActorStance of(StanceScore author, StanceScore quoted, SortedMap<String, StanceScore> speakers) {
    return author == null ? new ActorStance(null, null, 0, List.of(), quoted, speakers)
        : new ActorStance(author.score(), author.label(), author.mentions(), author.evidence(), quoted, speakers);
  }
}
