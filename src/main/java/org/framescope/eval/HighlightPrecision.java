package org.framescope.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.framescope.lexicon.FramingLexicons;
import org.framescope.model.ArticleResult;
import org.framescope.model.InputException;
import org.framescope.model.NlpSentence;
import org.framescope.model.SentenceResult;
import org.framescope.model.Span;
import org.framescope.report.Layers;
import org.framescope.resource.Hashing;
import org.framescope.text.Tokenizer;

/**
 * Precision of each highlight layer (report.Layers) on real text. Two measurements, library code returning
 * records:
 *
 * <ul>
 *   <li>{@link #ptc}: the lexicon layers (loaded, milder loaded words, contested names, neutral names) against the
 *       Loaded_Language and Name_Calling,Labeling spans of the Propaganda Techniques Corpus (a highlight is right
 *       when it overlaps a gold span of either technique; the same tokenization as {@code evaluate spans});</li>
 *   <li>{@link #handSample}: highlights of the pipeline on the real pages, judged by hand (standoff file under
 *       gold-annotations/highlights/, codebook there): right when the judgement is {@code correct}.</li>
 * </ul>
 *
 * <p>{@link #draw} draws the hand sample reproducibly from the pipeline's output (seeded, every layer represented).
 */
public final class HighlightPrecision {
  /** The judgements of the codebook. */
  public static final Set<String> JUDGEMENTS = Set.of("correct", "wrong", "misleading");
  /** PTC techniques a lexicon highlight may overlap. */
  static final List<String> TECHNIQUES = List.of("Loaded_Language", "Name_Calling,Labeling");
  /** Layers the lexicon files produce (the ones PTC can measure). */
  static final Set<String> PTC_LAYERS = Set.of("loaded", "loaded-mild", "label", "name");

  private HighlightPrecision() { }

  /**
   * Highlights of one layer judged under one measurement.
   *
   * @param layer layer key (report.Layers)
   * @param measurement "PTC", "hand-checked sample"
   * @param correct judged right
   * @param judged judged in all
   */
  public record Count(String layer, String measurement, int correct, int judged) {
    public double precision() {
      return judged == 0 ? Double.NaN : (double) correct / judged;
    }

    /** Wilson 95% interval of the precision, {low, high}. */
    public double[] wilson() {
      if (judged == 0) {
        return new double[] {Double.NaN, Double.NaN};
      }
      double z = 1.959964;
      double p = precision();
      double d = 1 + z * z / judged;
      double c = (p + z * z / (2.0 * judged)) / d;
      double h = z * Math.sqrt(p * (1 - p) / judged + z * z / (4.0 * judged * judged)) / d;
      return new double[] {Math.max(0, c - h), Math.min(1, c + h)};
    }
  }

  /**
   * One judged highlight, standoff: the page, raw-text offsets, the layer and category the pipeline gave it, and
   * the judgement.
   */
  public record Judged(String doc, int begin, int end, String layer, String category, String judgement, String note) {
    public Judged {
      Objects.requireNonNull(doc, "doc");
      if (begin < 0 || end <= begin) {
        throw new IllegalArgumentException("bad offsets " + begin + ".." + end + " in " + doc);
      }
      Layers.layer(layer);
      if (!JUDGEMENTS.contains(judgement)) {
        throw new IllegalArgumentException("judgement must be one of " + JUDGEMENTS + ", got '" + judgement + "'");
      }
      note = note == null ? "" : note;
    }
  }

  /** A highlight drawn for judging: where it is in the raw page, and its text (for the annotator, not stored). */
  public record Candidate(String doc, int begin, int end, String layer, String category, String text,
                          String context) { }

  /** Per layer, the PTC precision of the lexicon layers. */
  public static List<Count> ptc(Path ptcDir, FramingLexicons lex) throws IOException, InputException {
    Path labels = ptcDir.resolve("train-task2-TC.labels");
    Path articles = ptcDir.resolve("train-articles");
    if (!Files.isRegularFile(labels) || !Files.isDirectory(articles)) {
      throw new InputException(ptcDir.toString(), "not a PTC directory (needs train-articles/ and"
          + " train-task2-TC.labels)");
    }
    Map<String, List<int[]>> gold = new HashMap<>();
    int n = 0;
    for (String line : Files.readAllLines(labels, StandardCharsets.UTF_8)) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 4) {
        throw new InputException(labels + ":" + n, "expected 4 tab-separated fields");
      }
      if (TECHNIQUES.contains(f[1])) {
        gold.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new int[] {Integer.parseInt(f[2]),
            Integer.parseInt(f[3])});
      }
    }
    Map<String, int[]> counts = new TreeMap<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(articles)) {
      files = s.filter(p -> p.getFileName().toString().matches("article\\d+\\.txt")).sorted().toList();
    }
    for (Path file : files) {
      String name = file.getFileName().toString();
      List<int[]> g = gold.getOrDefault(name.substring("article".length(), name.length() - 4), List.of());
      String body = Files.readString(file, StandardCharsets.UTF_8);
      for (NlpSentence s : Tokenizer.sentences(body)) {
        for (Span sp : lex.match(s)) {
          String layer = Layers.of(sp);
          if (!PTC_LAYERS.contains(layer)) {
            continue;
          }
          int[] c = counts.computeIfAbsent(layer, k -> new int[2]);
          c[1]++;
          if (g.stream().anyMatch(x -> sp.begin() < x[1] && x[0] < sp.end())) {
            c[0]++;
          }
        }
      }
    }
    List<Count> out = new ArrayList<>();
    counts.forEach((layer, c) -> out.add(new Count(layer, "PTC", c[0], c[1])));
    return out;
  }

  /**
   * Reads a judged sample: a TSV with {@code #! text DOC SHA256} lines naming each page and the SHA-256 of its raw
   * text, then rows {@code doc, begin, end, layer, category, judgement, note}. Offsets are checked against the
   * pages in {@code pages} (DOC.txt), whose hashes must match.
   *
   * @throws InputException naming file:line for a malformed row, an unknown page, a hash that does not match or
   *     offsets outside the page
   */
  public static List<Judged> readSample(Path file, Path pages) throws IOException, InputException {
    return readSample(file, doc -> {
      Path p = pages.resolve(doc + ".txt");
      try {
        return Files.isRegularFile(p) ? Files.readString(p, StandardCharsets.UTF_8) : null;
      } catch (IOException e) {
        return null;
      }
    });
  }

  /**
   * As {@link #readSample(Path, Path)}, with the texts given by name ({@code texts} returns null for an unknown
   * document): the BASIL sample refers to BASIL article bodies by article id.
   */
  public static List<Judged> readSample(Path file, java.util.function.Function<String, String> textOf)
      throws IOException, InputException {
    Map<String, String> texts = new HashMap<>();
    List<Judged> out = new ArrayList<>();
    int n = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      n++;
      String at = file + ":" + n;
      if (line.startsWith("#! text ")) {
        String[] f = line.substring("#! text ".length()).strip().split("\\s+");
        if (f.length != 2) {
          throw new InputException(at, "expected '#! text DOC SHA256'");
        }
        String t = textOf.apply(f[0]);
        if (t == null) {
          throw new InputException(at, "text '" + f[0] + "' not found");
        }
        if (!Hashing.sha256(t.getBytes(StandardCharsets.UTF_8)).equals(f[1])) {
          throw new InputException(at, "'" + f[0] + "' is not the text the sample was judged on (SHA-256 differs)");
        }
        texts.put(f[0], t);
        continue;
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 7) {
        throw new InputException(at, "expected 7 tab-separated cells: doc, begin, end, layer, category, judgement, note");
      }
      if (f[0].equals("doc")) {
        continue; // header row
      }
      String text = texts.get(f[0]);
      if (text == null) {
        throw new InputException(at, "page '" + f[0] + "' has no '#! text' line above");
      }
      Judged j;
      try {
        j = new Judged(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[3], f[4], f[5], f[6]);
      } catch (IllegalArgumentException e) {
        throw new InputException(at, e.getMessage());
      }
      if (j.end() > text.length()) {
        throw new InputException(at, "offsets beyond the end of " + f[0]);
      }
      out.add(j);
    }
    return out;
  }

  /** Per layer, the share of judged highlights that are {@code correct}. */
  public static List<Count> handSample(List<Judged> judged) {
    return handSample(judged, "hand-checked sample, real pages");
  }

  /** As {@link #handSample(List)}, under a measurement name of its own. */
  public static List<Count> handSample(List<Judged> judged, String measurement) {
    Map<String, int[]> counts = new TreeMap<>();
    for (Judged j : judged) {
      int[] c = counts.computeIfAbsent(j.layer(), k -> new int[2]);
      c[1]++;
      if (j.judgement().equals("correct")) {
        c[0]++;
      }
    }
    List<Count> out = new ArrayList<>();
    counts.forEach((layer, c) -> out.add(new Count(layer, measurement, c[0], c[1])));
    return out;
  }

  /**
   * Draws up to {@code perLayer} lexicon highlights of each of {@code layers} from texts (no NLP models: the raw-text
   * tokenizer, as for PTC), seeded; for judging the layers the real pages barely contain.
   */
  public static List<Candidate> drawLexicon(Map<String, String> texts, FramingLexicons lex, Set<String> layers,
                                            int perLayer, long seed) {
    Map<String, List<Candidate>> byLayer = new TreeMap<>();
    for (Map.Entry<String, String> e : new TreeMap<>(texts).entrySet()) {
      for (NlpSentence s : Tokenizer.sentences(e.getValue())) {
        for (Span sp : lex.match(s)) {
          String layer = Layers.of(sp);
          if (layers.contains(layer)) {
            byLayer.computeIfAbsent(layer, k -> new ArrayList<>()).add(new Candidate(e.getKey(), sp.begin(),
                sp.end(), layer, sp.category(), sp.text(), s.text()));
          }
        }
      }
    }
    Random r = new Random(seed);
    List<Candidate> out = new ArrayList<>();
    for (List<Candidate> list : byLayer.values()) {
      List<Candidate> shuffled = new ArrayList<>(list);
      Collections.shuffle(shuffled, r);
      out.addAll(shuffled.subList(0, Math.min(perLayer, shuffled.size())));
    }
    out.sort(java.util.Comparator.comparing(Candidate::doc).thenComparingInt(Candidate::begin)
        .thenComparing(Candidate::layer));
    return out;
  }

  /**
   * Draws {@code n} highlights to judge from analysed pages: every layer gets at least
   * {@code min(its highlights, floor)} where {@code floor = n / (2 * layers)}, the rest is filled at random
   * (seeded) with no layer above a quarter of the sample. Spans are located in the raw page by their sentence's text (those that cannot be located,
   * because the cleaner changed the sentence, are left out). Sorted by page and offset.
   *
   * @param articles the analysed pages, ids equal to the page names
   * @param raw page name to its raw text
   */
  public static List<Candidate> draw(List<ArticleResult> articles, Map<String, String> raw, int n, long seed) {
    Map<String, List<Candidate>> byLayer = new TreeMap<>();
    for (ArticleResult a : articles) {
      String text = raw.get(a.id());
      if (text == null) {
        continue;
      }
      int cursor = 0;
      for (SentenceResult s : a.sentences()) {
        int at = text.indexOf(s.text(), cursor);
        if (at < 0) {
          continue;
        }
        cursor = at;
        for (Span sp : s.spans()) {
          int b = at + sp.begin() - s.begin();
          int e = at + sp.end() - s.begin();
          if (b < 0 || e > text.length() || !text.substring(b, e).equals(sp.text())) {
            continue;
          }
          byLayer.computeIfAbsent(Layers.of(sp), k -> new ArrayList<>()).add(new Candidate(a.id(), b, e,
              Layers.of(sp), sp.category(), sp.text(), s.text()));
        }
      }
    }
    Random r = new Random(seed);
    int floor = Math.max(1, n / (2 * Math.max(1, byLayer.size())));
    List<Candidate> chosen = new ArrayList<>();
    List<Candidate> rest = new ArrayList<>();
    for (List<Candidate> list : byLayer.values()) {
      List<Candidate> shuffled = new ArrayList<>(list);
      Collections.shuffle(shuffled, r);
      chosen.addAll(shuffled.subList(0, Math.min(floor, shuffled.size())));
      rest.addAll(shuffled.subList(Math.min(floor, shuffled.size()), shuffled.size()));
    }
    Collections.shuffle(rest, r);
    // no layer takes more than a quarter of the sample, so the many frame cues do not crowd out the rest
    int cap = Math.max(floor, n / 4);
    Map<String, Integer> taken = new TreeMap<>();
    chosen.forEach(c -> taken.merge(c.layer(), 1, Integer::sum));
    for (Candidate c : rest) {
      if (chosen.size() >= n) {
        break;
      }
      if (taken.getOrDefault(c.layer(), 0) < cap) {
        chosen.add(c);
        taken.merge(c.layer(), 1, Integer::sum);
      }
    }
    List<Candidate> out = new ArrayList<>(chosen.subList(0, Math.min(n, chosen.size())));
    out.sort(java.util.Comparator.comparing(Candidate::doc).thenComparingInt(Candidate::begin)
        .thenComparingInt(Candidate::end).thenComparing(Candidate::layer));
    return out;
  }

  /** Every count as an ordered map, for JSON output. */
  public static Map<String, Object> toMap(List<Count> counts) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Count c : counts) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("measurement", c.measurement());
      m.put("correct", c.correct());
      m.put("judged", c.judged());
      m.put("precision", Math.round(c.precision() * 10000) / 10000.0);
      double[] w = c.wilson();
      m.put("wilson95", List.of(Math.round(w[0] * 10000) / 10000.0, Math.round(w[1] * 10000) / 10000.0));
      out.put(c.layer() + " / " + c.measurement(), m);
    }
    return out;
  }
}
