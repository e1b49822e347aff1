package org.framescope.pipeline;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.framescope.model.Attribution;
import org.framescope.model.NlpDocument;
import org.framescope.model.NlpSentence;
import org.framescope.model.SentenceResult;
import org.framescope.model.Span;
import org.framescope.model.Token;
import org.framescope.model.SpanCategory;
import org.framescope.model.VerbClass;
import org.framescope.model.Voice;
import org.framescope.model.VoiceSegment;
import org.framescope.model.Voices;

/**
 * Per-article scores, computed only from the spans, voice segments and attributions in the article
 * document, so every number can be traced back to highlighted words. Input: annotated sentences and
 * their results. Output: metrics (rates per 100 tokens per voice, counts, verb-class shares) and the
 * frame distribution (share of frame cues per frame, in the author's voice).
 *
 * <p>This is the one place these metrics are defined; the comparison, the corpus store and the notebooks read
 * them from the article document under the same names (docs/data-dictionary.md). Tokens are CoreNLP's tokens
 * (punctuation included), counted per voice by the voice segment holding each token's first character: the
 * units the voice segments were built on, identical in every profile (all profiles tokenize and split the same
 * way), and what {@code framescope bench} counts. A rate whose voice has no tokens is left out rather than
 * written as 0, which would read as a measured absence.
 */
public final class ArticleMetrics {
  private ArticleMetrics() { }

  public static SortedMap<String, Double> metrics(NlpDocument doc, List<SentenceResult> sentences,
                                                  List<Attribution> attributions, int removedBlocks) {
    Map<String, Double> m = new TreeMap<>();
    double authorTokens = 0;
    double otherTokens = 0;
    for (int i = 0; i < doc.sentences().size(); i++) {
      NlpSentence s = doc.sentences().get(i);
      List<VoiceSegment> segs = sentences.get(i).segments();
      for (Token t : s.tokens()) {
        if (Voices.at(segs, t.begin()) == Voice.AUTHOR) {
          authorTokens++;
        } else {
          otherTokens++;
        }
      }
    }
    m.put("tokens", authorTokens + otherTokens);
    m.put("tokensAuthor", authorTokens);
    m.put("tokensQuoted", otherTokens);
    m.put("sentences", (double) sentences.size());
    m.put("removedBlocks", (double) removedBlocks);
    Map<String, double[]> counts = new TreeMap<>(); // category -> [author, quoted]
    double valenceAuthor = 0;
    double valenceQuoted = 0;
    for (SentenceResult s : sentences) {
      for (Span sp : s.spans()) {
        boolean author = Voices.at(s.segments(), sp.begin()) == Voice.AUTHOR;
        String cat = sp.category().startsWith("frame:") ? "frame" : sp.category();
        counts.computeIfAbsent(cat, k -> new double[2])[author ? 0 : 1]++;
        if (cat.equals("loaded") && !sp.negated()) {
          double v = sp.valence() * Math.max(1, sp.intensity());
          if (author) {
            valenceAuthor += v;
          } else {
            valenceQuoted += v;
          }
        }
      }
    }
    for (String cat : List.of("loaded", "label", "hedge", "distancing", "scare-quote", "intensifier", "assertive")) {
      double[] c = counts.getOrDefault(cat, new double[2]);
      String key = camel(cat);
      m.put(key + "Author", c[0]);
      m.put(key + "Quoted", c[1]);
      putRate(m, key + "Per100TokensAuthor", c[0], authorTokens);
      putRate(m, key + "Per100TokensQuoted", c[1], otherTokens);
    }
    putRate(m, "loadedValencePer100TokensAuthor", valenceAuthor, authorTokens);
    putRate(m, "loadedValencePer100TokensQuoted", valenceQuoted, otherTokens);
    m.put("attributions", (double) attributions.size());
    for (VerbClass cls : VerbClass.values()) {
      String vc = cls.json();
      long n = attributions.stream().filter(a -> a.verbClass() == cls).count();
      m.put("attributionShare" + Character.toUpperCase(vc.charAt(0)) + vc.substring(1),
          attributions.isEmpty() ? 0.0 : round(n / (double) attributions.size()));
    }
    // Per speaker country: how many attributions, and how many introduced with each verb class
    // ("attributions[United States]", "attributionsDistancing[United States]").
    Map<String, int[]> byCountry = new TreeMap<>();
    List<String> classes = VerbClass.values().length == 4 ? List.copyOf(VerbClass.jsonNames()) : List.of();
    for (Attribution a : attributions) {
      String c = a.speaker().country() == null ? "unknown" : a.speaker().country();
      int[] n = byCountry.computeIfAbsent(c, k -> new int[5]);
      n[0]++;
      n[1 + a.verbClass().ordinal()]++;
    }
    byCountry.forEach((c, n) -> {
      m.put("attributions[" + c + "]", (double) n[0]);
      for (int i = 0; i < classes.size(); i++) {
        String vc = classes.get(i);
        m.put("attributions" + Character.toUpperCase(vc.charAt(0)) + vc.substring(1) + "[" + c + "]", (double) n[1 + i]);
      }
    });
    return new TreeMap<>(m);
  }

  /** Share of frame cues per frame in the author's voice (frames with no cue are left out). */
  public static SortedMap<String, Double> frames(List<SentenceResult> sentences) {
    Map<String, Integer> c = new TreeMap<>();
    int total = 0;
    for (SentenceResult s : sentences) {
      for (Span sp : s.spans()) {
        if (sp.kind() == SpanCategory.FRAME && Voices.at(s.segments(), sp.begin()) == Voice.AUTHOR) {
          c.merge(sp.category().substring("frame:".length()), 1, Integer::sum);
          total++;
        }
      }
    }
    SortedMap<String, Double> out = new TreeMap<>();
    for (Map.Entry<String, Integer> e : c.entrySet()) {
      out.put(e.getKey(), round(e.getValue() / (double) total));
    }
    return out;
  }

  private static String camel(String cat) {
    StringBuilder b = new StringBuilder();
    boolean up = false;
    for (char ch : cat.toCharArray()) {
      if (ch == '-') {
        up = true;
      } else {
        b.append(up ? Character.toUpperCase(ch) : ch);
        up = false;
      }
    }
    return b.toString();
  }

  /** A rate per 100 tokens, left out when the voice has no tokens. */
  private static void putRate(Map<String, Double> m, String name, double count, double tokens) {
    if (tokens > 0) {
      m.put(name, round(100.0 * count / tokens));
    }
  }

  /** Rounds to 6 decimals so output does not depend on summation order noise. */
  static double round(double x) {
    return Math.round(x * 1e6) / 1e6;
  }
}
