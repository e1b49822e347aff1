package org.framescope.gold;

import java.util.Locale;

/**
 * What the agreement items are.
 *
 * <ul>
 *   <li>{@link #SENTENCE}: annotated segments matched across annotators (same layer, same actor for stance,
 *       character Jaccard overlap at least {@link GoldAgreement#MATCH_JACCARD}); one nominal value per annotator.
 *   <li>{@link #SPAN}: the same coding items, plus Krippendorff's unitized alpha (alpha_u) over the character
 *       continuum and span-overlap F1 between annotators.
 *   <li>{@link #DOCUMENT}: one item per document (per actor for stance): the set of labels an annotator used.
 * </ul>
 */
public enum AgreementUnit {
  SENTENCE, SPAN, DOCUMENT;

  /** Lower-case name for output and options. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The default unit for a layer: frame by document, span layers by span, the rest by sentence. */
  public static AgreementUnit defaultFor(GoldLayer layer) {
    if (layer == GoldLayer.FRAME) {
      return DOCUMENT;
    }
    return layer.isSpanLayer() ? SPAN : SENTENCE;
  }

  /** Parses "sentence", "span" or "document". */
  public static AgreementUnit of(String s) {
    for (AgreementUnit u : values()) {
      if (u.key().equals(s)) {
        return u;
      }
    }
    throw new IllegalArgumentException("unknown unit '" + s + "' (sentence, span, document)");
  }
}
