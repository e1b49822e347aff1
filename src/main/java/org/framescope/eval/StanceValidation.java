package org.framescope.eval;

import org.framescope.classify.FeatureBlock;
import org.framescope.classify.FeatureConfig;
import org.framescope.classify.FeatureSink;
import org.framescope.classify.Features;
import org.framescope.classify.LinearModel;
import org.framescope.classify.SentenceEncoder;
import org.framescope.classify.SmileFit;
import org.framescope.classify.StanceConfig;
import org.framescope.classify.StanceExample;
import org.framescope.classify.StanceFeatures;
import org.framescope.classify.StanceLexicon;
import org.framescope.classify.StanceModel;
import org.framescope.classify.StanceTrainer;
import org.framescope.stats.Metrics;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Feature and setting search for the stance model on the training file only: each configuration is
 * trained on the seeded 80% of train.jsonl that {@link StanceTrainer} uses for its lambda choice and
 * scored on the other 20% (split by sentence). The test file is never read.
 *
 * <p>Input: training targets, a valence lexicon and configuration strings
 * {@code GROUPS[@LAMBDA[@FAMILY]]}: GROUPS is {@code base} or a comma list of {@link StanceFeatures#GROUPS}
 * names, {@code -X} to drop the features of block {@code X:} (e.g. {@code -c}), {@code dup} to count positive
 * training targets twice, {@code mtdup} to count targets of sentences with several different labels
 * twice; LAMBDA defaults to 1; FAMILY is {@code logistic} (default) or {@code maxent}. Output: per
 * configuration the held-out macro-F1, per-class F1, and the same on the held-out targets whose sentence
 * has targets of different polarity (the multi-target case of devtest_mt).
 */
public final class StanceValidation {
  private StanceValidation() { }

  /** The features whose block prefix (e.g. "c:") is not in {@code drop}. */
  static Features without(Features f, Set<String> drop) {
    FeatureSink s = new FeatureSink();
    for (int i = 0; i < f.size(); i++) {
      if (!drop.contains(FeatureBlock.ofKey(f.key(i)).prefix() + ":")) {
        s.put(f.key(i), f.value(i));
      }
    }
    return s.finish();
  }

  /** Runs the configurations in order; {@code log} gets one line per configuration as it finishes. */
  public static ObjectNode run(List<StanceExample> rows, StanceLexicon lex, List<String> configs, long seed,
                               java.util.function.Consumer<String> log) {
    return run(rows, lex, configs, seed, log, null);
  }

  /**
   * As above; configurations may also name embedded texts ({@code E:marked+clause+sentence}, needs
   * {@code encoder}), an embedding factor ({@code x:2}) and {@code tune} (class offsets chosen on one half
   * of the held-out targets and scored on the other, both ways: an honest estimate of what offset tuning
   * gives).
   */
  public static ObjectNode run(List<StanceExample> rows, StanceLexicon lex, List<String> configs, long seed,
                               java.util.function.Consumer<String> log, SentenceEncoder encoder) {
    boolean[] dev = StanceTrainer.heldOut(rows, seed);
    Map<String, Set<Integer>> labels = new HashMap<>();
    for (StanceExample e : rows) {
      labels.computeIfAbsent(e.sentence(), k -> new HashSet<>()).add(e.label());
    }
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    out.put("schema", "framescope.evaluation.stance-validation/1");
    out.put("seed", seed);
    ObjectNode res = out.putObject("configs");
    for (String cfg : configs) {
      String[] parts = cfg.split("@");
      Set<String> groups = new TreeSet<>();
      if (!parts[0].equals("base")) {
        groups.addAll(Arrays.asList(parts[0].split(",")));
      }
      Set<String> drop = new HashSet<>();
      for (String g : new ArrayList<>(groups)) {
        if (g.startsWith("-")) {
          groups.remove(g);
          drop.add(g.substring(1) + ":");
        }
      }
      int dup = groups.remove("dup") ? 2 : 1;
      int mtdup = groups.remove("mtdup") ? 2 : 1;
      boolean tune = groups.remove("tune");
      Set<String> embed = new TreeSet<>();
      double scale = 1.0;
      for (String g : new ArrayList<>(groups)) {
        if (g.startsWith("E:")) {
          groups.remove(g);
          embed.addAll(Arrays.asList(g.substring(2).split("\\+")));
        } else if (g.startsWith("x:")) {
          groups.remove(g);
          scale = Double.parseDouble(g.substring(2));
        }
      }
      if (!embed.isEmpty() && encoder == null) {
        throw new IllegalArgumentException("configuration " + cfg + " embeds texts but no sentence encoder was given");
      }
      StanceConfig sc = new StanceConfig(groups, embed.isEmpty() ? FeatureConfig.NO_EMBEDDING : encoder.id(), embed,
          scale);
      for (String g : groups) {
        if (!StanceFeatures.GROUPS.contains(g)) {
          throw new IllegalArgumentException("unknown feature group '" + g + "' in " + cfg);
        }
      }
      double lambda = parts.length > 1 ? Double.parseDouble(parts[1]) : 1.0;
      SmileFit.Family fam = parts.length > 2 && parts[2].equals("maxent") ? SmileFit.Family.MAXENT
          : SmileFit.Family.LOGISTIC;
      long t0 = System.nanoTime();
      List<Features> tr = new ArrayList<>();
      List<Integer> ty = new ArrayList<>();
      List<Features> te = new ArrayList<>();
      List<Integer> ey = new ArrayList<>();
      List<Boolean> mt = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        StanceExample e = rows.get(i);
        Features f = StanceModel.features(sc, lex, e.sentence(), e.begin(), e.end(), encoder, null);
        if (!drop.isEmpty()) {
          f = without(f, drop);
        }
        boolean multi = labels.get(e.sentence()).size() > 1;
        if (dev[i]) {
          te.add(f);
          ey.add(e.label());
          mt.add(multi);
        } else {
          int times = (e.label() == 2 ? dup : 1) * (multi ? mtdup : 1);
          for (int d = 0; d < times; d++) {
            tr.add(f);
            ty.add(e.label());
          }
        }
      }
      LinearModel lm = StanceTrainer.fitLinear(tr, ty.stream().mapToInt(Integer::intValue).toArray(), fam, lambda);
      int[] g = ey.stream().mapToInt(Integer::intValue).toArray();
      int[] p = new int[g.length];
      List<Integer> gm = new ArrayList<>();
      List<Integer> pm = new ArrayList<>();
      double[][] probs = new double[g.length][];
      for (int i = 0; i < g.length; i++) {
        probs[i] = lm.probabilities(te.get(i));
        p[i] = StanceTrainer.argmax(probs[i]);
        if (mt.get(i)) {
          gm.add(g[i]);
          pm.add(p[i]);
        }
      }
      Metrics.Report all = Metrics.report(g, p, StanceModel.CLASSES);
      Metrics.Report multi = Metrics.report(gm.stream().mapToInt(Integer::intValue).toArray(),
          pm.stream().mapToInt(Integer::intValue).toArray(), StanceModel.CLASSES);
      ObjectNode o = res.putObject(cfg);
      o.set("heldOut", EvalJson.report(all));
      o.set("heldOutMultiPolaritySentences", EvalJson.report(multi));
      o.put("features", lm.vectorizer().size());
      String tuned = "";
      if (tune) {
        // offsets tuned on the even-indexed held-out targets scored on the odd ones, and vice versa
        int[] tp = new int[g.length];
        for (int half = 0; half < 2; half++) {
          List<double[]> tuneP = new ArrayList<>();
          List<Integer> tuneG = new ArrayList<>();
          for (int i = 0; i < g.length; i++) {
            if (i % 2 == half) {
              tuneP.add(probs[i]);
              tuneG.add(g[i]);
            }
          }
          double[] off = StanceTrainer.tuneOffsets(tuneP.toArray(new double[0][]),
              tuneG.stream().mapToInt(Integer::intValue).toArray());
          o.put("offsetsFromHalf" + half, Arrays.toString(off));
          for (int i = 0; i < g.length; i++) {
            if (i % 2 != half) {
              tp[i] = StanceTrainer.argmax(StanceModel.applyOffsets(probs[i], off));
            }
          }
        }
        Metrics.Report tr2 = Metrics.report(g, tp, StanceModel.CLASSES);
        o.set("heldOutCrossTunedOffsets", EvalJson.report(tr2));
        tuned = String.format(Locale.ROOT, "  cross-tuned offsets %.4f (pos F1 %.3f)", tr2.macroF1(),
            tr2.perClass().get(2).f1());
      }
      o.put("seconds", EvalJson.r4((System.nanoTime() - t0) / 1e9));
      log.accept(String.format(Locale.ROOT, "%-22s held-out macro-F1 %.4f (n=%d, pos F1 %.3f)  multi-polarity sentences %.4f (n=%d)  %.0f s%s",
          cfg, all.macroF1(), g.length, all.perClass().get(2).f1(), multi.macroF1(), gm.size(),
          (System.nanoTime() - t0) / 1e9, tuned));
    }
    return out;
  }
}
