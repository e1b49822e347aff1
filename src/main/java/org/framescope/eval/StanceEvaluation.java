package org.framescope.eval;

import org.framescope.classify.Datasets;
import org.framescope.classify.ModelFile;
import org.framescope.classify.SentenceEncoder;
import org.framescope.classify.StanceExample;
import org.framescope.classify.StanceFeatures;
import org.framescope.classify.StanceModel;
import org.framescope.classify.StanceTrainer;
import org.framescope.stats.Metrics;
import org.framescope.text.Tokenizer;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.framescope.resource.DataFile;
import org.framescope.model.InputException;

/**
 * Evaluates stance models on a NewsMTSC test file: macro-F1 over negative/neutral/positive, per-class
 * P/R/F1 and confusion, for freshly trained model families and/or a given model file, plus a cue-word
 * baseline measured in the same run.
 *
 * <p>Cue-word baseline: count positive and negative cue words within 5 tokens of the target (target
 * tokens excluded); more positive than negative gives positive, more negative gives negative, else
 * neutral. Cues come from a lexicon file with a {@code valence} column if given, else from the
 * training file only: words seen at least 5 times within 5 tokens of training targets whose smoothed
 * log-odds of a negative versus positive label is at least 1 in absolute value.
 */
public final class StanceEvaluation {
  static final int WINDOW = 5;

  private StanceEvaluation() { }

  /**
   * A trained model to evaluate, with its label and training time (0 if loaded), and the sentence encoder
   * when the model needs one (else null).
   */
  public record Candidate(String label, StanceModel model, double trainSeconds, Map<String, String> info,
                          SentenceEncoder encoder) {
    /** A light model (no encoder). */
    public Candidate(String label, StanceModel model, double trainSeconds, Map<String, String> info) {
      this(label, model, trainSeconds, info, null);
    }
  }

  /** Runs the evaluation and returns the JSON summary. */
  public static ObjectNode run(Datasets.Mtsc test, Datasets.Mtsc train, List<Candidate> candidates, Path lexicon)
      throws InputException {
    List<StanceExample> rows = test.rows();
    int n = rows.size();
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      y[i] = rows.get(i).label();
    }
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    out.put("schema", "framescope.evaluation.stance/1");
    ObjectNode d = out.putObject("data");
    d.put("test", test.path().toString());
    d.put("testSha256", test.sha256());
    d.put("testTargets", n);
    if (train != null) {
      d.put("train", train.path().toString());
      d.put("trainSha256", train.sha256());
      d.put("trainTargets", train.rows().size());
    }
    out.put("smile", ModelFile.SMILE_VERSION);
    out.put("java", System.getProperty("java.version"));
    ObjectNode models = out.putObject("models");
    String best = null;
    double bestF1 = -1;
    for (Candidate c : candidates) {
      int[] p = new int[n];
      for (int i = 0; i < n; i++) {
        StanceExample e = rows.get(i);
        p[i] = StanceTrainer.argmax(c.model().probabilities(e.sentence(), e.begin(), e.end(), c.encoder(), null));
      }
      Metrics.Report rep = Metrics.report(y, p, StanceModel.CLASSES);
      ObjectNode m = EvalJson.report(rep);
      m.put("model", c.model().name());
      m.put("trainSeconds", EvalJson.r4(c.trainSeconds()));
      ObjectNode info = m.putObject("info");
      c.info().forEach(info::put);
      models.set(c.label(), m);
      if (rep.macroF1() > bestF1) {
        bestF1 = rep.macroF1();
        best = c.label();
      }
    }
    if (best != null) {
      out.put("best", best);
    }
    Map<String, Integer> cues = lexicon != null ? lexiconCues(lexicon)
        : train != null ? trainingCues(train.rows()) : null;
    if (cues != null) {
      int[] p = new int[n];
      for (int i = 0; i < n; i++) {
        p[i] = cueBaseline(rows.get(i), cues);
      }
      ObjectNode b = EvalJson.report(Metrics.report(y, p, StanceModel.CLASSES));
      b.put("cues", lexicon != null ? lexicon.toString() : "derived from the training file (see docs)");
      b.put("cueWords", cues.size());
      out.putObject("baselines").set("cueWords", b);
    }
    int[] majority = new int[n];
    if (train != null) {
      int[] counts = new int[3];
      for (StanceExample e : train.rows()) {
        counts[e.label()]++;
      }
      int maj = counts[0] >= counts[1] && counts[0] >= counts[2] ? 0 : counts[1] >= counts[2] ? 1 : 2;
      java.util.Arrays.fill(majority, maj);
      ((ObjectNode) out.withObject("/baselines")).set("majorityOfTraining",
          EvalJson.report(Metrics.report(y, majority, StanceModel.CLASSES)));
    }
    return out;
  }

  static List<String> window(StanceExample e) {
    List<Tokenizer.Tok> toks = Tokenizer.tokens(e.sentence());
    int[] tt = StanceFeatures.targetTokens(toks, e.begin(), e.end());
    List<String> out = new ArrayList<>();
    for (int i = Math.max(0, tt[0] - WINDOW); i < Math.min(toks.size(), tt[1] + 1 + WINDOW); i++) {
      if (i < tt[0] || i > tt[1]) {
        out.add(toks.get(i).norm());
      }
    }
    return out;
  }

  /** Cue word to valence (-1 or +1) from training targets' windows. */
  static Map<String, Integer> trainingCues(List<StanceExample> train) {
    Map<String, int[]> counts = new HashMap<>();
    int[] totals = new int[3];
    for (StanceExample e : train) {
      totals[e.label()]++;
      for (String w : new HashSet<>(window(e))) {
        counts.computeIfAbsent(w, k -> new int[3])[e.label()]++;
      }
    }
    Map<String, Integer> cues = new java.util.TreeMap<>();
    counts.forEach((w, c) -> {
      if (c[0] + c[2] >= 5 && w.chars().anyMatch(Character::isLetter)) {
        double lo = Math.log((c[2] + 1.0) / (totals[2] + 2.0)) - Math.log((c[0] + 1.0) / (totals[0] + 2.0));
        if (lo >= 1.0) {
          cues.put(w, 1);
        } else if (lo <= -1.0) {
          cues.put(w, -1);
        }
      }
    });
    return cues;
  }

  /** Cue words from a DataFile with a valence column (entries with valence -1 or +1). */
  static Map<String, Integer> lexiconCues(Path path) throws InputException {
    DataFile lf = DataFile.read(path);
    if (!lf.columns().contains("valence")) {
      throw new InputException(path.toString(), "lexicon has no 'valence' column");
    }
    Map<String, Integer> cues = new java.util.TreeMap<>();
    for (DataFile.Row r : lf.rows()) {
      String v = r.get("valence");
      if (v.equals("1") || v.equals("+1") || v.equals("-1")) {
        cues.put(Tokenizer.normalize(r.get(lf.columns().get(0))), Integer.parseInt(v.replace("+", "")));
      }
    }
    return cues;
  }

  /** Baseline label 0/1/2 for one target. */
  static int cueBaseline(StanceExample e, Map<String, Integer> cues) {
    int score = 0;
    for (String w : window(e)) {
      score += cues.getOrDefault(w, 0);
    }
    return score > 0 ? 2 : score < 0 ? 0 : 1;
  }
}
