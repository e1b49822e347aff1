package org.framescope.voice;

import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A quotation located in the sentences and tokens of a document (see {@link QuoteLocator}).
 *
 * @param quote the quotation-mark span in the body
 * @param firstSentence index of the first sentence it touches
 * @param lastSentence index of the last sentence it touches
 * @param words tokens inside it that are not punctuation
 * @param tokens sentence index to the tokens inside the quote (marks included)
 */
record QuoteSpan(QuoteFinder.Quote quote, int firstSentence, int lastSentence, int words, Map<Integer, BitSet> tokens) {
  QuoteSpan {
    tokens = Collections.unmodifiableMap(new LinkedHashMap<>(tokens));
  }

  /** The tokens of the quote in sentence {@code si}, or null when it does not reach that sentence. */
  BitSet tokensIn(int si) {
    return tokens.get(si);
  }

  int begin() {
    return quote.begin();
  }

  int end() {
    return quote.end();
  }
}
