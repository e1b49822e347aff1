package org.framescope.classify;

import org.framescope.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
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
  public static int[] targetTokens(List<Tokenizer.Tok> toks, int begin, int end) {
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
  public static final java.util.Set<String> GROUPS = java.util.Set.of("lex", "win", "quote", "kchar", "neg", "rel");

  /** The base features of one (sentence, target) pair (no optional group), readable (tests). */
  public static TreeMap<String, Double> of(String sentence, int begin, int end) {
    return named(sentence, begin, end, java.util.Set.of(), StanceLexicon.EMPTY);
  }

  /** Readable form (name to value) of the features of one (sentence, target) pair (tests). */
  public static TreeMap<String, Double> named(String sentence, int begin, int end, java.util.Set<String> groups,
                                              StanceLexicon lex) {
    FeatureSink f = FeatureSink.naming(java.util.Set.of());
    of(sentence, Tokenizer.tokens(sentence), begin, end, groups, lex, f);
    return f.named(f.finish());
  }

  /** Hashed features of one (sentence, target) pair. */
  public static Features of(String sentence, int begin, int end, java.util.Set<String> groups, StanceLexicon lex) {
    FeatureSink f = new FeatureSink();
    of(sentence, Tokenizer.tokens(sentence), begin, end, groups, lex, f);
    return f.finish();
  }

  /**
   * The features of one (sentence, target) pair, given the sentence's tokens: the base features plus
   * the optional groups named in {@code groups}: {@code lex} valence of lexicon entries relative to the
   * target ({@code v:} sign x side/distance bucket and clause; dense {@code d:lex*} sums within 3/6/12
   * tokens and distance-weighted); {@code win} words within 3, 6 and 12 tokens of the target either side
   * ({@code W3:}, {@code W6:}, {@code W12:}); {@code quote} target inside quotation marks; {@code kchar}
   * char_wb 2-5-grams of the words within 3 tokens of the target ({@code k:}); {@code neg} words within
   * 3 tokens after a negator ({@code N:}); {@code rel} relations of the target to evaluative words
   * ({@link StanceRelations}).
   */
  public static void of(String sentence, List<Tokenizer.Tok> toks, int begin, int end, java.util.Set<String> groups,
                        StanceLexicon lex, FeatureSink f) {
    if (begin < 0 || end < begin || end > sentence.length()) {
      throw new IllegalArgumentException("target offsets " + begin + ".." + end + " outside sentence of length "
          + sentence.length());
    }
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
    for (int i = 0; i < marked.size(); i++) {
      f.count(FeatureBlock.GRAM, marked.get(i));
      if (i + 1 < marked.size()) {
        f.begin(FeatureBlock.GRAM).add(marked.get(i)).add(' ').add(marked.get(i + 1)).count();
      }
    }
    for (int i = 0; i < marked.size(); i++) {
      if (i == tpos) {
        continue;
      }
      int d = Math.abs(i - tpos);
      boolean left = i < tpos;
      FeatureBlock b = d <= 3 ? (left ? FeatureBlock.L1 : FeatureBlock.R1)
          : d <= 8 ? (left ? FeatureBlock.L2 : FeatureBlock.R2) : (left ? FeatureBlock.LF : FeatureBlock.RF);
      f.count(b, marked.get(i));
    }
    // clause of the target: tokens not separated from it by , ; : ( ) or a dash, nor by a contrastive
    // conjunction; its words are the likeliest carriers of the sentiment toward this target
    int[] clause = clause(sentence, toks, tt);
    boolean neg = groups.contains("neg");
    for (int i = 0; i < toks.size(); i++) {
      if (i >= tt[0] && i <= tt[1]) {
        continue;
      }
      String w = toks.get(i).norm();
      f.count(i >= clause[0] && i <= clause[1] ? FeatureBlock.CLAUSE : FeatureBlock.OUTSIDE, w);
      if (neg) {
        for (int j = Math.max(0, i - 3); j < i; j++) {
          if (StanceLexicon.NEGATORS.contains(toks.get(j).norm())) {
            f.count(FeatureBlock.NEGATED, w);
            break;
          }
        }
      }
      TextFeatures.charGrams(w, 2, 5, FeatureBlock.CHAR, f);
    }
    String prev = tpos > 0 ? marked.get(tpos - 1) : "<s>";
    String next = tpos + 1 < marked.size() ? marked.get(tpos + 1) : "</s>";
    String next2 = tpos + 2 < marked.size() ? marked.get(tpos + 2) : "</s>";
    f.begin(FeatureBlock.BORDER).add(prev).add(" <t>").count();
    f.begin(FeatureBlock.BORDER).add("<t> ").add(next).count();
    f.begin(FeatureBlock.BORDER).add("<t> ").add(next).add(' ').add(next2).count();
    f.dense("targetFirst", tpos == 0 ? 1.0 : 0.0);
    String mention = sentence.substring(begin, end).toLowerCase(java.util.Locale.ROOT).trim();
    f.dense("pronoun", PRONOUNS.contains(mention) ? 1.0 : 0.0);
    f.dense("relPos", marked.size() <= 1 ? 0.0 : (double) tpos / (marked.size() - 1));
    if (groups.contains("quote")) {
      int quotes = 0;
      for (int i = 0; i < begin; i++) {
        char c = sentence.charAt(i);
        quotes += c == '"' || c == '\u201C' || c == '\u201D' ? 1 : 0;
      }
      f.dense("inQuote", quotes % 2 == 1 ? 1.0 : 0.0);
    }
    int[] val = null;
    if (groups.contains("win") || groups.contains("kchar") || groups.contains("lex")) {
      val = groups.contains("lex") ? lex.scores(toks) : new int[toks.size()];
      double[] pos = new double[4];
      double[] negs = new double[4];
      int[] sizes = {3, 6, 12};
      for (int i = 0; i < toks.size(); i++) {
        if (i >= tt[0] && i <= tt[1]) {
          continue;
        }
        int dist = i < tt[0] ? tt[0] - i : i - tt[1];
        String w = toks.get(i).norm();
        if (groups.contains("win")) {
          FeatureBlock[] wb = {FeatureBlock.WIN3, FeatureBlock.WIN6, FeatureBlock.WIN12};
          for (int k = 0; k < 3; k++) {
            if (dist <= sizes[k]) {
              f.count(wb[k], w);
            }
          }
        }
        if (groups.contains("kchar") && dist <= 3) {
          TextFeatures.charGrams(w, 2, 5, FeatureBlock.KCHAR, f);
        }
        if (val[i] != 0) {
          char sign = val[i] > 0 ? '+' : '-';
          char side = i < tt[0] ? 'L' : 'R';
          f.begin(FeatureBlock.VALENCE).add(sign).add(side).add(dist <= 3 ? '1' : dist <= 8 ? '2' : 'f').count();
          f.begin(FeatureBlock.VALENCE).add(sign).add(i >= clause[0] && i <= clause[1] ? 'C' : 'O').count();
          f.begin(FeatureBlock.VALENCE).add(sign).add("int").add((char) ('0' + Math.abs(val[i]))).count();
          double[] acc = val[i] > 0 ? pos : negs;
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
          f.dense("lexPos" + n, Math.tanh(pos[k] / 3.0));
          f.dense("lexNeg" + n, Math.tanh(negs[k] / 3.0));
        }
      }
    }
    if (groups.contains("rel")) {
      StanceRelations.add(sentence, toks, tt, clause, val == null ? lex.scores(toks) : val, f);
    }
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
}
