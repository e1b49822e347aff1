package org.framescope.compare;

import java.util.Locale;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Settings of one comparison. Every value goes into the report's provenance, so a report can be
 * re-run exactly.
 *
 * @param groupBy compare outlets, outlet groups (the manifest's {@code group} column), or each article on its own
 *     side (side by side, as a class puts two or three articles next to each other)
 * @param seed seed for bootstrap resampling and permutation tests
 * @param dateWindowDays automatic event grouping never links articles published further apart than this
 * @param eventThreshold average-link similarity (0..1) at which automatic event grouping stops merging
 * @param actorWeight weight (0..1) of shared actors against TF-IDF cosine in event grouping
 * @param bootstrapResamples number of bootstrap resamples for confidence intervals
 * @param alpha significance level applied after Benjamini-Hochberg correction (false discovery rate)
 * @param minArticles fewest articles per side for a test of per-article values; fewer gives "too little data"
 * @param minCount fewest counted items (attributions, labels, frame cues) per side for a count test
 * @param distinctiveWords how many distinguishing words to list per side of each pair
 * @param oneEvent every article covers one event: no automatic grouping, and an article's own {@code event}
 *     (from a manifest) is not read
 */
public record CompareConfig(GroupBy groupBy, long seed, int dateWindowDays, double eventThreshold,
                            double actorWeight, int bootstrapResamples, double alpha, int minArticles,
                            int minCount, int distinctiveWords, boolean oneEvent) {
  /** What the compared sides are. */
  public enum GroupBy {
    /** Each outlet is one side. */
    OUTLET,
    /** Each outlet group (from the manifest) is one side. */
    GROUP,
    /**
     * Each article is one side, named by its outlet when no other article has that outlet, else by its id
     * (after the outlet, when it has one).
     */
    ARTICLE;

    /** Parses "outlet", "group" or "article" (case-insensitive). */
    public static GroupBy parse(String s) {
      try {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("group-by must be outlet, group or article, got: " + s, e);
      }
    }
  }

  public CompareConfig {
    Objects.requireNonNull(groupBy, "groupBy");
    if (dateWindowDays < 0) {
      throw new IllegalArgumentException("dateWindowDays must be >= 0, got " + dateWindowDays);
    }
    if (!(eventThreshold > 0 && eventThreshold <= 1)) {
      throw new IllegalArgumentException("eventThreshold must be in (0,1], got " + eventThreshold);
    }
    if (!(actorWeight >= 0 && actorWeight <= 1)) {
      throw new IllegalArgumentException("actorWeight must be in [0,1], got " + actorWeight);
    }
    if (bootstrapResamples < 100) {
      throw new IllegalArgumentException("bootstrapResamples must be >= 100, got " + bootstrapResamples);
    }
    if (!(alpha > 0 && alpha < 1)) {
      throw new IllegalArgumentException("alpha must be in (0,1), got " + alpha);
    }
    if (minArticles < 2) {
      throw new IllegalArgumentException("minArticles must be >= 2, got " + minArticles);
    }
    if (minCount < 1) {
      throw new IllegalArgumentException("minCount must be >= 1, got " + minCount);
    }
    if (distinctiveWords < 0) {
      throw new IllegalArgumentException("distinctiveWords must be >= 0, got " + distinctiveWords);
    }
  }

  /**
   * Defaults: by outlet, seed 42, 3-day window, threshold 0.15, actor weight 0.2, 2000 resamples, FDR 0.05, events
   * from the articles or found automatically.
   */
  public static CompareConfig defaults() {
    return new CompareConfig(GroupBy.OUTLET, 42L, 3, 0.15, 0.2, 2000, 0.05, 3, 5, 10, false);
  }

  /** Copy with another grouping. */
  public CompareConfig withGroupBy(GroupBy g) {
    return new CompareConfig(g, seed, dateWindowDays, eventThreshold, actorWeight, bootstrapResamples, alpha,
        minArticles, minCount, distinctiveWords, oneEvent);
  }

  /** Copy with another seed. */
  public CompareConfig withSeed(long s) {
    return new CompareConfig(groupBy, s, dateWindowDays, eventThreshold, actorWeight, bootstrapResamples, alpha,
        minArticles, minCount, distinctiveWords, oneEvent);
  }

  /** Copy in which every article covers one event ({@code true}), or events are read and found ({@code false}). */
  public CompareConfig withOneEvent(boolean one) {
    return new CompareConfig(groupBy, seed, dateWindowDays, eventThreshold, actorWeight, bootstrapResamples, alpha,
        minArticles, minCount, distinctiveWords, one);
  }

  /** Side by side, as a class compares two or three articles: each article its own side, all one event. */
  public CompareConfig sideBySide() {
    return withGroupBy(GroupBy.ARTICLE).withOneEvent(true);
  }

  /** Every setting as sorted strings, for provenance. */
  public SortedMap<String, String> toMap() {
    SortedMap<String, String> m = new TreeMap<>();
    m.put("groupBy", groupBy.name().toLowerCase(Locale.ROOT));
    m.put("seed", Long.toString(seed));
    m.put("dateWindowDays", Integer.toString(dateWindowDays));
    m.put("eventThreshold", Double.toString(eventThreshold));
    m.put("actorWeight", Double.toString(actorWeight));
    m.put("bootstrapResamples", Integer.toString(bootstrapResamples));
    m.put("alpha", Double.toString(alpha));
    m.put("minArticles", Integer.toString(minArticles));
    m.put("minCount", Integer.toString(minCount));
    m.put("distinctiveWords", Integer.toString(distinctiveWords));
    m.put("oneEvent", Boolean.toString(oneEvent));
    return m;
  }
}
