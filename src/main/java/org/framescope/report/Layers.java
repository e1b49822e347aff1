package org.framescope.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.framescope.model.Span;
import org.framescope.model.SpanCategory;

/**
 * The highlight layers a reader switches on and off, and which are on by default. In: a span (its category,
 * label marking, loaded intensity). Out: its layer. The measured precision of each layer is data
 * ({@code highlight-precision.tsv} beside this class: measurement, its role, counts, how it was measured; see
 * docs/highlights.md). A layer is on by default only when it was checked by hand and the hand-checked samples
 * together reach {@link #MIN_DEFAULT_PRECISION}, and so does every data set whose annotation makes the same claim
 * as the layer (role {@code same-claim}: PTC Loaded_Language for loaded words, BABE for the bias model); data
 * sets annotated for a different claim (role {@code reference}: PTC name-calling for contested names) are shown
 * but do not decide. Frame cues are always off by default (they are many, and mark what a sentence is about
 * rather than how it is written); so are neutral names and user-lexicon categories.
 *
 * <p>Label spans of a name's unmarked variant ("government", "Russian forces", "Kyiv": intensity 0 and no
 * valence) are layer {@code name}: counted in comparisons, never painted as contested by default. Loaded words
 * are split into {@code loaded} (strongly negative: intensity of at least {@link #STRONG_LOADED}, valence -1) and
 * {@code loaded-mild} (milder words and praise), the threshold at which the precision against PTC reaches
 * {@link #MIN_DEFAULT_PRECISION} (docs/highlights.md).
 */
public final class Layers {
  /** Precision a layer must reach in every measurement to be shown by default. */
  public static final double MIN_DEFAULT_PRECISION = 0.5;
  /** Loaded words at or above this intensity are the {@code loaded} layer, the rest {@code loaded-mild}. */
  public static final int STRONG_LOADED = 3;

  /** One layer: key (CSS class {@code l-KEY}), the name on its switch, and its one-line meaning. */
  public record Layer(String key, String name, String meaning) {
    public Layer {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(meaning, "meaning");
    }
  }

  /**
   * One precision measurement of a layer.
   *
   * @param layer layer key
   * @param measurement what was measured ("hand-checked sample", "PTC", "BABE")
   * @param role hand (a hand-checked sample; the samples are pooled), same-claim (a data set annotated for the
   *     layer's own claim) or reference (annotated for a related claim: shown, does not decide)
   * @param correct highlights judged right (or overlapping gold)
   * @param judged highlights judged
   * @param how the data and command, for the glossary
   */
  public record Precision(String layer, String measurement, String role, int correct, int judged, String how) {
    /** The roles a measurement can have. */
    public static final java.util.Set<String> ROLES = java.util.Set.of("hand", "same-claim", "reference");

    public Precision {
      if (judged <= 0 || correct < 0 || correct > judged) {
        throw new IllegalArgumentException("bad precision counts for " + layer + ": " + correct + " of " + judged);
      }
      if (!ROLES.contains(role)) {
        throw new IllegalArgumentException("role must be one of " + ROLES + ", got '" + role + "'");
      }
    }

    /** correct / judged. */
    public double value() {
      return (double) correct / judged;
    }
  }

  /** Every layer, in the order of the switches; the CSS gives the later ones priority where colours overlap. */
  public static final List<Layer> ALL = List.of(
      new Layer("loaded", "loaded language", "strongly negative emotive or judging words (intensity 3 in the lexicon)"),
      new Layer("loaded-mild", "other loaded words", "milder evaluative words and praise: more often fair description"),
      new Layer("label", "contested names", "a marked name for something with several names, chosen by one side"),
      new Layer("bias-word", "bias-model words", "words the bias model trained on BABE weighs heavily"),
      new Layer("hedge", "hedges", "words that make a claim uncertain or second-hand (reportedly, may)"),
      new Layer("distancing", "distancing", "words that keep a name or claim at arm's length (so-called, alleged)"),
      new Layer("scare-quote", "scare quotes", "quotation marks around a word the writer keeps at a distance"),
      new Layer("intensifier", "intensifiers", "words that strengthen a claim (very, massive)"),
      new Layer("assertive", "assertives", "words that present a claim as beyond doubt (clearly, in fact)"),
      new Layer("factive", "factives", "verbs that take what follows as true (revealed, admitted)"),
      new Layer("reporting-verb", "reporting verbs", "the verb that introduces a quote (said, claimed)"),
      new Layer("name", "neutral names", "the unmarked name of a contested group (counted, not contested)"),
      new Layer("frame", "frame cues", "words that point to a way of seeing the story (security, economy...)"),
      new Layer("other", "other categories", "categories of your own or imported lexicons"));

  /** The switch that shows the bias model's sentence scores (sentences, not spans). */
  public static final Layer SENTENCE_BIAS = new Layer("sentence-bias", "sentence bias scores",
      "sentences the bias model rates as likely biased (probability of at least 0.5)");

  /** Sentence-bias probability at or above which a sentence gets its marker. */
  public static final double SENTENCE_BIAS_SHOWN = 0.5;

  private static final Map<String, List<Precision>> PRECISION = load();

  private Layers() { }

  /** True for a label variant that signals a side: intensity of at least 1, or a valence. */
  public static boolean markedLabel(int intensity, int valence) {
    return intensity >= 1 || valence != 0;
  }

  /** The layer of a span. */
  public static String of(Span s) {
    SpanCategory k;
    try {
      k = s.kind();
    } catch (IllegalArgumentException e) {
      return "other";
    }
    return switch (k) {
      case LOADED -> s.intensity() >= STRONG_LOADED && s.valence() < 0 ? "loaded" : "loaded-mild";
      case LABEL -> markedLabel(s.intensity(), s.valence()) ? "label" : "name";
      case HEDGE, DISTANCING, INTENSIFIER, ASSERTIVE, FACTIVE, SCARE_QUOTE, REPORTING_VERB, BIAS_WORD -> k.json();
      case FRAME -> "frame";
      case CUSTOM -> "other";
    };
  }

  /** The layer with this key. */
  public static Layer layer(String key) {
    if (key.equals(SENTENCE_BIAS.key())) {
      return SENTENCE_BIAS;
    }
    return ALL.stream().filter(l -> l.key().equals(key)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown highlight layer '" + key + "'"));
  }

  /** The measurements of a layer (empty when it was never measured). */
  public static List<Precision> precision(String layer) {
    return PRECISION.getOrDefault(layer, List.of());
  }

  /** Every measurement, by layer. */
  public static Map<String, List<Precision>> precision() {
    return PRECISION;
  }

  /** True when the layer is shown before the reader switches anything (see the class comment). */
  public static boolean onByDefault(String layer) {
    if (layer.equals("frame") || layer.equals("other") || layer.equals("name")) {
      return false;
    }
    List<Precision> p = precision(layer);
    int right = 0;
    int judged = 0;
    for (Precision x : p) {
      if (x.role().equals("hand")) {
        right += x.correct();
        judged += x.judged();
      } else if (x.role().equals("same-claim") && x.value() < MIN_DEFAULT_PRECISION) {
        return false;
      }
    }
    boolean sentences = layer.equals(SENTENCE_BIAS.key());
    if (judged == 0) {
      // sentence scores are checked against BABE's sentence labels only (no hand sample of sentences yet)
      return sentences && p.stream().anyMatch(x -> x.role().equals("same-claim"));
    }
    return (double) right / judged >= MIN_DEFAULT_PRECISION;
  }

  /** "0.72 (18 of 25, hand-checked sample)" for each measurement, joined; "not measured" when none. */
  public static String precisionText(String layer) {
    List<Precision> p = precision(layer);
    if (p.isEmpty()) {
      return "precision not measured";
    }
    List<String> parts = new ArrayList<>();
    for (Precision x : p) {
      parts.add(String.format(Locale.ROOT, "%.2f", x.value()) + " (" + x.correct() + " of " + x.judged() + ", "
          + x.measurement() + (x.role().equals("reference") ? ", a related claim" : "") + ")");
    }
    return "precision " + String.join("; ", parts);
  }

  private static Map<String, List<Precision>> load() {
    Map<String, List<Precision>> m = new LinkedHashMap<>();
    try (InputStream in = Layers.class.getResourceAsStream("highlight-precision.tsv")) {
      if (in == null) {
        throw new IllegalStateException("highlight-precision.tsv missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 6) {
          throw new IllegalStateException("highlight-precision.tsv:" + n + ": expected 6 tab-separated cells"
              + " (layer, measurement, role, correct, judged, how)");
        }
        layer(f[0]);
        m.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Precision(f[0], f[1], f[2], Integer.parseInt(f[3]),
            Integer.parseInt(f[4]), f[5]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return java.util.Collections.unmodifiableMap(m);
  }
}
