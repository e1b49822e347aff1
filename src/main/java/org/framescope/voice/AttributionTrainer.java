package org.framescope.voice;

import org.framescope.model.AttributionSpans;
import org.framescope.model.TextRange;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.framescope.model.NlpDocument;

/**
 * Trains the {@link AttributionModel} from documents with gold attributions (PolNeAR train): three logistic
 * models (cue heads, source heads, content units) over {@link AttributionFeatures}.
 *
 * <p>Procedure: a seeded share of the documents is held out as validation; for each decision and each lambda of
 * the grid a model is fitted on the rest and its threshold chosen on the validation documents (cue: F1 of cue
 * heads; source: accuracy of the best candidate or none; content: F1 over unit words); the lambda with the best
 * validation figure is refitted on all documents, keeping its threshold. Gold parts are mapped to tokens of the
 * CoreNLP parse: a part's head is its token nearest the root. Deterministic: same documents, parameters and seed
 * give the same model bytes.
 */
public final class AttributionTrainer {
  /**
   * One training document.
   *
   * @param id stable id (PolNeAR file name), orders the documents and draws the validation split
   * @param doc the annotated text
   * @param gold its gold attributions (character ranges into {@code doc.body()})
   */
  public record Example(String id, NlpDocument doc, List<AttributionSpans> gold) {
    public Example {
      gold = List.copyOf(gold);
    }
  }

  /**
   * Training settings.
   *
   * @param seed draws the validation split
   * @param validationShare share of documents held out for model selection, in (0, 0.5]
   * @param lambdas L2 weights to try
   * @param minCount features seen fewer times are dropped
   * @param maxIter L-BFGS iterations
   * @param refitOnAll refit the chosen settings on all documents (the shipped model); false keeps the model
   *     fitted without the validation documents, so they can still be used to measure it during development
   * @param sourceAsChoice fit the source scorer as one choice per cue among its candidates or none ({@link
   *     LogisticFit#fitChoice}); false: each candidate a yes/no of its own ({@link LogisticFit#fit})
   */
  public record Params(long seed, double validationShare, List<Double> lambdas, int minCount, int maxIter,
                       boolean refitOnAll, boolean sourceAsChoice) {
    public Params {
      if (!(validationShare > 0 && validationShare <= 0.5)) {
        throw new IllegalArgumentException("validationShare must be in (0, 0.5], got " + validationShare);
      }
      if (lambdas.isEmpty()) {
        throw new IllegalArgumentException("lambdas must not be empty");
      }
      if (minCount < 1 || maxIter < 1) {
        throw new IllegalArgumentException("minCount and maxIter must be >= 1, got " + minCount + ", " + maxIter);
      }
      lambdas = List.copyOf(lambdas);
    }

    public static Params defaults(long seed) {
      return new Params(seed, 0.1, List.of(1.0, 2.0, 4.0), 2, 300, true, false);
    }

    ObjectNode toJson() {
      ObjectNode o = JsonNodeFactory.instance.objectNode();
      o.put("seed", seed);
      o.put("validationShare", validationShare);
      ArrayNode l = o.putArray("lambdas");
      lambdas.forEach(l::add);
      o.put("minCount", minCount);
      o.put("maxIter", maxIter);
      o.put("refitOnAll", refitOnAll);
      if (sourceAsChoice) { // recorded only when set, so the shipped model's provenance reads as it always did
        o.put("sourceLoss", "choice among the cue's candidates or none (conditional logit)");
      }
      return o;
    }
  }

  /** A decision's training rows: features, label, group (a cue, for source), weight (words, for units). */
  private static final class Task {
    final List<List<String>> rows = new ArrayList<>();
    final List<Integer> labels = new ArrayList<>();
    final List<Integer> groups = new ArrayList<>();
    final List<Integer> weights = new ArrayList<>();
    final List<Boolean> validation = new ArrayList<>();

    void add(List<String> f, boolean label, int group, int weight, boolean val) {
      rows.add(f);
      labels.add(label ? 1 : 0);
      groups.add(group);
      weights.add(weight);
      validation.add(val);
    }
  }

  private AttributionTrainer() { }

  /** The documents held out for validation: a seeded shuffle of the sorted ids, the first share of it. */
  public static Set<String> validationIds(List<String> ids, long seed, double share) {
    List<String> sorted = new ArrayList<>(ids);
    Collections.sort(sorted);
    Collections.shuffle(sorted, new Random(seed));
    int n = (int) Math.round(sorted.size() * share);
    return new HashSet<>(sorted.subList(0, Math.max(1, n)));
  }

  /**
   * Trains a model. {@code analyzer} supplies the lexicons and rules the features use. The returned model's
   * provenance holds the parameters, counts, the chosen lambdas and thresholds and the validation figures.
   */
  public static AttributionModel train(List<Example> data, AttributionAnalyzer analyzer, Params params,
                                       Consumer<String> log) {
    List<Example> docs = new ArrayList<>(data);
    docs.sort(java.util.Comparator.comparing(Example::id));
    Set<String> val = validationIds(docs.stream().map(Example::id).toList(), params.seed(), params.validationShare());
    Task cue = new Task();
    Task source = new Task();
    Task unit = new Task();
    int[] counts = new int[4]; // gold attributions, mapped cues, cue heads that are no candidates, gold sources
    int group = 0;
    for (Example ex : docs) {
      boolean isVal = val.contains(ex.id());
      DocView v = new DocView(ex.doc(), analyzer.actors(), analyzer.words());
      List<AttributionFeatures.RuleIndex> rules = new ArrayList<>();
      for (int si = 0; si < v.size(); si++) {
        rules.add(new AttributionFeatures.RuleIndex(analyzer.claimFinder().find(v, si)));
      }
      List<GoldCue> gold = GoldCue.map(v, ex.gold(), counts);
      Set<Long> heads = new HashSet<>();
      for (GoldCue g : gold) {
        heads.add(key(g.sentence, g.head));
      }
      AttributionFeatures f = analyzer.features();
      for (int si = 0; si < v.size(); si++) {
        DependencyView p = v.view(si);
        for (int t = 0; t < p.n; t++) {
          if (AttributionFeatures.cueCandidate(p, t)) {
            cue.add(f.cue(v, si, t, rules.get(si)), heads.contains(key(si, t)), 0, 1, isVal);
          }
        }
      }
      Set<Long> seen = new HashSet<>();
      for (GoldCue g : gold) {
        if (!seen.add(key(g.sentence, g.head))) {
          continue;
        }
        DependencyView p = v.view(g.sentence);
        group++;
        for (int s = 0; s < p.n; s++) {
          if (!g.cue.get(s) && AttributionFeatures.sourceCandidate(p, s)) {
            source.add(f.source(v, g.sentence, g.head, s, rules.get(g.sentence)), s == g.source, group, 1, isVal);
          }
        }
        for (AttributionFeatures.Unit u : AttributionFeatures.units(p, g.head, g.cue)) {
          int words = 0;
          int in = 0;
          for (int t = u.tokens().nextSetBit(0); t >= 0; t = u.tokens().nextSetBit(t + 1)) {
            if (!p.isPunct(t)) {
              words++;
              in += g.content.get(t) ? 1 : 0;
            }
          }
          if (words > 0) {
            unit.add(f.unit(v, g.sentence, g.head, u, g.source, rules.get(g.sentence)), in * 2 > words, group, words,
                isVal);
          }
        }
      }
    }
    log.accept(String.format(java.util.Locale.ROOT, "%d documents (%d validation); %d gold attributions, %d cue "
        + "heads mapped (%d not candidates), %d with a source in the cue's sentence; rows: cue %d, source %d, unit %d",
        docs.size(), val.size(), counts[0], counts[1], counts[2], counts[3], cue.rows.size(), source.rows.size(),
        unit.rows.size()));
    ObjectNode report = JsonNodeFactory.instance.objectNode();
    report.put("documents", docs.size());
    report.put("validationDocuments", val.size());
    report.put("goldAttributions", counts[0]);
    report.put("mappedCues", counts[1]);
    LinearScorer cueS = select("cue", cue, params, Metric.F1, report, log);
    LinearScorer srcS = select("source", source, params, Metric.GROUP_ACCURACY, report, log);
    LinearScorer unitS = select("unit", unit, params, Metric.WEIGHTED_F1, report, log);
    ObjectNode prov = JsonNodeFactory.instance.objectNode();
    prov.set("hyperparameters", params.toJson());
    prov.set("training", report);
    return new AttributionModel("attribution-polnear", cueS, srcS, unitS, prov);
  }

  /**
   * One sentence of a training document for a sequence tagger of cue heads ({@code train cue-sentences}).
   *
   * @param id the document's id
   * @param validation whether the document is in the validation split {@link #train} holds out
   * @param sentence the sentence's index in the document
   * @param words its words (the parse's tokens)
   * @param labels per word: 1 heads a gold cue, 0 another cue candidate, -1 not a candidate
   * @param roles per word, its part in the gold attributions of its sentence: 0 none, 1 source, 2 cue, 3 content
   *     (where attributions overlap, cue before source before content); an auxiliary target for a tagger
   */
  public record CueSentence(String id, boolean validation, int sentence, List<String> words, int[] labels,
                            int[] roles) {
    /** Roles a word can have, in the order of {@link #roles}. */
    public static final int NONE = 0;
    public static final int SOURCE = 1;
    public static final int CUE = 2;
    public static final int CONTENT = 3;

    public CueSentence {
      words = List.copyOf(words);
      labels = labels.clone();
      roles = roles.clone();
      if (labels.length != words.size() || roles.length != words.size()) {
        throw new IllegalArgumentException("cue sentence " + id + "/" + sentence + ": " + words.size() + " words, "
            + labels.length + " labels, " + roles.length + " roles");
      }
    }

    @Override
    public int[] labels() {
      return labels.clone();
    }

    @Override
    public int[] roles() {
      return roles.clone();
    }
  }

  /**
   * The cue sentences of the documents, in id order, with the same gold cue heads, candidates and validation
   * split as the linear cue model of {@link #train} (so a tagger trained on them can be mixed with it).
   */
  public static List<CueSentence> cueSentences(List<Example> data, AttributionAnalyzer analyzer, Params params) {
    List<CueSentence> out = new ArrayList<>();
    List<Example> docs = new ArrayList<>(data);
    docs.sort(java.util.Comparator.comparing(Example::id));
    Set<String> val = validationIds(docs.stream().map(Example::id).toList(), params.seed(), params.validationShare());
    for (Example ex : docs) {
      DocView v = new DocView(ex.doc(), analyzer.actors(), analyzer.words());
      Set<Long> heads = new HashSet<>();
      for (GoldCue g : GoldCue.map(v, ex.gold(), new int[4])) {
        heads.add(key(g.sentence, g.head));
      }
      int[][] roles = roles(v, ex.gold());
      for (int si = 0; si < v.size(); si++) {
        DependencyView p = v.view(si);
        int[] labels = new int[p.n];
        for (int t = 0; t < p.n; t++) {
          labels[t] = !AttributionFeatures.cueCandidate(p, t) ? -1 : heads.contains(key(si, t)) ? 1 : 0;
        }
        out.add(new CueSentence(ex.id(), val.contains(ex.id()), si, p.words(), labels, roles[si]));
      }
    }
    return out;
  }

  /** Per sentence and word, its role in the gold attributions ({@link CueSentence#roles}). */
  static int[][] roles(DocView v, List<AttributionSpans> gold) {
    int[][] out = new int[v.size()][];
    for (int si = 0; si < v.size(); si++) {
      out[si] = new int[v.view(si).n];
    }
    // lowest priority first, so that a cue word inside another attribution's content stays a cue
    for (int role : new int[] {CueSentence.CONTENT, CueSentence.SOURCE, CueSentence.CUE}) {
      for (AttributionSpans a : gold) {
        List<TextRange> ranges = switch (role) {
          case CueSentence.CUE -> a.cue();
          case CueSentence.SOURCE -> a.source();
          default -> a.content();
        };
        List<BitSet> by = tokensBySentence(v, ranges);
        for (int si = 0; si < by.size(); si++) {
          BitSet b = by.get(si);
          for (int t = b.nextSetBit(0); t >= 0; t = b.nextSetBit(t + 1)) {
            out[si][t] = role;
          }
        }
      }
    }
    return out;
  }

  private static int[] ints(List<Integer> l) {
    return l.stream().mapToInt(Integer::intValue).toArray();
  }

  private static long key(int si, int t) {
    return ((long) si << 20) | t;
  }

  private enum Metric { F1, GROUP_ACCURACY, WEIGHTED_F1 }

  /** Picks lambda and threshold on the validation rows, refits on all rows, returns the scorer. */
  private static LinearScorer select(String name, Task task, Params params, Metric metric, ObjectNode report,
                                     Consumer<String> log) {
    List<List<String>> fitRows = new ArrayList<>();
    List<Integer> fitY = new ArrayList<>();
    List<Integer> fitGroups = new ArrayList<>();
    List<Integer> valIdx = new ArrayList<>();
    for (int i = 0; i < task.rows.size(); i++) {
      if (task.validation.get(i)) {
        valIdx.add(i);
      } else {
        fitRows.add(task.rows.get(i));
        fitY.add(task.labels.get(i));
        fitGroups.add(task.groups.get(i));
      }
    }
    boolean choice = metric == Metric.GROUP_ACCURACY && params.sourceAsChoice();
    Map<String, Integer> vocab = LogisticFit.vocabulary(fitRows, params.minCount());
    int[][] x = LogisticFit.encode(fitRows, vocab);
    int[] y = ints(fitY);
    ObjectNode r = report.putObject(name);
    ObjectNode grid = r.putObject("validation");
    double bestScore = -1;
    double bestLambda = params.lambdas().get(0);
    double bestThreshold = 0.5;
    for (double lambda : params.lambdas()) {
      long t0 = System.nanoTime();
      double[] fitted = choice ? LogisticFit.fitChoice(x, y, ints(fitGroups), vocab.size(), lambda, params.maxIter())
          : LogisticFit.fit(x, y, vocab.size(), lambda, params.maxIter());
      LinearScorer s = LogisticFit.scorer(fitted, vocab, 0.5);
      double[] probs = new double[valIdx.size()];
      for (int k = 0; k < probs.length; k++) {
        probs[k] = s.probability(task.rows.get(valIdx.get(k)));
      }
      double[] best = bestThreshold(task, valIdx, probs, metric);
      grid.put(Double.toString(lambda), LinearScorer.round(best[1]));
      log.accept(String.format(java.util.Locale.ROOT, "%s lambda %s: validation %s %.4f at threshold %.2f (%.1f s)",
          name, lambda, metric, best[1], best[0], (System.nanoTime() - t0) / 1e9));
      if (best[1] > bestScore) {
        bestScore = best[1];
        bestLambda = lambda;
        bestThreshold = best[0];
      }
    }
    List<List<String>> finalRows = params.refitOnAll() ? task.rows : fitRows;
    List<Integer> finalLabels = params.refitOnAll() ? task.labels : fitY;
    Map<String, Integer> allVocab = LogisticFit.vocabulary(finalRows, params.minCount());
    int[] ally = ints(finalLabels);
    int[][] allX = LogisticFit.encode(finalRows, allVocab);
    double[] w = choice
        ? LogisticFit.fitChoice(allX, ally, ints(params.refitOnAll() ? task.groups : fitGroups), allVocab.size(),
            bestLambda, params.maxIter())
        : LogisticFit.fit(allX, ally, allVocab.size(), bestLambda, params.maxIter());
    LinearScorer s = LogisticFit.scorer(w, allVocab, bestThreshold);
    r.put("metric", metric.name());
    r.put("lambda", bestLambda);
    r.put("threshold", LinearScorer.round(bestThreshold));
    r.put("validationScore", LinearScorer.round(bestScore));
    r.put("rows", task.rows.size());
    r.put("features", s.size());
    return s;
  }

  /** {threshold, score} maximising the metric over thresholds 0.10, 0.15, ..., 0.90. */
  private static double[] bestThreshold(Task task, List<Integer> idx, double[] probs, Metric metric) {
    double[] best = {0.5, -1};
    for (int k = 2; k <= 18; k++) {
      double th = k * 0.05;
      double score = switch (metric) {
        case F1, WEIGHTED_F1 -> f1(task, idx, probs, th, metric == Metric.WEIGHTED_F1);
        case GROUP_ACCURACY -> groupAccuracy(task, idx, probs, th);
      };
      if (score > best[1] + 1e-12) {
        best = new double[] {th, score};
      }
    }
    return best;
  }

  private static double f1(Task task, List<Integer> idx, double[] probs, double th, boolean weighted) {
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (int k = 0; k < probs.length; k++) {
      int i = idx.get(k);
      double w = weighted ? task.weights.get(i) : 1;
      boolean pred = probs[k] >= th;
      boolean gold = task.labels.get(i) == 1;
      tp += pred && gold ? w : 0;
      fp += pred && !gold ? w : 0;
      fn += !pred && gold ? w : 0;
    }
    return tp == 0 ? 0 : 2 * tp / (2 * tp + fp + fn);
  }

  private static double groupAccuracy(Task task, List<Integer> idx, double[] probs, double th) {
    Map<Integer, double[]> best = new java.util.TreeMap<>(); // group -> {max prob, label of argmax, has gold}
    for (int k = 0; k < probs.length; k++) {
      int i = idx.get(k);
      double[] b = best.computeIfAbsent(task.groups.get(i), g -> new double[] {-1, 0, 0});
      if (probs[k] > b[0]) {
        b[0] = probs[k];
        b[1] = task.labels.get(i);
      }
      if (task.labels.get(i) == 1) {
        b[2] = 1;
      }
    }
    int ok = 0;
    for (double[] b : best.values()) {
      boolean predicted = b[0] >= th;
      ok += b[2] == 1 ? (predicted && b[1] == 1 ? 1 : 0) : (predicted ? 0 : 1);
    }
    return best.isEmpty() ? 0 : ok / (double) best.size();
  }

  /** A gold attribution on the parse: cue head and tokens, source head, content tokens in the cue's sentence. */
  private record GoldCue(int sentence, int head, BitSet cue, int source, BitSet content) {
    static List<GoldCue> map(DocView v, List<AttributionSpans> gold, int[] counts) {
      List<GoldCue> out = new ArrayList<>();
      for (AttributionSpans a : gold) {
        counts[0]++;
        int[] best = {-1, 0};
        List<BitSet> cueBy = tokensBySentence(v, a.cue());
        for (int si = 0; si < cueBy.size(); si++) {
          if (cueBy.get(si).cardinality() > best[1]) {
            best = new int[] {si, cueBy.get(si).cardinality()};
          }
        }
        if (best[0] < 0) {
          continue;
        }
        int si = best[0];
        DependencyView p = v.view(si);
        BitSet cue = cueBy.get(si);
        int head = candidateHead(p, cue, true);
        if (head < 0) {
          counts[2]++;
          continue;
        }
        counts[1]++;
        BitSet src = tokensBySentence(v, a.source()).get(si);
        int source = src.isEmpty() ? -1 : candidateHead(p, src, false);
        if (source >= 0) {
          counts[3]++;
        }
        out.add(new GoldCue(si, head, cue, source, tokensBySentence(v, a.content()).get(si)));
      }
      return out;
    }

    /** The token of the set nearest the root that can be a cue (or source) head. */
    private static int candidateHead(DependencyView p, BitSet set, boolean cue) {
      int best = -1;
      for (int t = set.nextSetBit(0); t >= 0; t = set.nextSetBit(t + 1)) {
        boolean ok = cue ? AttributionFeatures.cueCandidate(p, t) : AttributionFeatures.sourceCandidate(p, t);
        if (ok && (best < 0 || p.depth(t) < p.depth(best))) {
          best = t;
        }
      }
      return best;
    }
  }

  /** Tokens overlapping the ranges, per sentence. */
  static List<BitSet> tokensBySentence(DocView v, List<TextRange> ranges) {
    List<BitSet> out = new ArrayList<>(v.size());
    for (int si = 0; si < v.size(); si++) {
      DependencyView p = v.view(si);
      BitSet b = new BitSet(p.n);
      if (!ranges.isEmpty()) {
        for (int t = 0; t < p.n; t++) {
          var tok = p.tok(t);
          for (TextRange r : ranges) {
            if (tok.begin() < r.end() && r.begin() < tok.end()) {
              b.set(t);
              break;
            }
          }
        }
      }
      out.add(b);
    }
    return out;
  }
}
