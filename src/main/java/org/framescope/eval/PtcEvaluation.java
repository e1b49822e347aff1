package org.framescope.eval;

import org.framescope.lexicon.FramingLexicons;
import org.framescope.lexicon.Lexicon;
import org.framescope.lexicon.LexiconEntry;
import org.framescope.text.Tokenizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.framescope.model.InputException;
import org.framescope.model.NlpSentence;
import org.framescope.model.Span;

/**
 * Measures how well loaded-language and label spans from the lexicons find the Loaded_Language and
 * Name_Calling,Labeling spans of the Propaganda Techniques Corpus (SemEval-2020 Task 11).
 *
 * <p>Usage: {@code PtcEvaluation [ptcDir] [lexiconDir=lexicons]}; ptcDir defaults to
 * $FRAMESCOPE_SHARED/datasets/ptc, else ../shared/datasets/ptc. Input: {@code train-articles/article<ID>.txt}
 * and {@code train-task2-TC.labels} (id, technique, begin, end). Articles are tokenized by
 * {@link Tokenizer} (lower-cased words as lemmas, no POS tags, no CoreNLP). Output (stdout, JSON):
 * recall = share of gold spans overlapped by at least one lexicon span; precision = share of lexicon
 * spans overlapping at least one gold span of the two techniques; per technique and per lexicon category.
 */
public final class PtcEvaluation {
  static final List<String> TECHNIQUES = List.of("Loaded_Language", "Name_Calling,Labeling");
  static final Set<String> CATEGORIES = Set.of("loaded", "label");

  private PtcEvaluation() { }

  record Gold(String technique, int begin, int end) { }

  /**
   * The full evaluation as printed by {@code framescope evaluate spans}: lemmas as lower-cased words, plus
   * the headline figures again with crude suffix lemmas under {@code withSuffixLemmas}. Ordered for
   * deterministic JSON.
   */
  public static Map<String, Object> run(Path ptc, FramingLexicons lex) throws IOException, InputException {
    Map<String, Object> out = evaluate(ptc, lex, false);
    Map<String, Object> suffix = evaluate(ptc, lex, true);
    Map<String, Object> alt = new LinkedHashMap<>();
    for (String k : List.of("tokenization", "overall", "recallByTechnique", "precisionByCategory")) {
      alt.put(k, suffix.get(k));
    }
    out.put("withSuffixLemmas", alt);
    return out;
  }

  /** The PTC folder under the shared data. */
  public static Path defaultDir() {
    return org.framescope.resource.SharedData.dataset("ptc");
  }

  /** Runs the evaluation; the result map is ordered for deterministic JSON. */
  static Map<String, Object> evaluate(Path ptc, FramingLexicons lex) throws IOException, InputException {
    return evaluate(ptc, lex, false);
  }

  /**
   * Runs the evaluation; with {@code suffixLemmas} each token gets as lemma the first of a few crude
   * de-inflections (-ies/-ied to -y, -es, -s, -ed, -ing, with and without a final e or a doubled
   * consonant) that is a word of some lexicon entry, approximating what a real lemmatizer adds.
   */
  static Map<String, Object> evaluate(Path ptc, FramingLexicons lex, boolean suffixLemmas)
      throws IOException, InputException {
    Set<String> vocabulary = new java.util.HashSet<>();
    for (Lexicon l : lex.lexicons()) {
      for (LexiconEntry e : l.entries()) {
        vocabulary.addAll(e.tokens());
      }
    }
    Path labels = ptc.resolve("train-task2-TC.labels");
    Path articles = ptc.resolve("train-articles");
    if (!Files.isRegularFile(labels) || !Files.isDirectory(articles)) {
      throw new InputException(ptc.toString(), "not a PTC directory (needs train-articles/ and train-task2-TC.labels)");
    }
    Map<String, List<Gold>> gold = new TreeMap<>();
    int lineNo = 0;
    for (String line : Files.readAllLines(labels, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 4) {
        throw new InputException(labels + ":" + lineNo, "expected 4 tab-separated fields");
      }
      if (TECHNIQUES.contains(f[1])) {
        gold.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Gold(f[1], Integer.parseInt(f[2]),
            Integer.parseInt(f[3])));
      }
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(articles)) {
      files = s.filter(p -> p.getFileName().toString().matches("article\\d+\\.txt")).sorted().toList();
    }
    Map<String, int[]> goldHit = new TreeMap<>(); // technique -> {total, found}
    for (String t : TECHNIQUES) {
      goldHit.put(t, new int[2]);
    }
    Map<String, int[]> predHit = new TreeMap<>(); // category -> {total, overlapping gold}
    for (String c : new TreeSet<>(CATEGORIES)) {
      predHit.put(c, new int[2]);
    }
    Map<String, int[]> entryHits = new TreeMap<>(); // entry text (lower) -> {total, hits}
    long tokens = 0;
    for (Path file : files) {
      String name = file.getFileName().toString();
      String id = name.substring("article".length(), name.length() - ".txt".length());
      String body = Files.readString(file, StandardCharsets.UTF_8);
      List<Gold> g = gold.getOrDefault(id, List.of());
      List<Span> spans = new ArrayList<>();
      for (NlpSentence s0 : Tokenizer.sentences(body)) {
        NlpSentence s = suffixLemmas ? withSuffixLemmas(s0, vocabulary) : s0;
        tokens += s.tokens().size();
        for (Span sp : lex.match(s)) {
          if (CATEGORIES.contains(sp.category())) {
            spans.add(sp);
          }
        }
      }
      for (Gold x : g) {
        int[] h = goldHit.get(x.technique());
        h[0]++;
        if (spans.stream().anyMatch(sp -> sp.begin() < x.end() && x.begin() < sp.end())) {
          h[1]++;
        }
      }
      for (Span sp : spans) {
        boolean hit = g.stream().anyMatch(x -> sp.begin() < x.end() && x.begin() < sp.end());
        int[] h = predHit.get(sp.category());
        h[0]++;
        h[1] += hit ? 1 : 0;
        int[] e = entryHits.computeIfAbsent(sp.category() + ":" + sp.text().toLowerCase(java.util.Locale.ROOT),
            k -> new int[2]);
        e[0]++;
        e[1] += hit ? 1 : 0;
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("dataset", "PTC train-articles (SemEval-2020 Task 11)");
    out.put("articles", files.size());
    out.put("tokens", tokens);
    out.put("tokenization", suffixLemmas
        ? "raw-text tokenizer (text.Tokenizer), no POS tags, lemmas by crude suffix stripping checked against the lexicon vocabulary"
        : "raw-text tokenizer (text.Tokenizer): lower-cased words as lemmas, no POS tags");
    out.put("lexicons", lex.hashes());
    int goldTotal = 0;
    int goldFound = 0;
    Map<String, Object> recall = new LinkedHashMap<>();
    for (Map.Entry<String, int[]> e : goldHit.entrySet()) {
      int[] h = e.getValue();
      goldTotal += h[0];
      goldFound += h[1];
      recall.put(e.getKey(), ratio(h[1], h[0]));
    }
    int predTotal = 0;
    int predHitCount = 0;
    Map<String, Object> precision = new LinkedHashMap<>();
    for (Map.Entry<String, int[]> e : predHit.entrySet()) {
      int[] h = e.getValue();
      predTotal += h[0];
      predHitCount += h[1];
      precision.put(e.getKey(), ratio(h[1], h[0]));
    }
    double r = goldTotal == 0 ? 0 : (double) goldFound / goldTotal;
    double p = predTotal == 0 ? 0 : (double) predHitCount / predTotal;
    Map<String, Object> overall = new LinkedHashMap<>();
    overall.put("recall", ratio(goldFound, goldTotal));
    overall.put("precision", ratio(predHitCount, predTotal));
    overall.put("f1", round(p + r == 0 ? 0 : 2 * p * r / (p + r)));
    out.put("overall", overall);
    out.put("recallByTechnique", recall);
    out.put("precisionByCategory", precision);
    List<Map<String, Object>> top = new ArrayList<>();
    entryHits.entrySet().stream()
        .sorted((a, b) -> a.getValue()[0] != b.getValue()[0] ? b.getValue()[0] - a.getValue()[0]
            : a.getKey().compareTo(b.getKey()))
        .limit(25)
        .forEach(e -> {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("entry", e.getKey());
          m.put("matches", e.getValue()[0]);
          m.put("overlapGold", e.getValue()[1]);
          top.add(m);
        });
    out.put("mostFrequentEntries", top);
    return out;
  }

  static NlpSentence withSuffixLemmas(NlpSentence s, Set<String> vocabulary) {
    List<org.framescope.model.Token> out = new ArrayList<>(s.tokens().size());
    for (org.framescope.model.Token t : s.tokens()) {
      String lemma = t.lemma();
      if (!vocabulary.contains(lemma)) {
        for (String c : deinflect(lemma)) {
          if (vocabulary.contains(c)) {
            lemma = c;
            break;
          }
        }
      }
      out.add(new org.framescope.model.Token(t.index(), t.begin(), t.end(), t.word(), lemma, t.pos(), t.ner()));
    }
    return new NlpSentence(s.index(), s.begin(), s.end(), s.text(), out, s.dependencies());
  }

  /** Candidate base forms of a lower-cased word, most specific first. */
  static List<String> deinflect(String w) {
    List<String> c = new ArrayList<>();
    int n = w.length();
    if (n > 4 && (w.endsWith("ies") || w.endsWith("ied"))) {
      c.add(w.substring(0, n - 3) + "y");
    }
    if (n > 4 && w.endsWith("ing")) {
      String stem = w.substring(0, n - 3);
      c.add(stem);
      c.add(stem + "e");
      if (stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)) {
        c.add(stem.substring(0, stem.length() - 1));
      }
    }
    if (n > 3 && w.endsWith("ed")) {
      String stem = w.substring(0, n - 2);
      c.add(stem);
      c.add(stem + "e");
      if (stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)) {
        c.add(stem.substring(0, stem.length() - 1));
      }
    }
    if (n > 3 && w.endsWith("es")) {
      c.add(w.substring(0, n - 2));
    }
    if (n > 3 && w.endsWith("s") && !w.endsWith("ss")) {
      c.add(w.substring(0, n - 1));
    }
    return c;
  }

  private static Map<String, Object> ratio(int num, int den) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("value", round(den == 0 ? 0 : (double) num / den));
    m.put("numerator", num);
    m.put("denominator", den);
    return m;
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
