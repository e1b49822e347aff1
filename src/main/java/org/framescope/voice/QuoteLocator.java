package org.framescope.voice;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.framescope.model.NlpSentence;
import org.framescope.model.Token;

/**
 * Places the quotation-mark spans of {@link QuoteFinder} on the document's tokens. Input: the body and its
 * sentences. Output: the quotes that hold at least one word, in body order, with per-sentence token sets, and
 * per-sentence masks of quoted tokens ({@link #mask}); a token is inside a quote when it lies wholly within the
 * marks (the marks themselves included).
 */
final class QuoteLocator {
  private final List<QuoteSpan> quotes;
  private final List<BitSet> masks;
  private final List<int[]> quoteOf;

  /** @param turns the body's transcript turns ({@link QuoteFinder#turns}) */
  QuoteLocator(String body, List<DependencyView> views, List<QuoteFinder.Turn> turns) {
    List<QuoteSpan> found = new ArrayList<>();
    for (QuoteFinder.Quote q : QuoteFinder.find(body, turns)) {
      Map<Integer, BitSet> toks = new LinkedHashMap<>();
      int first = -1;
      int last = -1;
      int words = 0;
      for (DependencyView p : views) {
        NlpSentence s = p.s;
        if (s.end() <= q.begin() || s.begin() >= q.end()) {
          continue;
        }
        BitSet b = new BitSet(p.n);
        for (int t = 0; t < p.n; t++) {
          Token tok = p.tok(t);
          if (tok.begin() >= q.begin() && tok.end() <= q.end()) {
            b.set(t);
            if (!DependencyView.isPunctToken(tok)) {
              words++;
            }
          }
        }
        if (!b.isEmpty()) {
          toks.put(s.index(), b);
          first = first < 0 ? s.index() : first;
          last = s.index();
        }
      }
      if (first >= 0 && words > 0) {
        found.add(new QuoteSpan(q, first, last, words, toks));
      }
    }
    quotes = List.copyOf(found);
    masks = new ArrayList<>(views.size());
    quoteOf = new ArrayList<>(views.size());
    for (DependencyView p : views) {
      masks.add(new BitSet(p.n));
      int[] qo = new int[p.n];
      java.util.Arrays.fill(qo, -1);
      quoteOf.add(qo);
    }
    for (int k = 0; k < quotes.size(); k++) {
      for (Map.Entry<Integer, BitSet> e : quotes.get(k).tokens().entrySet()) {
        masks.get(e.getKey()).or(e.getValue());
        BitSet b = e.getValue();
        for (int t = b.nextSetBit(0); t >= 0; t = b.nextSetBit(t + 1)) {
          quoteOf.get(e.getKey())[t] = k;
        }
      }
    }
  }

  List<QuoteSpan> quotes() {
    return quotes;
  }

  /** Quoted tokens of sentence {@code si} (a copy). */
  BitSet mask(int si) {
    return (BitSet) masks.get(si).clone();
  }

  /** Quoted tokens of sentence {@code si}, not copied: callers must not change it. */
  BitSet maskView(int si) {
    return masks.get(si);
  }

  boolean inQuote(int si, int t) {
    return masks.get(si).get(t);
  }

  /** Index into {@link #quotes()} of the quote holding the token, or -1. */
  int quoteIndex(int si, int t) {
    return quoteOf.get(si)[t];
  }
}
