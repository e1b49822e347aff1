package org.framescope.classify;

import org.framescope.text.Tokenizer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.framescope.resource.DataFile;
import org.framescope.model.InputException;

/**
 * Valence lexicon used by the stance features: normalized word or phrase (tokens joined by a space)
 * to a signed intensity (-3..-1, 1..3).
 *
 * <p>Input: a DataFile with {@code valence} (-1/+1) and {@code intensity} (1-3) columns, e.g. the
 * project's {@code lexicons/loaded.tsv}, or a map (as stored in a stance model file). Output, for a
 * tokenized sentence: per token the signed intensity of the entry starting there (longest match
 * first, matches do not overlap), with the sign flipped when a negator occurs within the three
 * tokens before the match.
 * Immutable; equal when the entries are equal.
 */
public final class StanceLexicon {
  /** Words that flip the valence of an entry within the three tokens after them. */
  static final Set<String> NEGATORS = Set.of("not", "no", "never", "without", "nor", "neither", "hardly",
      "cannot", "barely", "don't", "doesn't", "didn't", "isn't", "wasn't", "aren't", "weren't", "won't",
      "can't", "couldn't", "wouldn't", "shouldn't", "hasn't", "haven't", "hadn't", "lack", "lacks",
      "lacked", "failed", "fails");
  /** No entries. */
  public static final StanceLexicon EMPTY = new StanceLexicon(Map.of());

  private static Map<String, Integer> firstWords(Map<String, Integer> entries) {
    Map<String, Integer> out = new java.util.HashMap<>();
    for (String k : entries.keySet()) {
      String[] w = k.split(" ");
      out.merge(w[0], w.length, Math::max);
    }
    return out;
  }

  private final Map<String, Integer> entries;
  /**
   * The longest entry (in words) starting with each first word, so that scoring builds multi-word
   * candidates only where an entry can start (this runs for every stance target).
   */
  private final Map<String, Integer> firstWords;

  /** @param entries normalized phrase to signed intensity */
  public StanceLexicon(Map<String, Integer> entries) {
    entries = java.util.Collections.unmodifiableMap(new TreeMap<>(entries));
    this.entries = entries;
    this.firstWords = firstWords(entries);
    for (Map.Entry<String, Integer> e : entries.entrySet()) {
      int v = e.getValue();
      if (v == 0 || v < -3 || v > 3) {
        throw new IllegalArgumentException("valence of '" + e.getKey() + "' must be -3..-1 or 1..3, got " + v);
      }
    }
  }

  /** Reads entries with valence -1/+1 and intensity 1-3 (intensity 1 when empty) from a DataFile. */
  public static StanceLexicon read(Path path) throws InputException {
    DataFile lf = DataFile.read(path);
    if (!lf.columns().contains("valence")) {
      throw new InputException(path.toString(), "lexicon has no 'valence' column");
    }
    TreeMap<String, Integer> m = new TreeMap<>();
    String key = lf.columns().get(0);
    for (DataFile.Row r : lf.rows()) {
      String v = r.get("valence").replace("+", "");
      if (!v.equals("1") && !v.equals("-1")) {
        continue;
      }
      String in = lf.columns().contains("intensity") ? r.get("intensity") : "";
      int intensity = in.isEmpty() ? 1 : Integer.parseInt(in);
      if (intensity < 1 || intensity > 3) {
        throw new InputException(path.toString(), "line " + r.line() + ": intensity must be 1-3, got " + in);
      }
      StringBuilder sb = new StringBuilder();
      for (Tokenizer.Tok t : Tokenizer.tokens(r.get(key))) {
        sb.append(sb.length() == 0 ? "" : " ").append(t.norm());
      }
      if (sb.length() > 0) {
        m.merge(sb.toString(), Integer.parseInt(v) * intensity, (a, b) -> Math.abs(a) >= Math.abs(b) ? a : b);
      }
    }
    return new StanceLexicon(m);
  }

  /** Per token: signed intensity of the entry starting at it (negation-flipped), else 0. */
  public int[] scores(List<Tokenizer.Tok> toks) {
    int[] out = new int[toks.size()];
    if (entries.isEmpty()) {
      return out;
    }
    Map<String, Integer> first = firstWords;
    int i = 0;
    while (i < toks.size()) {
      int matched = 0;
      Integer longest = first.get(toks.get(i).norm());
      int maxLen = longest == null ? 0 : longest;
      for (int n = Math.min(maxLen, toks.size() - i); n >= 1 && matched == 0; n--) {
        StringBuilder sb = new StringBuilder(toks.get(i).norm());
        for (int j = 1; j < n; j++) {
          sb.append(' ').append(toks.get(i + j).norm());
        }
        Integer v = entries.get(sb.toString());
        if (v != null) {
          boolean neg = false;
          for (int j = Math.max(0, i - 3); j < i; j++) {
            neg |= NEGATORS.contains(toks.get(j).norm());
          }
          out[i] = neg ? -v : v;
          matched = n;
        }
      }
      i += Math.max(1, matched);
    }
    return out;
  }

  /** Normalized phrase to signed intensity (sorted, unmodifiable). */
  public Map<String, Integer> entries() {
    return entries;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StanceLexicon l && l.entries.equals(entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  @Override
  public String toString() {
    return "StanceLexicon" + entries;
  }
}
