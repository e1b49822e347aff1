package org.framescope.model;

import java.util.Objects;

/**
 * A highlighted stretch of the body with the rule or model that found it.
 *
 * @param begin body offset (inclusive)
 * @param end body offset (exclusive)
 * @param text body.substring(begin, end)
 * @param category a {@link SpanCategory} JSON name, "frame:&lt;dimension&gt;" for frame cues
 * @param source lexicon:&lt;file&gt;@&lt;version&gt; or model:&lt;name&gt; or rule:&lt;name&gt;
 * @param explanation human-readable reason shown in tooltips
 * @param valence -1, 0 or +1 where the category has one
 * @param intensity 0..3 where the category has one
 * @param negated true when inside a negation scope
 * @param group for labels: the contested-name group; for reporting verbs: the verb class; else null
 */
public record Span(int begin, int end, String text, String category, String source, String explanation,
                   int valence, int intensity, boolean negated, String group) {
  public Span {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad span offsets: begin=" + begin + " end=" + end);
    }
    Objects.requireNonNull(text, "text");
    SpanCategory.of(Objects.requireNonNull(category, "category"));
    Objects.requireNonNull(source, "source");
    explanation = explanation == null ? "" : explanation;
    if (valence < -1 || valence > 1) {
      throw new IllegalArgumentException("valence must be -1..1, got " + valence);
    }
  }

  /** The kind of the category (frame cues of every dimension are {@link SpanCategory#FRAME}). */
  public SpanCategory kind() {
    return SpanCategory.of(category);
  }
}
