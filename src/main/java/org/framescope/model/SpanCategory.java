package org.framescope.model;

/**
 * The kinds of highlighted span. A span's category in JSON is the kind's name ("loaded", "scare-quote"),
 * except frame cues, which carry their dimension ("frame:economic"), and categories of user lexicons and
 * imported dictionaries ("liwc:posemo", "dict:economy.positive", any other declared name), which are
 * {@link #CUSTOM}. Adding a built-in span category means adding a constant here (and the lexicon entries or
 * rule that produce it); report code switches on these kinds. A blank category, or one with white space, is
 * rejected.
 */
public enum SpanCategory {
  /** Emotive or evaluative wording (lexicons/loaded.tsv). */
  LOADED,
  /** A contested name for a place, group, event or policy (lexicons/labels.tsv). */
  LABEL,
  /** Wording that presents a statement as uncertain or second-hand (lexicons/hedges.tsv). */
  HEDGE,
  /** Wording that keeps a name, title or claim at arm's length (lexicons/hedges.tsv). */
  DISTANCING,
  /** Wording that amplifies degree, size or frequency (lexicons/hedges.tsv). */
  INTENSIFIER,
  /** Wording that presents a statement as beyond doubt (lexicons/hedges.tsv). */
  ASSERTIVE,
  /** Verbs and nouns that presuppose the truth of what follows (lexicons/hedges.tsv). */
  FACTIVE,
  /** A frame cue; the JSON category is "frame:&lt;dimension&gt;" (lexicons/frames.tsv). */
  FRAME,
  /** Quotation marks around a single word or short phrase the writer keeps at a distance (voice rule). */
  SCARE_QUOTE,
  /** The verb or phrase that introduces a quote or reported speech (voice rule, lexicons/reporting-verbs.tsv). */
  REPORTING_VERB,
  /** A word the biased-word model marks (classifier). */
  BIAS_WORD,
  /** A category of a user lexicon or imported dictionary; the JSON category is the declared name. */
  CUSTOM;

  private static final String FRAME_PREFIX = "frame:";

  /** The JSON name of the kind ("loaded", "scare-quote"; "frame" and "custom" name the kind only). */
  public String json() {
    return JsonNames.of(this);
  }

  /** The JSON category of a frame cue of the given dimension. */
  public static String frame(String dimension) {
    if (dimension == null || dimension.isBlank() || dimension.contains(":")) {
      throw new IllegalArgumentException("bad frame dimension: '" + dimension + "'");
    }
    return FRAME_PREFIX + dimension;
  }

  /**
   * The kind of a JSON category: "frame:economic" gives FRAME, a built-in name its constant, any other
   * well-formed name CUSTOM. Rejects a null or blank category, or one with white space, naming it.
   */
  public static SpanCategory of(String category) {
    if (category == null || category.isBlank() || category.chars().anyMatch(Character::isWhitespace)
        || category.equals(FRAME_PREFIX)) {
      throw new IllegalArgumentException("bad span category '" + category + "' (a name without spaces, such as "
          + "'loaded' or 'frame:economic')");
    }
    if (category.startsWith(FRAME_PREFIX)) {
      return FRAME;
    }
    for (SpanCategory c : values()) {
      if (c != FRAME && c != CUSTOM && c.json().equals(category)) {
        return c;
      }
    }
    return CUSTOM;
  }

  /** The frame dimension of a JSON category ("frame:economic" gives "economic"), or null for other kinds. */
  public static String dimension(String category) {
    return of(category) == FRAME ? category.substring(FRAME_PREFIX.length()) : null;
  }
}
