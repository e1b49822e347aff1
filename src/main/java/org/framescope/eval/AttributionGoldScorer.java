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
 * Unmatched attributions of ours that overlap a matched gold span and have the same verb as its match are also
 * counted as {@code predictedSplit} (a second piece of one attribution, e.g. a partial quote split off).
 */
public final class AttributionGoldScorer {
  private AttributionGoldScorer() {}

  /**
   * One sentence of our output: body offsets, its {@code voice} field (the dominant voice) and its voice by the
   * codebook rule over its segments ({@code ruleVoice}: quote if any segment is quote, else reported if any is
   * reported, else author).
   */
  public record PredSentence(int begin, int end, String voice, String ruleVoice) {
    public PredSentence {
      Objects.requireNonNull(voice, "voice");
      Objects.requireNonNull(ruleVoice, "ruleVoice");
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
    int predictedSplit;
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
    int ruleVoiceOk;
    int ruleAuthorOk;
    final Map<String, Integer> voiceConfusion = new TreeMap<>();
    final Map<String, Integer> ruleVoiceConfusion = new TreeMap<>();
    /** One line per disagreement (missed, spurious, wrong speaker/country/class/kind/voice), for checking by hand. */
    final List<String> errors = new ArrayList<>();

    /** Every disagreement found, one line each. */
    public List<String> errors() {
      return List.copyOf(errors);
    }

    /** Adds another tally into this one. */
    public void add(Tally o) {
      documents += o.documents;
      goldAttributions += o.goldAttributions;
      unmappedAttributions += o.unmappedAttributions;
      matched += o.matched;
      predicted += o.predicted;
      predictedMatched += o.predictedMatched;
      predictedSplit += o.predictedSplit;
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
      ruleVoiceOk += o.ruleVoiceOk;
      ruleAuthorOk += o.ruleAuthorOk;
      o.voiceConfusion.forEach((k, v) -> voiceConfusion.merge(k, v, Integer::sum));
      o.ruleVoiceConfusion.forEach((k, v) -> ruleVoiceConfusion.merge(k, v, Integer::sum));
      errors.addAll(o.errors);
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

    public double ruleVoiceAccuracy() {
      return ratio(ruleVoiceOk, voiceN);
    }

    public double ruleAuthorAccuracy() {
      return ratio(ruleAuthorOk, voiceN);
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
        String rule = best == null ? "author" : best.ruleVoice();
        t.voiceN++;
        if (rule.equals(a.label())) {
          t.ruleVoiceOk++;
        }
        if (rule.equals("author") == a.label().equals("author")) {
          t.ruleAuthorOk++;
        }
        if (pred.equals(a.label())) {
          t.voiceOk++;
        }
        if (pred.equals("author") == a.label().equals("author")) {
          t.authorOk++;
        }
        t.voiceConfusion.merge(a.label() + "->" + pred, 1, Integer::sum);
        t.ruleVoiceConfusion.merge(a.label() + "->" + rule, 1, Integer::sum);
        if (!rule.equals(a.label())) {
          t.errors.add("voice " + a.label() + "->" + rule + " (field " + pred + ") | " + clip(body, s.begin(), s.end()));
        }
      }
    }
    boolean[] used = new boolean[ours.size()];
    List<int[]> matchedGold = new ArrayList<>(); // gold index, our index
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
        t.errors.add("missed " + a.label() + " '" + a.attribute("verb") + "' " + a.attribute("speaker") + " | "
            + clip(body, s.begin(), s.end()));
        continue;
      }
      used[best] = true;
      matchedGold.add(new int[] {g, best});
      t.matched++;
      Attribution o = ours.get(best);
      if (sameLastName(a.attribute("speaker"), o.speaker().name())) {
        t.speakerOk++;
      } else {
        t.errors.add("speaker '" + a.attribute("speaker") + "' -> '" + o.speaker().name() + "' | " + o.verb());
      }
      String country = a.attribute("country");
      if (!country.isEmpty()) {
        t.countryN++;
        if (country.equalsIgnoreCase(o.speaker().country() == null ? "" : o.speaker().country())) {
          t.countryOk++;
        } else {
          t.errors.add("country " + country + " -> " + o.speaker().country() + " | " + o.speaker().name());
        }
      }
      if (a.label().equals(o.verbClass().json())) {
        t.verbClassOk++;
      } else {
        t.errors.add("class " + a.label() + " -> " + o.verbClass() + " | " + a.attribute("verb") + " / " + o.verb());
      }
      if (Objects.equals(a.attribute("kind"), o.kind().json())) {
        t.kindOk++;
      } else {
        t.errors.add("kind " + a.attribute("kind") + " -> " + o.kind() + " | " + clip(body, s.begin(), s.end()));
      }
    }
    for (int i = 0; i < ours.size(); i++) {
      Attribution o = ours.get(i);
      boolean inScope = !hasVoice || voiceSpans.stream().anyMatch(v -> v.overlap(o.begin(), o.end()) > 0);
      if (inScope || used[i]) {
        t.predicted++;
        if (used[i]) {
          t.predictedMatched++;
        } else if (matchedGold.stream().anyMatch(m -> goldAttrSpans.get(m[0]).overlap(o.begin(), o.end()) > 0
            && o.verb().equalsIgnoreCase(ours.get(m[1]).verb()))) {
          t.predictedSplit++;
          t.errors.add("split '" + o.verb() + "' " + o.speaker().name() + " | " + clip(body, o.begin(), o.end()));
        } else {
          t.errors.add("spurious '" + o.verb() + "' " + o.speaker().name() + " | " + clip(body, o.begin(), o.end()));
        }
      }
    }
    return t;
  }

  static String clip(String body, int b, int e) {
    String s = body.substring(b, e).replaceAll("\\s+", " ");
    return s.length() > 90 ? s.substring(0, 87) + "..." : s;
  }

  /** Voice by the codebook rule over a sentence's segment voices: quote beats reported beats author. */
  public static String ruleVoice(java.util.Collection<String> segmentVoices) {
    return segmentVoices.contains("quote") ? "quote" : segmentVoices.contains("reported") ? "reported" : "author";
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
