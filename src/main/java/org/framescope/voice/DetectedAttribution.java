package org.framescope.voice;

import org.framescope.model.AttributionSpans;
import org.framescope.model.Speaker;
import org.framescope.model.VerbClass;

/**
 * One attribution as found, with its parts as character ranges (for span-level evaluation such as PolNeAR and
 * for highlighting).
 *
 * @param spans source, cue and content ranges
 * @param nested whether its cue lies inside another attribution's content (PolNeAR annotates only outer ones)
 * @param speaker the resolved speaker, or null (no source, or a first-person pronoun)
 * @param verbClass the cue's class: neutral, distancing, endorsing or emotive
 * @param confidence the model's probability that the cue is one (1 for the rules alone)
 * @param voiced whether the content counts as someone else's voice: a reporting verb or a confident cue, with a
 *     speaker that can speak (see {@link AttributionAnalyzer}); only these become {@code attributions} and voices
 */
public record DetectedAttribution(AttributionSpans spans, boolean nested, Speaker speaker, VerbClass verbClass,
                                  double confidence, boolean voiced) {
  public DetectedAttribution {
    java.util.Objects.requireNonNull(spans, "spans");
    java.util.Objects.requireNonNull(verbClass, "verbClass");
  }
}
