package org.framescope.voice;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.framescope.model.Speaker;
import org.framescope.model.Voice;
import org.framescope.model.VoiceSegment;

/**
 * Turns attributions into voices. Every token starts as the outlet's own ({@code author}); the content of each
 * attribution becomes {@code reported} speech of its speaker (outer attributions first, so a nested one - "X
 * said Y claimed Z" - overrides the inner part); tokens inside quotation marks that belong to an attribution, or
 * to an unattributed quotation that is not a scare quote, become {@code quote}. Punctuation outside quotes follows
 * the word before it. A sentence's dominant voice is the one covering most of its non-punctuation tokens (ties:
 * quote, then reported), with the speaker covering most of them.
 *
 * <p>Input: the document view, the drafts (with speakers), the quotes with their speakers and the scare quotes.
 * Output: sentence voices and segments covering every token in body order. One per analysis.
 */
final class VoiceLabeller {
  private final DocView v;
  private final List<Voice[]> voice = new ArrayList<>();
  private final List<Speaker[]> who = new ArrayList<>();

  VoiceLabeller(DocView v) {
    this.v = v;
    for (DependencyView p : v.views) {
      Voice[] a = new Voice[p.n];
      java.util.Arrays.fill(a, Voice.AUTHOR);
      voice.add(a);
      who.add(new Speaker[p.n]);
    }
  }

  /** Marks the drafts' content as reported speech (outer first). */
  void reported(List<AttributionDraft> drafts) {
    List<AttributionDraft> order = new ArrayList<>(drafts);
    order.sort(Comparator.comparingInt((AttributionDraft d) -> -size(d)));
    for (AttributionDraft d : order) {
      for (Map.Entry<Integer, BitSet> e : d.content.entrySet()) {
        Voice[] vv = voice.get(e.getKey());
        Speaker[] ss = who.get(e.getKey());
        BitSet b = e.getValue();
        for (int t = b.nextSetBit(0); t >= 0; t = b.nextSetBit(t + 1)) {
          vv[t] = Voice.REPORTED;
          ss[t] = d.speaker;
        }
      }
    }
  }

  /**
   * Marks a quotation as direct quote: inside reported content it keeps that speaker, elsewhere it takes
   * {@code speaker} (possibly null: a quotation whose speaker is unknown).
   */
  void quote(QuoteSpan q, Speaker speaker) {
    for (Map.Entry<Integer, BitSet> e : q.tokens().entrySet()) {
      Voice[] vv = voice.get(e.getKey());
      Speaker[] ss = who.get(e.getKey());
      BitSet b = e.getValue();
      for (int t = b.nextSetBit(0); t >= 0; t = b.nextSetBit(t + 1)) {
        if (vv[t] != Voice.REPORTED) {
          ss[t] = speaker;
        }
        vv[t] = Voice.QUOTE;
      }
    }
  }

  /** Whether the quotation lies (at least half of it) in reported content. */
  boolean insideReported(QuoteSpan q) {
    int in = 0;
    int all = 0;
    for (Map.Entry<Integer, BitSet> e : q.tokens().entrySet()) {
      BitSet b = e.getValue();
      for (int t = b.nextSetBit(0); t >= 0; t = b.nextSetBit(t + 1)) {
        all++;
        in += voice.get(e.getKey())[t] == Voice.REPORTED ? 1 : 0;
      }
    }
    return in * 2 >= all && all > 0;
  }

  /** The sentence voices and segments. */
  List<SentenceVoice> sentences(List<VoiceSegment> segmentsOut) {
    List<SentenceVoice> sv = new ArrayList<>();
    for (int si = 0; si < v.size(); si++) {
      DependencyView p = v.view(si);
      Voice[] vv = voice.get(si);
      Speaker[] s = who.get(si);
      BitSet qmask = v.quoteMask(si);
      for (int t = 0; t < p.n; t++) {
        if (p.isPunct(t) && !qmask.get(t)) {
          int src = t - 1;
          while (src >= 0 && p.isPunct(src) && !qmask.get(src)) {
            src--;
          }
          if (src < 0) {
            src = t + 1;
            while (src < p.n && p.isPunct(src)) {
              src++;
            }
          }
          if (src >= 0 && src < p.n) {
            vv[t] = vv[src];
            s[t] = s[src];
          }
        }
      }
      int t = 0;
      while (t < p.n) {
        int e = t + 1;
        while (e < p.n && vv[e] == vv[t] && Objects.equals(s[e], s[t])) {
          e++;
        }
        segmentsOut.add(new VoiceSegment(p.tok(t).begin(), p.tok(e - 1).end(), vv[t],
            vv[t] == Voice.AUTHOR ? null : s[t]));
        t = e;
      }
      sv.add(dominant(si, p, vv, s));
    }
    return sv;
  }

  private static SentenceVoice dominant(int si, DependencyView p, Voice[] vv, Speaker[] s) {
    Map<Voice, Integer> count = new java.util.EnumMap<>(Voice.class);
    Map<Voice, Map<Speaker, Integer>> bySpeaker = new java.util.EnumMap<>(Voice.class);
    for (int k = 0; k < p.n; k++) {
      if (!p.isPunct(k)) {
        count.merge(vv[k], 1, Integer::sum);
        if (s[k] != null) {
          bySpeaker.computeIfAbsent(vv[k], x -> new LinkedHashMap<>()).merge(s[k], 1, Integer::sum);
        }
      }
    }
    Voice best = Voice.AUTHOR;
    int bestN = count.getOrDefault(Voice.AUTHOR, 0);
    for (Voice cand : List.of(Voice.REPORTED, Voice.QUOTE)) {
      int c = count.getOrDefault(cand, 0);
      if (c > 0 && c >= bestN) {
        best = cand;
        bestN = c;
      }
    }
    Speaker bs = null;
    if (best != Voice.AUTHOR && bySpeaker.containsKey(best)) {
      int m = -1;
      for (Map.Entry<Speaker, Integer> e : bySpeaker.get(best).entrySet()) {
        if (e.getValue() > m) {
          m = e.getValue();
          bs = e.getKey();
        }
      }
    }
    return new SentenceVoice(si, best, bs);
  }

  private static int size(AttributionDraft d) {
    int n = 0;
    for (BitSet b : d.content.values()) {
      n += b.cardinality();
    }
    return n;
  }
}
