package org.framescope.eval;

import org.framescope.classify.BiasTrainer;
import org.framescope.classify.Datasets;
import org.framescope.classify.FeatureConfig;
import org.framescope.classify.Folds;
import org.framescope.classify.Labelled;
import org.framescope.classify.ModelFile;
import org.framescope.classify.Platt;
import org.framescope.classify.SentenceEncoder;
import org.framescope.classify.SmileFit;
import org.framescope.classify.WordModel;
import org.framescope.stats.Metrics;
import org.framescope.text.Tokenizer;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.framescope.resource.DataFile;
import org.framescope.model.InputException;

/**
 * Stratified k-fold cross-validation of the sentence bias classifier on BABE, with baselines, word-level
 * scores and calibration, all measured in the same run and on the same folds.
 *
 * <p>Input: BABE rows, folds, seed, model families, an optional word-list file. Output: a JSON summary
 * (data SHA-256, seed, per family pooled out-of-fold macro-F1, per-class P/R/F1, confusion, per-fold
 * macro-F1 and lambda, training seconds; baselines; Brier score and 10-bin reliability table of the best
 * family's out-of-fold probabilities, raw and after cross-fitted Platt scaling; token-level P/R/F1 of
 * the biased-word model and of a word-list baseline) plus the out-of-fold logits for calibration.
 *
 * <p>Word list for the lexicon baselines: if a file is given (DataFile format, first column the
 * entry, or one word per line) it is used for every fold; otherwise, per fold, the words marked in
 * {@code biased_words} at least twice, and in at least 30% of the training sentences that contain
 * them, in that fold's training part (nothing from the test part).
 */
public final class BiasEvaluation {
  static final List<String> CLASSES = List.of("non-biased", "biased");

  /** Summary and the best family's out-of-fold logits (item order as in the data). */
  public record Outcome(ObjectNode summary, SmileFit.Family best, double[] oofLogits, int[] gold) { }

  private BiasEvaluation() { }

  /** Runs the evaluation of the light model (no embedding). */
  public static Outcome run(Datasets.Babe data, int k, long seed, List<SmileFit.Family> families,
                            Path wordList, java.io.PrintStream progress) throws InputException {
    return run(data, k, seed, families, wordList, progress, FeatureConfig.DEFAULT, null);
  }

  /** Runs the evaluation with the given features ({@code encoder} when they use an embedding). */
  public static Outcome run(Datasets.Babe data, int k, long seed, List<SmileFit.Family> families,
                            Path wordList, java.io.PrintStream progress, FeatureConfig features,
                            SentenceEncoder encoder) throws InputException {
    List<Labelled> rows = data.rows();
    int n = rows.size();
    int[] y = BiasTrainer.labels(rows);
    int[] fold = Folds.stratified(y, k, seed);
    Set<String> fixedList = wordList == null ? null : readWordList(wordList);
    Map<SmileFit.Family, int[]> pred = new HashMap<>();
    Map<SmileFit.Family, double[]> logits = new HashMap<>();
    Map<SmileFit.Family, ArrayNode> perFold = new HashMap<>();
    Map<SmileFit.Family, Double> seconds = new HashMap<>();
    for (SmileFit.Family fam : families) {
      pred.put(fam, new int[n]);
      logits.put(fam, new double[n]);
      perFold.put(fam, JsonNodeFactory.instance.arrayNode());
      seconds.put(fam, 0.0);
    }
    int[] majority = new int[n];
    int[] lexicon = new int[n];
    long[] wordModel = new long[3];
    long[] wordShown = new long[3];
    ArrayNode displayThresholds = JsonNodeFactory.instance.arrayNode();
    long[] wordLex = new long[3];
    double prepSeconds = 0;
    for (int f = 0; f < k; f++) {
      List<Labelled> train = new ArrayList<>();
      List<Integer> test = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (fold[i] != f) {
          train.add(rows.get(i));
        } else {
          test.add(i);
        }
      }
      int pos = 0;
      for (Labelled l : train) {
        pos += l.biased() ? 1 : 0;
      }
      int maj = pos * 2 > train.size() ? 1 : 0;
      Set<String> list = fixedList != null ? fixedList : trainingWordList(train);
      long t0 = System.nanoTime();
      BiasTrainer.Prepared prep = BiasTrainer.prepare(train, paramsFor(SmileFit.Family.LOGISTIC, seed, features),
          encoder);
      prepSeconds += (System.nanoTime() - t0) / 1e9;
      WordModel words = prep.words();
      displayThresholds.add(words.displayThreshold());
      for (SmileFit.Family fam : families) {
        long t1 = System.nanoTime();
        BiasTrainer.Result r = BiasTrainer.fit(prep, paramsFor(fam, seed, features));
        seconds.merge(fam, (System.nanoTime() - t1) / 1e9, Double::sum);
        int[] g = new int[test.size()];
        int[] p = new int[test.size()];
        for (int j = 0; j < test.size(); j++) {
          int i = test.get(j);
          String text = rows.get(i).text();
          double z = r.model().logit(text, features.usesEmbedding() ? encoder.encode(text) : null);
          logits.get(fam)[i] = z;
          pred.get(fam)[i] = z >= 0 ? 1 : 0;
          g[j] = y[i];
          p[j] = pred.get(fam)[i];
        }
        ObjectNode fn = perFold.get(fam).addObject();
        fn.put("fold", f);
        fn.put("lambda", r.lambda());
        fn.put("macroF1", EvalJson.r4(Metrics.report(g, p, CLASSES).macroF1()));
        if (progress != null) {
          progress.printf(java.util.Locale.ROOT, "fold %d/%d %s lambda=%s macroF1=%.4f%n", f + 1, k,
              fam.name().toLowerCase(java.util.Locale.ROOT), r.lambda(), fn.get("macroF1").asDouble());
        }
      }
      for (int i : test) {
        majority[i] = maj;
        List<Tokenizer.Tok> toks = Tokenizer.tokens(rows.get(i).text());
        int[] gold = WordModel.goldLabels(toks, rows.get(i).biasedWords());
        double[] wp = words.probabilities(toks);
        boolean any = false;
        for (int t = 0; t < toks.size(); t++) {
          boolean inList = list.contains(toks.get(t).norm());
          any |= inList;
          count(wordModel, wp[t] >= words.threshold(), gold[t] == 1);
          count(wordShown, wp[t] >= words.displayThreshold(), gold[t] == 1);
          count(wordLex, inList, gold[t] == 1);
        }
        lexicon[i] = any ? 1 : 0;
      }
    }
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    out.put("schema", "framescope.evaluation.bias/1");
    ObjectNode d = out.putObject("data");
    d.put("path", data.path().toString());
    d.put("sha256", data.sha256());
    d.put("rows", n);
    d.put("droppedOtherLabels", data.dropped());
    int positives = 0;
    for (int v : y) {
      positives += v;
    }
    d.put("biased", positives);
    d.put("nonBiased", n - positives);
    out.put("folds", k);
    out.put("seed", seed);
    // the fold of each row (data order), so that peers (eval/peer/peer.py) can check they use the same folds
    out.set("foldOf", JsonNodeFactory.instance.arrayNode().addAll(java.util.Arrays.stream(fold)
        .mapToObj(JsonNodeFactory.instance::numberNode).toList()));
    out.put("smile", ModelFile.SMILE_VERSION);
    out.put("java", System.getProperty("java.version"));
    out.put("featureVersion", FeatureConfig.FEATURE_VERSION);
    ObjectNode fc = out.putObject("featureConfig");
    features.asMap().forEach(fc::put);
    if (encoder != null && features.usesEmbedding()) {
      ObjectNode en = out.putObject("sentenceEncoder");
      encoder.provenance().forEach(en::put);
    }
    ObjectNode models = out.putObject("models");
    SmileFit.Family best = families.get(0);
    double bestF1 = -1;
    for (SmileFit.Family fam : families) {
      Metrics.Report rep = Metrics.report(y, pred.get(fam), CLASSES);
      ObjectNode m = models.putObject(fam.name().toLowerCase(java.util.Locale.ROOT));
      ObjectNode hp = m.putObject("hyperparameters");
      paramsFor(fam, seed, features).asMap().forEach(hp::put);
      m.set("pooled", EvalJson.report(rep));
      m.set("perFold", perFold.get(fam));
      double mean = 0;
      for (var node : perFold.get(fam)) {
        mean += node.get("macroF1").asDouble() / k;
      }
      double var = 0;
      for (var node : perFold.get(fam)) {
        var += Math.pow(node.get("macroF1").asDouble() - mean, 2) / (k - 1);
      }
      m.put("foldMeanMacroF1", EvalJson.r4(mean));
      m.put("foldSdMacroF1", EvalJson.r4(Math.sqrt(var)));
      m.put("sentenceModelTrainSeconds", EvalJson.r4(seconds.get(fam)));
      if (rep.macroF1() > bestF1) {
        bestF1 = rep.macroF1();
        best = fam;
      }
    }
    out.put("wordModelAndStackingTrainSeconds", EvalJson.r4(prepSeconds));
    out.put("best", best.name().toLowerCase(java.util.Locale.ROOT));
    ObjectNode base = out.putObject("baselines");
    base.set("majority", EvalJson.report(Metrics.report(y, majority, CLASSES)));
    ObjectNode lex = EvalJson.report(Metrics.report(y, lexicon, CLASSES));
    lex.put("wordList", wordList != null ? wordList.toString()
        : "per fold: words marked in biased_words at least twice, and in at least 30% of the sentences"
            + " containing them, in that fold's training part");
    lex.put("rule", "biased if the sentence contains any listed word");
    base.set("lexicon", lex);
    // calibration of the best family
    double[] z = logits.get(best);
    double[] raw = new double[n];
    for (int i = 0; i < n; i++) {
      raw[i] = Platt.IDENTITY.apply(z[i]);
    }
    double[] cal = new double[n];
    for (int f = 0; f < k; f++) {
      List<Double> s = new ArrayList<>();
      List<Integer> g = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (fold[i] != f) {
          s.add(z[i]);
          g.add(y[i]);
        }
      }
      Platt pl = Platt.fit(s.stream().mapToDouble(Double::doubleValue).toArray(),
          g.stream().mapToInt(Integer::intValue).toArray());
      for (int i = 0; i < n; i++) {
        if (fold[i] == f) {
          cal[i] = pl.apply(z[i]);
        }
      }
    }
    ObjectNode c = out.putObject("calibration");
    c.put("model", best.name().toLowerCase(java.util.Locale.ROOT));
    List<Metrics.Bin> rawBins = Metrics.reliability(raw, y, 10);
    List<Metrics.Bin> calBins = Metrics.reliability(cal, y, 10);
    c.put("brierRaw", EvalJson.r4(Metrics.brier(raw, y)));
    c.put("eceRaw", EvalJson.r4(Metrics.ece(rawBins)));
    c.put("brierPlatt", EvalJson.r4(Metrics.brier(cal, y)));
    c.put("ecePlatt", EvalJson.r4(Metrics.ece(calBins)));
    c.put("plattMethod", "Platt fitted on the out-of-fold logits of the other folds, applied to each fold");
    Platt all = Platt.fit(z, y);
    c.put("plattAllA", all.a());
    c.put("plattAllB", all.b());
    c.set("reliabilityRaw", EvalJson.reliability(rawBins));
    c.set("reliabilityPlatt", EvalJson.reliability(calBins));
    // pooled out-of-fold probabilities (raw and cross-fitted Platt) for the notebook's reliability diagram
    c.set("oofRaw", ModelFile.doubles(raw));
    c.set("oofPlatt", ModelFile.doubles(cal));
    c.set("gold", JsonNodeFactory.instance.arrayNode().addAll(java.util.Arrays.stream(y)
        .mapToObj(JsonNodeFactory.instance::numberNode).toList()));
    // Per outlet: how the kept model's out-of-fold predictions fare on each outlet's sentences.
    ObjectNode per = out.putObject("perOutlet");
    java.util.TreeMap<String, List<Integer>> byOutlet = new java.util.TreeMap<>();
    for (int i = 0; i < n; i++) {
      String o = rows.get(i).outlet() == null || rows.get(i).outlet().isBlank() ? "(unknown)" : rows.get(i).outlet();
      byOutlet.computeIfAbsent(o, x -> new ArrayList<>()).add(i);
    }
    int[] bestPred = pred.get(best);
    byOutlet.forEach((outlet, idx) -> {
      int[] g = new int[idx.size()];
      int[] p = new int[idx.size()];
      double meanProb = 0;
      int biasedGold = 0;
      for (int j = 0; j < idx.size(); j++) {
        g[j] = y[idx.get(j)];
        p[j] = bestPred[idx.get(j)];
        biasedGold += g[j];
        meanProb += cal[idx.get(j)] / idx.size();
      }
      Metrics.Report r = Metrics.report(g, p, CLASSES);
      ObjectNode o = per.putObject(outlet);
      o.put("sentences", idx.size());
      o.put("biasedShareGold", EvalJson.r4(biasedGold / (double) idx.size()));
      o.put("meanProbability", EvalJson.r4(meanProb));
      o.put("macroF1", EvalJson.r4(r.macroF1()));
      o.put("accuracy", EvalJson.r4(r.accuracy()));
    });
    ObjectNode w = out.putObject("words");
    w.put("unit", "tokens; gold = token whose lower-cased form is in the sentence's biased_words");
    w.set("model", EvalJson.scores(Metrics.binary("biased-word", wordModel[0], wordModel[1], wordModel[2])));
    ObjectNode shown = EvalJson.scores(Metrics.binary("biased-word", wordShown[0], wordShown[1], wordShown[2]));
    shown.put("rule", "spans shown from the display threshold on: the smallest threshold whose cross-fitted precision"
        + " on the training folds reaches " + WordModel.DISPLAY_PRECISION + " (chosen per outer fold; scored here on"
        + " the test fold)");
    shown.set("displayThresholdPerFold", displayThresholds);
    w.set("shownSpans", shown);
    ObjectNode wl = EvalJson.scores(Metrics.binary("biased-word", wordLex[0], wordLex[1], wordLex[2]));
    wl.put("wordList", lex.get("wordList").asText());
    w.set("lexiconBaseline", wl);
    return new Outcome(out, best, logits.get(best), y);
  }

  /**
   * Token-level evaluation only (what {@code evaluate words} prints): per fold the word model is
   * trained exactly as inside the bias model (threshold from cross-fitted training-part predictions)
   * and scored on the test part's tokens, with the word-list baseline on the same tokens.
   */
  public static ObjectNode runWords(Datasets.Babe data, int k, long seed, Path wordList,
                                    java.io.PrintStream progress) throws InputException {
    List<Labelled> rows = data.rows();
    int n = rows.size();
    int[] y = BiasTrainer.labels(rows);
    int[] fold = Folds.stratified(y, k, seed);
    Set<String> fixedList = wordList == null ? null : readWordList(wordList);
    long[] wordModel = new long[3];
    long[] wordLex = new long[3];
    ArrayNode perFold = JsonNodeFactory.instance.arrayNode();
    long t0 = System.nanoTime();
    for (int f = 0; f < k; f++) {
      List<Labelled> train = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (fold[i] != f) {
          train.add(rows.get(i));
        }
      }
      Set<String> list = fixedList != null ? fixedList : trainingWordList(train);
      WordModel words = BiasTrainer.prepare(train, paramsFor(SmileFit.Family.LOGISTIC, seed)).words();
      long[] fm = new long[3];
      for (int i = 0; i < n; i++) {
        if (fold[i] != f) {
          continue;
        }
        List<Tokenizer.Tok> toks = Tokenizer.tokens(rows.get(i).text());
        int[] gold = WordModel.goldLabels(toks, rows.get(i).biasedWords());
        double[] wp = words.probabilities(toks);
        for (int t = 0; t < toks.size(); t++) {
          count(wordModel, wp[t] >= words.threshold(), gold[t] == 1);
          count(fm, wp[t] >= words.threshold(), gold[t] == 1);
          count(wordLex, list.contains(toks.get(t).norm()), gold[t] == 1);
        }
      }
      ObjectNode fn = perFold.addObject();
      fn.put("fold", f);
      fn.put("threshold", words.threshold());
      fn.put("f1", EvalJson.r4(Metrics.binary("w", fm[0], fm[1], fm[2]).f1()));
      if (progress != null) {
        progress.printf(java.util.Locale.ROOT, "fold %d/%d threshold %.2f token F1 %.4f%n", f + 1, k,
            words.threshold(), fn.get("f1").asDouble());
      }
    }
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    out.put("schema", "framescope.evaluation.words/1");
    ObjectNode d = out.putObject("data");
    d.put("path", data.path().toString());
    d.put("sha256", data.sha256());
    d.put("rows", n);
    d.put("droppedOtherLabels", data.dropped());
    out.put("folds", k);
    out.put("seed", seed);
    out.put("unit", "tokens; gold = token whose lower-cased form is in the sentence's biased_words");
    out.set("model", EvalJson.scores(Metrics.binary("biased-word", wordModel[0], wordModel[1], wordModel[2])));
    out.set("perFold", perFold);
    ObjectNode wl = EvalJson.scores(Metrics.binary("biased-word", wordLex[0], wordLex[1], wordLex[2]));
    wl.put("wordList", wordList != null ? wordList.toString()
        : "per fold: words marked in biased_words at least twice, and in at least 30% of the sentences"
            + " containing them, in that fold's training part");
    out.set("lexiconBaseline", wl);
    out.put("seconds", EvalJson.r4((System.nanoTime() - t0) / 1e9));
    return out;
  }

  /** Default per-family training settings used by evaluation and training. */
  public static BiasTrainer.Params paramsFor(SmileFit.Family fam, long seed) {
    return paramsFor(fam, seed, FeatureConfig.DEFAULT);
  }

  /** As {@link #paramsFor(SmileFit.Family, long)} with other features. */
  public static BiasTrainer.Params paramsFor(SmileFit.Family fam, long seed, FeatureConfig features) {
    BiasTrainer.Params d = BiasTrainer.defaults(seed);
    List<Double> grid = fam == SmileFit.Family.MAXENT ? List.of(4.0, 16.0) : d.lambdas();
    return new BiasTrainer.Params(features, fam, grid, d.wordLambda(), d.stackFolds(), seed);
  }

  private static void count(long[] c, boolean predicted, boolean gold) {
    if (predicted && gold) {
      c[0]++;
    } else if (predicted) {
      c[1]++;
    } else if (gold) {
      c[2]++;
    }
  }

  /**
   * Words marked as biased at least twice in the training items and in at least 30% of the training
   * sentences that contain them (so frequent words marked once in a while, such as names, stay out).
   */
  static Set<String> trainingWordList(List<Labelled> train) {
    Map<String, Integer> marked = new HashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (Labelled l : train) {
      for (String w : new HashSet<>(l.biasedWords())) {
        marked.merge(w, 1, Integer::sum);
      }
      Set<String> words = new HashSet<>();
      for (Tokenizer.Tok t : Tokenizer.tokens(l.text())) {
        words.add(t.norm());
      }
      for (String w : words) {
        seen.merge(w, 1, Integer::sum);
      }
    }
    Set<String> out = new java.util.TreeSet<>();
    marked.forEach((w, c) -> {
      if (c >= 2 && c >= 0.3 * seen.getOrDefault(w, c)) {
        out.add(w);
      }
    });
    return out;
  }

  /** A word list: a DataFile (first column) if it has a '#! columns:' header, else one word per line. */
  public static Set<String> readWordList(Path path) throws InputException {
    byte[] bytes = Datasets.readBytes(path, "word list");
    String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    Set<String> out = new HashSet<>();
    if (text.contains("#! columns:")) {
      DataFile lf = DataFile.read(path);
      for (DataFile.Row r : lf.rows()) {
        out.add(Tokenizer.normalize(r.get(lf.columns().get(0))));
      }
    } else {
      for (String line : text.split("\r?\n")) {
        String w = line.trim();
        if (!w.isEmpty() && !w.startsWith("#")) {
          out.add(Tokenizer.normalize(w));
        }
      }
    }
    if (out.isEmpty()) {
      throw new InputException(path.toString(), "word list is empty");
    }
    return out;
  }
}
