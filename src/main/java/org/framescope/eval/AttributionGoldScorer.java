package org.framescope.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.framescope.gold.GoldAnnotation;
import org.framescope.model.Attribution;
import org.jsoup.parser.Parser;

/**
 * Scores one article's pipeline output against raw-basis gold ({@code framescope.gold/1}, layers
 * {@code attribution} and {@code voice}).
 *
 * <p>In: the raw text the gold offsets point into, the article body our pipeline produced, the gold annotations,
 * our attributions and our sentences. Each gold span's text is read from the raw text at its offsets (HTML
 * entities decoded, tags and whitespace runs collapsed) and searched in the body; of several matches the one
 * nearest the expected position wins (the first span: the first match; later spans: the previous span's body
 * position plus their raw distance from it). Spans are mapped in raw order. Out: a {@link Tally} of counts. A gold attribution is matched by one
 * of ours (each used once) that covers at least half of the gold span; precision counts only our attributions
 * that overlap a mapped gold voice segment (the annotated part of the text) when the document has a voice layer.
 */
public final class AttributionGoldScorer {
  private AttributionGoldScorer() {}

  /** One sentence of our output: body offsets and its voice (author, quote, reported). */
  public record PredSentence(int begin, int end, String voice) {
    public PredSentence {
      Objects.requireNonNull(voice, "voice");
      if (begin < 0 || end < begin) {
        throw new IllegalArgumentException("bad sentence offsets: " + begin + ".." + end);
      }
    }
  }

  /** Body offsets of a mapped gold span. */
  public record BodySpan(int begin, int end) {
    int overlap(int b, int e) {
      return Math.max(0, Math.min(end, e) - Math.max(begin, b));
    }
  }

  /** Counts; mutable while scoring, summed over documents with {@link #add}. */
  public static final class Tally {
    int documents;
    int goldAttributions;
    int unmappedAttributions;
    int matched;
    int predicted;
    int predictedMatched;
    int speakerOk;
    int countryN;
    int countryOk;
    int verbClassOk;
    int kindOk;
    int goldVoice;
    int unmappedVoice;
    int voiceN;
    int voiceOk;
    int authorOk;
    final Map<String, Integer> voiceConfusion = new TreeMap<>();

    /** Adds another tally into this one. */
    public void add(Tally o) {
      documents += o.documents;
      goldAttributions += o.goldAttributions;
      unmappedAttributions += o.unmappedAttributions;
      matched += o.matched;
      predicted += o.predicted;
      predictedMatched += o.predictedMatched;
      speakerOk += o.speakerOk;
      countryN += o.countryN;
      countryOk += o.countryOk;
      verbClassOk += o.verbClassOk;
      kindOk += o.kindOk;
      goldVoice += o.goldVoice;
      unmappedVoice += o.unmappedVoice;
      voiceN += o.voiceN;
      voiceOk += o.voiceOk;
      authorOk += o.authorOk;
      o.voiceConfusion.forEach((k, v) -> voiceConfusion.merge(k, v, Integer::sum));
    }

    /** Gold attributions that could be located in the body (the recall denominator). */
    public int scoredAttributions() {
      return goldAttributions - unmappedAttributions;
    }

    public double recall() {
      return ratio(matched, scoredAttributions());
    }

    public double precision() {
      return ratio(predictedMatched, predicted);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return Double.isNaN(p) || Double.isNaN(r) || p + r == 0 ? Double.NaN : 2 * p * r / (p + r);
    }

    public double speakerAccuracy() {
      return ratio(speakerOk, matched);
    }

    public double countryAccuracy() {
      return ratio(countryOk, countryN);
    }

    public double verbClassAccuracy() {
      return ratio(verbClassOk, matched);
    }

    public double kindAccuracy() {
      return ratio(kindOk, matched);
    }

    public double voiceAccuracy() {
      return ratio(voiceOk, voiceN);
    }

    public double authorAccuracy() {
      return ratio(authorOk, voiceN);
    }

    static double ratio(int a, int b) {
      return b == 0 ? Double.NaN : a / (double) b;
    }
  }

  /**
   * Scores one document.
   *
   * @param raw the text the gold offsets refer to
   * @param htmlRaw whether raw is HTML (entities in gold spans are decoded before searching)
   * @param body our article body
   * @param gold the document's gold annotations (other layers are ignored)
   * @param ours our attributions (body offsets)
   * @param sentences our sentences (body offsets)
   */
  public static Tally score(String raw, boolean htmlRaw, String body, List<GoldAnnotation> gold,
                            List<Attribution> ours, List<PredSentence> sentences) {
    Tally t = new Tally();
    t.documents = 1;
    Mapper mapper = new Mapper(raw, htmlRaw, body);
    List<GoldAnnotation> sorted = new ArrayList<>(gold);
    sorted.sort(GoldAnnotation.ORDER);
    List<GoldAnnotation> goldAttr = new ArrayList<>();
    List<BodySpan> goldAttrSpans = new ArrayList<>();
    List<BodySpan> voiceSpans = new ArrayList<>();
    boolean hasVoice = false;
    for (GoldAnnotation a : sorted) {
      if (a.layer().equals("attribution")) {
        t.goldAttributions++;
        BodySpan s = mapper.map(a.begin(), a.end());
        if (s == null) {
          t.unmappedAttributions++;
        } else {
          goldAttr.add(a);
          goldAttrSpans.add(s);
        }
      } else if (a.layer().equals("voice")) {
        hasVoice = true;
        t.goldVoice++;
        BodySpan s = mapper.map(a.begin(), a.end());
        if (s == null) {
          t.unmappedVoice++;
          continue;
        }
        voiceSpans.add(s);
        PredSentence best = null;
        int bestOverlap = 0;
        for (PredSentence ps : sentences) {
          int ov = s.overlap(ps.begin(), ps.end());
          if (ov > bestOverlap) {
            best = ps;
            bestOverlap = ov;
          }
        }
        String pred = best == null ? "author" : best.voice();
        t.voiceN++;
        if (pred.equals(a.label())) {
          t.voiceOk++;
        }
        if (pred.equals("author") == a.label().equals("author")) {
          t.authorOk++;
        }
        t.voiceConfusion.merge(a.label() + "->" + pred, 1, Integer::sum);
      }
    }
    boolean[] used = new boolean[ours.size()];
    for (int g = 0; g < goldAttr.size(); g++) {
      GoldAnnotation a = goldAttr.get(g);
      BodySpan s = goldAttrSpans.get(g);
      int need = Math.max(1, (s.end() - s.begin() + 1) / 2);
      int best = -1;
      int bestScore = -1;
      for (int i = 0; i < ours.size(); i++) {
        Attribution o = ours.get(i);
        int ov = s.overlap(o.begin(), o.end());
        if (used[i] || ov < need) {
          continue;
        }
        boolean sameVerb = o.verb().toLowerCase(Locale.ROOT).equals(a.attribute("verb"));
        int score = (sameVerb ? 1_000_000 : 0) + ov;
        if (score > bestScore) {
          best = i;
          bestScore = score;
        }
      }
      if (best < 0) {
        continue;
      }
      used[best] = true;
      t.matched++;
      Attribution o = ours.get(best);
      if (sameLastName(a.attribute("speaker"), o.speaker().name())) {
        t.speakerOk++;
      }
      String country = a.attribute("country");
      if (!country.isEmpty()) {
        t.countryN++;
        if (country.equalsIgnoreCase(o.speaker().country() == null ? "" : o.speaker().country())) {
          t.countryOk++;
        }
      }
      if (a.label().equals(o.verbClass())) {
        t.verbClassOk++;
      }
      if (Objects.equals(a.attribute("kind"), o.kind())) {
        t.kindOk++;
      }
    }
    for (int i = 0; i < ours.size(); i++) {
      Attribution o = ours.get(i);
      boolean inScope = !hasVoice || voiceSpans.stream().anyMatch(v -> v.overlap(o.begin(), o.end()) > 0);
      if (inScope || used[i]) {
        t.predicted++;
        if (used[i]) {
          t.predictedMatched++;
        }
      }
    }
    return t;
  }

  /** Same last name, case-insensitive: the last word of each name (possessive "'s" dropped). */
  public static boolean sameLastName(String gold, String ours) {
    String a = lastName(gold);
    return !a.isEmpty() && a.equals(lastName(ours));
  }

  static String lastName(String name) {
    if (name == null) {
      return "";
    }
    String[] words = name.replaceAll("['\u2019]s\\b", "").toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+");
    for (int i = words.length - 1; i >= 0; i--) {
      if (!words[i].isEmpty()) {
        return words[i];
      }
    }
    return "";
  }

  /** Maps raw-text spans to body spans by searching their (normalised) text; see the class comment. */
  public static final class Mapper {
    private final String raw;
    private final boolean htmlRaw;
    private final String normBody;
    private final int[] bodyIndex;
    private int hint;
    private int lastRaw = -1;

    public Mapper(String raw, boolean htmlRaw, String body) {
      this.raw = raw;
      this.htmlRaw = htmlRaw;
      StringBuilder nb = new StringBuilder(body.length());
      int[] idx = new int[body.length() + 1];
      int n = 0;
      boolean space = false;
      for (int i = 0; i < body.length(); i++) {
        char c = body.charAt(i);
        if (Character.isWhitespace(c) || c == '\u00a0') {
          if (!space && n > 0) {
            idx[n++] = i;
            nb.append(' ');
          }
          space = true;
        } else {
          idx[n++] = i;
          nb.append(c);
          space = false;
        }
      }
      this.normBody = nb.toString();
      this.bodyIndex = Arrays.copyOf(idx, n);
    }

    /** Body span of raw[begin, end), or null when its text is not found in the body. */
    public BodySpan map(int begin, int end) {
      if (begin < 0 || end > raw.length() || begin >= end) {
        return null;
      }
      String needle = normalise(raw.substring(begin, end));
      if (needle.isEmpty()) {
        return null;
      }
      if (lastRaw >= 0) {  // expected position: after the previous mapped span by the same raw distance
        hint = Math.max(0, hint + Math.max(0, begin - lastRaw));
      }
      int pos = nearest(needle);
      int len = needle.length();
      if (pos < 0 && needle.length() > 60) {
        // fall back to both ends (the cleaner may have changed something in the middle)
        String head = needle.substring(0, 30);
        String tail = needle.substring(needle.length() - 30);
        int h = nearest(head);
        int tl = h < 0 ? -1 : normBody.indexOf(tail, h + 30);
        if (h >= 0 && tl >= 0 && tl + 30 - h <= needle.length() * 3 / 2) {
          pos = h;
          len = tl + 30 - h;
        }
      }
      if (pos < 0) {
        return null;
      }
      hint = pos;
      lastRaw = begin;
      return new BodySpan(bodyIndex[pos], bodyIndex[pos + len - 1] + 1);
    }

    private int nearest(String needle) {
      int best = -1;
      long bestDist = Long.MAX_VALUE;
      for (int p = normBody.indexOf(needle); p >= 0; p = normBody.indexOf(needle, p + 1)) {
        long d = Math.abs((long) p - hint);
        if (d < bestDist) {
          best = p;
          bestDist = d;
        }
      }
      return best;
    }

    private String normalise(String s) {
      if (htmlRaw) {
        s = Parser.unescapeEntities(s.replaceAll("<[^>]*>", " "), false);
      }
      return s.replaceAll("[\\s\u00a0]+", " ").trim();
    }
  }
}
