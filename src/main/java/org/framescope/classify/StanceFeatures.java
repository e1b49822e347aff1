package org.framescope.classify;

import org.framescope.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Target-dependent features for stance (sentiment toward a target mention).
 *
 * <p>Input: a sentence and the target's [begin, end) offsets. Output: named count features
 * (lower-cased): {@code g:} word 1-2-grams of the sentence with the target mention replaced by the
 * placeholder {@code <t>} and other capitalized words (likely other entities) by {@code <e>};
 * {@code c:} char_wb 2-5-grams of all words except the target; {@code L1:}/{@code R1:} words 1-3 tokens left/right of the target,
 * {@code L2:}/{@code R2:} words 4-8 away, {@code Lf:}/{@code Rf:} words further away (so the model
 * learns how a word's effect decays with distance); {@code b:} left and right neighbour n-grams
 * with the placeholder; {@code C:}/{@code O:} words inside/outside the target's clause (bounded by
 * , ; : ( ) dashes, quotes and contrastive conjunctions); and {@code d:} dense cues (target at sentence start, target is a pronoun,
 * relative position). Optional groups (valence lexicon relative to the target, windows, quotes, window
 * char n-grams, negation scope) are added by {@link #of(String, int, int, java.util.Set, StanceLexicon)};
 * the shipped model uses {@link StanceModel#GROUPS}.
 */
public final class StanceFeatures {
  static final String PLACEHOLDER = "<t>";
  static final String ENTITY = "<e>";
  private static final java.util.Set<String> PRONOUNS = java.util.Set.of("he", "she", "they", "him", "her",
      "them", "his", "their", "it", "its", "we", "i", "you");

  private StanceFeatures() { }

  /** Index range [first, last] of tokens overlapping the target, or the insertion point if none. */
  static int[] targetTokens(List<Tokenizer.Tok> toks, int begin, int end) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < toks.size(); i++) {
      Tokenizer.Tok t = toks.get(i);
      if (t.end() > begin && t.begin() < end) {
        if (first < 0) {
          first = i;
        }
        last = i;
      }
    }
    if (first < 0) {
      int ins = 0;
      while (ins < toks.size() && toks.get(ins).end() <= begin) {
        ins++;
      }
      return new int[] {ins, ins - 1};
    }
    return new int[] {first, last};
  }

  /** Optional feature groups (see {@link #of(String, int, int, java.util.Set, StanceLexicon)}). */
  public static final java.util.Set<String> GROUPS = java.util.Set.of("lex", "win", "quote", "kchar", "neg");

  /** The base features of one (sentence, target) pair (no optional group). */
  public static TreeMap<String, Double> of(String sentence, int begin, int end) {
    return of(sentence, begin, end, java.util.Set.of(), StanceLexicon.EMPTY);
  }

  /**
   * The features of one (sentence, target) pair: the base features plus the optional groups named in
   * {@code groups}: {@code lex} valence of lexicon entries relative to the target ({@code v:} sign x
   * side/distance bucket and clause; dense {@code d:lex*} sums within 3/6/12 tokens and distance-weighted);
   * {@code win} words within 3, 6 and 12 tokens of the target either side ({@code W3:}, {@code W6:},
   * {@code W12:}); {@code quote} target inside quotation marks; {@code kchar} char_wb 2-5-grams of the
   * words within 3 tokens of the target ({@code k:}); {@code neg} words within 3 tokens after a negator
   * ({@code N:}).
   */
  public static TreeMap<String, Double> of(String sentence, int begin, int end, java.util.Set<String> groups,
                                           StanceLexicon lex) {
    if (begin < 0 || end < begin || end > sentence.length()) {
      throw new IllegalArgumentException("target offsets " + begin + ".." + end + " outside sentence of length "
          + sentence.length());
    }
    List<Tokenizer.Tok> toks = Tokenizer.tokens(sentence);
    int[] tt = targetTokens(toks, begin, end);
    List<String> marked = new ArrayList<>();
    for (int i = 0; i < tt[0]; i++) {
      addMarked(marked, toks, i);
    }
    int tpos = marked.size();
    marked.add(PLACEHOLDER);
    for (int i = tt[1] + 1; i < toks.size(); i++) {
      addMarked(marked, toks, i);
    }
    TreeMap<String, Double> f = new TreeMap<>();
    for (int i = 0; i < marked.size(); i++) {
      add(f, "g:" + marked.get(i));
      if (i + 1 < marked.size()) {
        add(f, "g:" + marked.get(i) + " " + marked.get(i + 1));
      }
    }
    for (int i = 0; i < marked.size(); i++) {
      if (i == tpos) {
        continue;
      }
      int d = Math.abs(i - tpos);
      String side = i < tpos ? "L" : "R";
      String bucket = d <= 3 ? "1" : d <= 8 ? "2" : "f";
      add(f, side + bucket + ":" + marked.get(i));
    }
    // clause of the target: tokens not separated from it by , ; : ( ) or a dash, nor by a contrastive
    // conjunction; its words are the likeliest carriers of the sentiment toward this target
    int[] clause = clause(sentence, toks, tt);
    for (int i = 0; i < toks.size(); i++) {
      if (i >= tt[0] && i <= tt[1]) {
        continue;
      }
      add(f, (i >= clause[0] && i <= clause[1] ? "C:" : "O:") + toks.get(i).norm());
      if (groups.contains("neg")) {
        for (int j = Math.max(0, i - 3); j < i; j++) {
          if (StanceLexicon.NEGATORS.contains(toks.get(j).norm())) {
            add(f, "N:" + toks.get(i).norm());
            break;
          }
        }
      }
      TextFeatures.charGrams(toks.get(i).norm(), 2, 5, f);
    }
    String prev = tpos > 0 ? marked.get(tpos - 1) : "<s>";
    String next = tpos + 1 < marked.size() ? marked.get(tpos + 1) : "</s>";
    String next2 = tpos + 2 < marked.size() ? marked.get(tpos + 2) : "</s>";
    add(f, "b:" + prev + " <t>");
    add(f, "b:<t> " + next);
    add(f, "b:<t> " + next + " " + next2);
    Map<String, Double> d = new TreeMap<>();
    d.put("d:targetFirst", tpos == 0 ? 1.0 : 0.0);
    String mention = sentence.substring(begin, end).toLowerCase(java.util.Locale.ROOT).trim();
    d.put("d:pronoun", PRONOUNS.contains(mention) ? 1.0 : 0.0);
    d.put("d:relPos", marked.size() <= 1 ? 0.0 : (double) tpos / (marked.size() - 1));
    if (groups.contains("quote")) {
      int quotes = 0;
      for (int i = 0; i < begin; i++) {
        char c = sentence.charAt(i);
        quotes += c == '"' || c == '\u201C' || c == '\u201D' ? 1 : 0;
      }
      d.put("d:inQuote", quotes % 2 == 1 ? 1.0 : 0.0);
    }
    if (groups.contains("win") || groups.contains("kchar") || groups.contains("lex")) {
      int[] val = groups.contains("lex") ? lex.scores(toks) : new int[toks.size()];
      double[] pos = new double[4];
      double[] neg = new double[4];
      int[] sizes = {3, 6, 12};
      for (int i = 0; i < toks.size(); i++) {
        if (i >= tt[0] && i <= tt[1]) {
          continue;
        }
        int dist = i < tt[0] ? tt[0] - i : i - tt[1];
        String w = toks.get(i).norm();
        if (groups.contains("win")) {
          for (int s : sizes) {
            if (dist <= s) {
              add(f, "W" + s + ":" + w);
            }
          }
        }
        if (groups.contains("kchar") && dist <= 3) {
          Map<String, Double> cg = new TreeMap<>();
          TextFeatures.charGrams(w, 2, 5, cg);
          cg.forEach((k, v) -> f.merge("k:" + k.substring(2), v, Double::sum));
        }
        if (val[i] != 0) {
          String sign = val[i] > 0 ? "+" : "-";
          String side = i < tt[0] ? "L" : "R";
          add(f, "v:" + sign + side + (dist <= 3 ? "1" : dist <= 8 ? "2" : "f"));
          add(f, "v:" + sign + (i >= clause[0] && i <= clause[1] ? "C" : "O"));
          add(f, "v:" + sign + "int" + Math.abs(val[i]));
          double[] acc = val[i] > 0 ? pos : neg;
          for (int k = 0; k < 3; k++) {
            if (dist <= sizes[k]) {
              acc[k] += Math.abs(val[i]);
            }
          }
          acc[3] += Math.abs(val[i]) / Math.sqrt(dist);
        }
      }
      if (groups.contains("lex")) {
        for (int k = 0; k < 4; k++) {
          String n = k < 3 ? Integer.toString(sizes[k]) : "W";
          d.put("d:lexPos" + n, Math.tanh(pos[k] / 3.0));
          d.put("d:lexNeg" + n, Math.tanh(neg[k] / 3.0));
        }
      }
    }
    d.values().removeIf(v -> v == 0.0);
    f.putAll(d);
    return f;
  }

  private static final java.util.Set<String> CONTRAST = java.util.Set.of("but", "while", "although",
      "though", "whereas", "however", "yet");

  /** Token index range [from, to] of the clause around the target tokens tt. */
  static int[] clause(String sentence, List<Tokenizer.Tok> toks, int[] tt) {
    int from = Math.max(0, Math.min(tt[0], toks.size()));
    while (from > 0 && !boundary(sentence, toks.get(from - 1), toks.get(from))
        && !CONTRAST.contains(toks.get(from - 1).norm())) {
      from--;
    }
    int to = Math.max(tt[1], from - 1);
    while (to + 1 < toks.size() && (to < 0 || !boundary(sentence, toks.get(to), toks.get(to + 1)))
        && !CONTRAST.contains(toks.get(to + 1).norm())) {
      to++;
    }
    return new int[] {from, to};
  }

  private static boolean boundary(String s, Tokenizer.Tok a, Tokenizer.Tok b) {
    for (int i = a.end(); i < b.begin(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '\u2014' || c == '\u2013'
          || c == '"' || c == '\u201C' || c == '\u201D') {
        return true;
      }
    }
    return false;
  }

  /** Adds token i, or the entity placeholder for a capitalized word after the first (runs collapse). */
  private static void addMarked(List<String> marked, List<Tokenizer.Tok> toks, int i) {
    String w = toks.get(i).text();
    if (i > 0 && Character.isUpperCase(w.codePointAt(0))) {
      if (marked.isEmpty() || !marked.get(marked.size() - 1).equals(ENTITY)) {
        marked.add(ENTITY);
      }
      return;
    }
    marked.add(toks.get(i).norm());
  }

  private static void add(Map<String, Double> f, String k) {
    f.merge(k, 1.0, Double::sum);
  }
}
