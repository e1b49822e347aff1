package org.framescope.voice;

import java.util.BitSet;
import java.util.Locale;
import org.framescope.model.Span;

/**
 * Scare quotes: quotation marks the outlet uses to distance itself from a word or two, not to report speech. A
 * quotation is one when it holds at most {@value AttributionAnalyzer#SCARE_QUOTE_MAX_WORDS} words and sits inside
 * the outlet's prose (its sentences have at least three other words), and either follows a distancing marker
 * ({@code scare-marker} of voice-words.tsv: "the so-called “peace plan”", even inside what others say) or is
 * nobody's content (the analyzer asks {@link #shortAndEmbedded} only then). One per document; reads the body and
 * the quotation marks.
 */
final class ScareQuotes {
  private final DocView v;
  private final VoiceWords words;

  ScareQuotes(DocView v, VoiceWords words) {
    this.v = v;
    this.words = words;
  }

  /** A short quotation in the outlet's prose right after a distancing marker: a scare quote wherever it is. */
  boolean marked(QuoteSpan q) {
    return afterMarker(q) && shortAndEmbedded(q); // the cheap test first: unmarked, the analyzer asks shortAndEmbedded once
  }

  /** A short quotation in the outlet's prose: a scare quote when it is nobody's content. */
  boolean shortAndEmbedded(QuoteSpan q) {
    return q.words() <= AttributionAnalyzer.SCARE_QUOTE_MAX_WORDS && embedded(q);
  }

  /** The {@code scare-quote} span of {@code q}, in the outlet's voice. */
  Span span(QuoteSpan q) {
    return new Span(q.begin(), q.end(), v.body.substring(q.begin(), q.end()), "scare-quote",
        AttributionAnalyzer.SCARE_QUOTE_SOURCE, "Short quoted phrase in the outlet's own voice with no speaker "
        + "attached: quotation marks used to distance the outlet from the words (scare quotes)", 0, 0, false, null);
  }

  /**
   * A quotation right after a distancing marker ("so-called", "self-styled": scare-marker in voice-words.tsv).
   * The marker is read from the body, not the tokens: CoreNLP splits hyphenated words ("so - called").
   */
  private boolean afterMarker(QuoteSpan q) {
    int end = q.begin();
    while (end > 0 && Character.isWhitespace(v.body.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && (Character.isLetter(v.body.charAt(start - 1)) || v.body.charAt(start - 1) == '-')) {
      start--;
    }
    return start < end && words.is("scare-marker", v.body.substring(start, end).toLowerCase(Locale.ROOT));
  }

  /** A short quote sits inside the outlet's own prose when its sentences have 3+ other words. */
  private boolean embedded(QuoteSpan q) {
    int outside = 0;
    for (Integer si : q.tokens().keySet()) {
      DependencyView p = v.view(si);
      BitSet mask = v.quoteMask(si);
      for (int t = 0; t < p.n; t++) {
        if (!mask.get(t) && !p.isPunct(t)) {
          outside++;
        }
      }
    }
    return outside >= 3;
  }
}
