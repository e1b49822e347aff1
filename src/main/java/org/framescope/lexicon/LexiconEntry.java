package org.framescope.lexicon;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One lexicon entry: a word or multi-word expression with what a match of it means.
 *
 * @param text the entry as written (e.g. "special military operation", "abandon*")
 * @param tokens normalized tokens to match: lower-cased unless {@code caseSensitive}; the last token
 *     without its trailing {@code *} when {@code prefix}
 * @param prefix true when the last token is a wildcard prefix ({@code abandon*} matches "abandonment")
 * @param category span category (e.g. "loaded", "label", "hedge", "frame:economic")
 * @param valence -1, 0 or +1
 * @param intensity 0..3 (0 when the category has none)
 * @param pos POS constraints: empty (none), one element (constrains the first token) or one per token;
 *     each element is "*" (any) or Penn-tag prefixes separated by '|' ("JJ" matches JJ, JJR, JJS)
 * @param caseSensitive true when the entry only matches with the same letter case
 * @param group contested-name group and side "group:side" for labels, "" otherwise
 * @param note a short human explanation ("" when none)
 * @param source "lexicon:file@version" of the file the entry came from
 * @param line 1-based line in that file (0 when unknown)
 */
public record LexiconEntry(String text, List<String> tokens, boolean prefix, String category, int valence,
                           int intensity, List<String> pos, boolean caseSensitive, String group, String note,
                           String source, int line) {
  private static final Pattern POS_ELEMENT = Pattern.compile("\\*|[A-Z$]+(\\|[A-Z$]+)*");

  public LexiconEntry {
    Objects.requireNonNull(text, "text");
    tokens = List.copyOf(tokens);
    Objects.requireNonNull(category, "category");
    pos = List.copyOf(pos);
    group = group == null ? "" : group;
    note = note == null ? "" : note;
    Objects.requireNonNull(source, "source");
    if (tokens.isEmpty() || tokens.stream().anyMatch(String::isEmpty)) {
      throw new IllegalArgumentException("entry '" + text + "' has no tokens or an empty token");
    }
    if (category.isBlank()) {
      throw new IllegalArgumentException("entry '" + text + "' has a blank category");
    }
    if (valence < -1 || valence > 1) {
      throw new IllegalArgumentException("valence must be -1..1, got " + valence);
    }
    if (intensity < 0 || intensity > 3) {
      throw new IllegalArgumentException("intensity must be 0..3, got " + intensity);
    }
    if (pos.size() > 1 && pos.size() != tokens.size()) {
      throw new IllegalArgumentException("entry '" + text + "' has " + tokens.size() + " tokens but "
          + pos.size() + " POS constraints");
    }
    for (String p : pos) {
      if (!POS_ELEMENT.matcher(p).matches()) {
        throw new IllegalArgumentException("bad POS constraint '" + p + "' for entry '" + text + "'");
      }
    }
  }

  /**
   * Builds an entry from its written form: splits on whitespace, lower-cases unless case-sensitive,
   * and turns a trailing {@code *} on the last token into a prefix match.
   *
   * @throws IllegalArgumentException when the text is empty or has a '*' anywhere but at the end
   */
  public static LexiconEntry parse(String text, String category, int valence, int intensity, List<String> pos,
                                   boolean caseSensitive, String group, String note, String source, int line) {
    String t = text.strip();
    List<String> toks = normalize(t, caseSensitive);
    boolean prefix = false;
    if (toks.isEmpty()) {
      throw new IllegalArgumentException("empty entry");
    }
    String last = toks.get(toks.size() - 1);
    if (last.endsWith("*")) {
      prefix = true;
      last = last.substring(0, last.length() - 1);
      if (last.isEmpty()) {
        throw new IllegalArgumentException("wildcard '*' needs a prefix in entry '" + t + "'");
      }
      toks = new java.util.ArrayList<>(toks);
      toks.set(toks.size() - 1, last);
    }
    for (String tok : toks) {
      if (tok.indexOf('*') >= 0) {
        throw new IllegalArgumentException("'*' is only allowed at the end of entry '" + t + "'");
      }
    }
    return new LexiconEntry(t, toks, prefix, category, valence, intensity, pos, caseSensitive, group, note,
        source, line);
  }

  /** Splits on whitespace and lower-cases (Locale.ROOT) unless case-sensitive. */
  public static List<String> normalize(String text, boolean caseSensitive) {
    String s = text.strip();
    if (s.isEmpty()) {
      return List.of();
    }
    String[] parts = s.split("\\s+");
    for (int i = 0; i < parts.length; i++) {
      parts[i] = caseSensitive ? parts[i] : parts[i].toLowerCase(Locale.ROOT);
    }
    return List.of(parts);
  }

  /** Identity for duplicate detection: normalized entry, category, POS. */
  public String key() {
    return String.join(" ", tokens) + (prefix ? "*" : "") + "\t" + (caseSensitive ? "cs" : "") + "\t" + category
        + "\t" + String.join(" ", pos);
  }
}
