package org.framescope.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A second opinion on cue heads: a sequence model that reads the whole sentence (the {@code accurate} profile's
 * fine-tuned encoder, {@link OnnxCueTagger}) and gives each word the probability that it heads a cue.
 * {@code voice.AttributionModel} mixes it with its own linear cue probability:
 * {@code p = weight * tagger + (1 - weight) * linear}, and keeps a cue when {@code p >= threshold}.
 *
 * <p>Implementations are deterministic (the same words give the same numbers) and thread-safe.
 */
public interface CueTagger {
  /**
   * How the tagger's probability is mixed with the linear model's, chosen on the validation split of PolNeAR
   * train (docs/evaluation-polnear.md).
   *
   * @param weight the tagger's share, in [0, 1]
   * @param threshold the mixed probability from which a cue is kept, in (0, 1)
   */
  record Mix(double weight, double threshold) {
    public Mix {
      if (!(weight >= 0 && weight <= 1)) {
        throw new IllegalArgumentException("cue tagger weight must be in [0, 1], got " + weight);
      }
      if (!(threshold > 0 && threshold < 1)) {
        throw new IllegalArgumentException("cue tagger threshold must be in (0, 1), got " + threshold);
      }
    }

    /** Parses "WEIGHT,THRESHOLD" (as given on the command line), naming the bad part. */
    public static Mix parse(String s) {
      String[] p = s.split(",", -1);
      if (p.length != 2) {
        throw new IllegalArgumentException("cue mix must be WEIGHT,THRESHOLD, got '" + s + "'");
      }
      try {
        return new Mix(Double.parseDouble(p[0].trim()), Double.parseDouble(p[1].trim()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("cue mix must be two numbers WEIGHT,THRESHOLD, got '" + s + "'");
      }
    }

    /** "weight W, threshold T", as provenance and the evaluation print it. */
    @Override
    public String toString() {
      return "weight " + weight + ", threshold " + threshold;
    }

    /** The mixed probability (a word the tagger did not see is left to the linear model by its caller). */
    public double of(double tagger, double linear) {
      return weight * tagger + (1 - weight) * linear;
    }
  }

  /**
   * One probability per word of a sentence (the parse's tokens, in order); {@code NaN} for words past the
   * tagger's length limit.
   */
  double[] probabilities(List<String> words);

  /**
   * {@link #probabilities(List)} of several sentences at once (one document's), in their order; an implementation
   * may run them in batches, which must not change the numbers beyond the last rounded decimal.
   */
  default List<double[]> probabilitiesAll(List<List<String>> sentences) {
    List<double[]> out = new ArrayList<>(sentences.size());
    for (List<String> words : sentences) {
      out.add(probabilities(words));
    }
    return out;
  }

  /**
   * A probability rounded to 6 decimals, as taggers give them: float noise from batching or summation order then
   * stays out of the output (byte-identical runs).
   */
  static double rounded(double p) {
    return Math.rint(p * 1e6) / 1e6;
  }

  /** The mix in effect. */
  Mix mix();

  /** Name, file hashes and settings, for the run's provenance. */
  Map<String, String> provenance();
}
