package org.framescope.lexicon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.framescope.model.InputException;
import org.framescope.model.NlpSentence;
import org.framescope.model.Span;
import org.framescope.model.SpanCategory;
import org.framescope.model.Token;
import org.framescope.resource.DataFile;

/**
 * Fixed phrases in which a lexicon word does not carry its lexicon meaning: "War" in "Cold War" names a
 * period, not a war frame; "regime" in "regime change" is part of the policy's name, not a word the writer
 * chose for a government. Data, not code: {@code lexicons/stop-phrases.tsv} (format lexicons/FORMAT.md).
 *
 * <p>Input: the file, and per call a sentence with the spans the lexicons found in it. Output: the spans
 * without those of a blocked category (and label group, when the row names one) that lie inside an
 * occurrence of a stop phrase. Phrases match tokens as the lexicon matcher does (lemma or surface word,
 * lower-cased; hyphenated words are one token, {@link LexiconMatcher#joinHyphenated}). A span that covers
 * the whole phrase or more is kept: "regime change" stays a label of its own group. Immutable, thread-safe.
 */
public final class StopPhrases {
  /** File name looked for in a lexicon directory. */
  public static final String FILE = "stop-phrases.tsv";
  /** Columns of the file; {@code entry} and {@code category} are required. */
  public static final Set<String> COLUMNS = Set.of("entry", "category", "group", "note");

  /**
   * One stop phrase.
   *
   * @param tokens lower-cased tokens of the phrase
   * @param category span category blocked inside it: a category name, "frame:*" for every frame or "*" for all
   * @param group label group blocked ("" for every group), only with category label
   */
  public record Phrase(List<String> tokens, String category, String group) {
    public Phrase {
      tokens = List.copyOf(tokens);
      Objects.requireNonNull(category, "category");
      group = group == null ? "" : group;
      if (tokens.isEmpty()) {
        throw new IllegalArgumentException("a stop phrase needs at least one word");
      }
    }

    boolean blocks(Span s) {
      boolean cat = category.equals("*") || category.equals(s.category())
          || category.equals("frame:*") && s.kind() == SpanCategory.FRAME;
      if (!cat) {
        return false;
      }
      if (group.isEmpty()) {
        return true;
      }
      String g = s.group() == null ? "" : s.group();
      int colon = g.lastIndexOf(':');
      return (colon > 0 ? g.substring(0, colon) : g).equals(group);
    }
  }

  private final List<Phrase> phrases;
  private final String sha256;

  /** Stop phrases from entries built in code (tests); sha256 may be "". */
  public StopPhrases(List<Phrase> phrases, String sha256) {
    this.phrases = List.copyOf(phrases);
    this.sha256 = Objects.requireNonNull(sha256, "sha256");
  }

  /** No stop phrases. */
  public static StopPhrases none() {
    return new StopPhrases(List.of(), "");
  }

  /**
   * Reads and checks a stop-phrase file: known columns only, a category that is a span category, "frame:*" or
   * "*", a group only for labels.
   *
   * @throws InputException naming file:line for every problem
   */
  public static StopPhrases load(Path file) throws InputException {
    DataFile f = DataFile.read(file);
    for (String c : f.columns()) {
      if (!COLUMNS.contains(c)) {
        throw new InputException(file + ":" + f.columnsLine(), "unknown column '" + c + "' (allowed: entry, category,"
            + " group, note)");
      }
    }
    if (!f.columns().get(0).equals("entry") || !f.columns().contains("category")) {
      throw new InputException(file + ":" + f.columnsLine(), "the first column must be 'entry' and a 'category'"
          + " column is required");
    }
    List<Phrase> out = new ArrayList<>();
    for (DataFile.Row row : f.rows()) {
      String at = file + ":" + row.line();
      String cat = row.get("category");
      if (!cat.equals("*") && !cat.equals("frame:*")) {
        try {
          if (SpanCategory.of(cat) == SpanCategory.CUSTOM) {
            throw new InputException(at, "unknown category '" + cat + "' (a built-in span category, frame:* or *)");
          }
        } catch (IllegalArgumentException e) {
          throw new InputException(at, e.getMessage());
        }
      }
      String group = row.get("group");
      if (!group.isEmpty() && !cat.equals("label")) {
        throw new InputException(at, "a group is only allowed with category label");
      }
      out.add(new Phrase(LexiconEntry.normalize(row.get("entry"), false), cat, group));
    }
    return new StopPhrases(out, f.sha256());
  }

  /** SHA-256 of the file ("" when built in code). */
  public String sha256() {
    return sha256;
  }

  /** The phrases, in file order. */
  public List<Phrase> phrases() {
    return phrases;
  }

  /** {@code spans} without those a stop phrase in {@code sentence} blocks; the same list when none is. */
  public List<Span> filter(NlpSentence sentence, List<Span> spans) {
    if (phrases.isEmpty() || spans.isEmpty()) {
      return spans;
    }
    List<Token> tokens = LexiconMatcher.joinHyphenated(sentence.tokens());
    // each token lower-cased once, not once per phrase
    String[] word = new String[tokens.size()];
    String[] lemma = new String[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      word[i] = tokens.get(i).word().toLowerCase(Locale.ROOT);
      lemma[i] = tokens.get(i).lemma().toLowerCase(Locale.ROOT);
    }
    List<int[]> hits = new ArrayList<>(); // begin, end, phrase index
    for (int p = 0; p < phrases.size(); p++) {
      List<String> words = phrases.get(p).tokens();
      for (int i = 0; i + words.size() <= tokens.size(); i++) {
        boolean ok = true;
        for (int k = 0; k < words.size() && ok; k++) {
          String w = words.get(k);
          ok = w.equals(word[i + k]) || w.equals(lemma[i + k]);
        }
        if (ok) {
          hits.add(new int[] {tokens.get(i).begin(), tokens.get(i + words.size() - 1).end(), p});
        }
      }
    }
    if (hits.isEmpty()) {
      return spans;
    }
    List<Span> out = new ArrayList<>(spans.size());
    for (Span s : spans) {
      boolean drop = false;
      for (int[] h : hits) {
        boolean inside = s.begin() >= h[0] && s.end() <= h[1] && (s.begin() > h[0] || s.end() < h[1]);
        if (inside && phrases.get(h[2]).blocks(s)) {
          drop = true;
          break;
        }
      }
      if (!drop) {
        out.add(s);
      }
    }
    return List.copyOf(out);
  }
}
