package org.framescope.classify;

import org.framescope.stats.Metrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import smile.util.SparseArray;

/**
 * Trains a {@link StanceModel} on NewsMTSC targets with Smile: a multinomial logistic regression or
 * Maxent, optionally averaged with a Maxent member (ensemble). Each member's lambda is the one with
 * the best macro-F1 on a held-out 20% of the training sentences (split by sentence, so targets of one
 * sentence stay together; seeded); then the members are refitted on all training items.
 */
public final class StanceTrainer {
  /**
   * Settings.
   *
   * @param family family of the first member
   * @param lambdas L2 strengths to choose from for the first member
   * @param seed seed for the held-out split
   * @param lexicon valence lexicon for the {@code lex} feature group
   * @param maxentLambdas if non-empty, a second member (Maxent) is added with the best of these lambdas
   */
  public record Params(SmileFit.Family family, List<Double> lambdas, long seed, StanceLexicon lexicon,
                       List<Double> maxentLambdas, StanceConfig config, boolean tuneOffsets) {
    public Params {
      lambdas = List.copyOf(lambdas);
      maxentLambdas = List.copyOf(maxentLambdas);
      if (lambdas.isEmpty()) {
        throw new IllegalArgumentException("need at least one lambda");
      }
      java.util.Objects.requireNonNull(lexicon, "lexicon");
      java.util.Objects.requireNonNull(config, "config");
    }

    /** Light features, no offset tuning (earlier form). */
    public Params(SmileFit.Family family, List<Double> lambdas, long seed, StanceLexicon lexicon,
                  List<Double> maxentLambdas) {
      this(family, lambdas, seed, lexicon, maxentLambdas, StanceConfig.LIGHT, false);
    }

    /** The same settings with another feature config and offset tuning. */
    public Params with(StanceConfig cfg, boolean tune) {
      return new Params(family, lambdas, seed, lexicon, maxentLambdas, cfg, tune);
    }

    public Map<String, String> asMap() {
      TreeMap<String, String> m = new TreeMap<>();
      m.put("family", family.name().toLowerCase(java.util.Locale.ROOT));
      m.put("lambdaGrid", lambdas.toString());
      m.put("ensembleMaxentLambdaGrid", maxentLambdas.toString());
      m.put("lexiconEntries", Integer.toString(lexicon.entries().size()));
      m.put("seed", Long.toString(seed));
      m.put("tol", Double.toString(SmileFit.TOL));
      m.put("maxIter", Integer.toString(SmileFit.MAX_ITER));
      m.put("tuneOffsets", Boolean.toString(tuneOffsets));
      m.put("offsetGrid", OFFSET_GRID);
      return m;
    }
  }

  /**
   * Trained model, chosen lambdas (maxent lambda NaN without ensemble), held-out macro-F1 per lambda of
   * each member, and of the averaged members (NaN without ensemble).
   */
  public record Result(StanceModel model, double lambda, Map<Double, Double> heldOutMacroF1, double maxentLambda,
                       Map<Double, Double> heldOutMaxentMacroF1, double heldOutEnsembleMacroF1,
                       double heldOutTunedMacroF1) { }

  static final String OFFSET_GRID = "negative and positive offsets -1.0..1.5 step 0.1, neutral 0";

  /**
   * Defaults of the shipped model: logistic regression, lambda from {1, 2}, no Maxent member (averaging
   * with Maxent did not help on the held-out split once lambda 2 is chosen, see
   * docs/evaluation-classifiers.md).
   */
  public static Params defaults(long seed, StanceLexicon lexicon) {
    return new Params(SmileFit.Family.LOGISTIC, List.of(1.0, 2.0), seed, lexicon, List.of());
  }

  private StanceTrainer() { }

  /** Features of every example under {@code cfg} ({@code encoder} when it uses embeddings). */
  static List<Features> features(List<StanceExample> rows, StanceConfig cfg, StanceLexicon lexicon,
                                 SentenceEncoder encoder) {
    List<Features> raw = new ArrayList<>(rows.size());
    for (StanceExample e : rows) {
      raw.add(StanceModel.features(cfg, lexicon, e.sentence(), e.begin(), e.end(), encoder, null));
    }
    return raw;
  }

  /** Seeded held-out flags (about 20%), by sentence. */
  public static boolean[] heldOut(List<StanceExample> train, long seed) {
    boolean[] dev = new boolean[train.size()];
    for (int i = 0; i < dev.length; i++) {
      long h = train.get(i).sentence().hashCode() * 0x9E3779B97F4A7C15L + seed;
      dev[i] = Math.floorMod(new java.util.Random(h).nextInt(), 5) == 0;
    }
    return dev;
  }

  /** Trains on all of {@code train} (light features). */
  public static Result fit(List<StanceExample> train, Params p) {
    return fit(train, p, null);
  }

  /** Trains on all of {@code train}; {@code encoder} for a config with embeddings. */
  public static Result fit(List<StanceExample> train, Params p, SentenceEncoder encoder) {
    List<Features> raw = features(train, p.config(), p.lexicon(), encoder);
    int[] y = new int[train.size()];
    for (int i = 0; i < y.length; i++) {
      y[i] = train.get(i).label();
    }
    boolean[] dev = heldOut(train, p.seed());
    List<Features> tr = new ArrayList<>();
    List<Integer> ty = new ArrayList<>();
    List<Features> te = new ArrayList<>();
    List<Integer> ey = new ArrayList<>();
    for (int i = 0; i < y.length; i++) {
      (dev[i] ? te : tr).add(raw.get(i));
      (dev[i] ? ey : ty).add(y[i]);
    }
    int[] tya = ty.stream().mapToInt(Integer::intValue).toArray();
    int[] eya = ey.stream().mapToInt(Integer::intValue).toArray();
    TreeMap<Double, Double> held = new TreeMap<>();
    // a single member with a single lambda needs no held-out fit
    double[][] bestP = p.maxentLambdas().isEmpty() && p.lambdas().size() == 1 && !p.tuneOffsets()
        ? null : new double[te.size()][];
    double lambda = choose(tr, tya, te, eya, p.family(), p.lambdas(), held, bestP);
    TreeMap<Double, Double> heldMe = new TreeMap<>();
    double meLambda = Double.NaN;
    double ensF1 = Double.NaN;
    List<LinearModel> members = new ArrayList<>();
    members.add(fitLinear(raw, y, p.family(), lambda));
    if (!p.maxentLambdas().isEmpty()) {
      double[][] meP = new double[te.size()][];
      meLambda = choose(tr, tya, te, eya, SmileFit.Family.MAXENT, p.maxentLambdas(), heldMe, meP);
      int[] pr = new int[te.size()];
      for (int i = 0; i < pr.length; i++) {
        double[] avg = new double[3];
        for (int c = 0; c < 3; c++) {
          avg[c] = (bestP[i][c] + meP[i][c]) / 2;
        }
        pr[i] = argmax(avg);
      }
      ensF1 = Metrics.report(eya, pr, StanceModel.CLASSES).macroF1();
      members.add(fitLinear(raw, y, SmileFit.Family.MAXENT, meLambda));
    }
    double[] offsets = new double[3];
    double tunedF1 = Double.NaN;
    if (p.tuneOffsets()) {
      if (!p.maxentLambdas().isEmpty()) {
        throw new IllegalArgumentException("offset tuning is implemented for single-member models only");
      }
      offsets = tuneOffsets(bestP, eya);
      int[] pr = new int[eya.length];
      for (int i = 0; i < pr.length; i++) {
        pr[i] = argmax(StanceModel.applyOffsets(bestP[i], offsets));
      }
      tunedF1 = Metrics.report(eya, pr, StanceModel.CLASSES).macroF1();
    }
    String name = "newsmtsc-stance-" + p.family().name().toLowerCase(java.util.Locale.ROOT)
        + (p.maxentLambdas().isEmpty() ? "" : "+maxent") + (p.config().usesEmbedding() ? "-embedding" : "");
    return new Result(new StanceModel(name, p.config(), members, p.lexicon(), offsets, null), lambda, held, meLambda,
        heldMe, ensF1, tunedF1);
  }

  /**
   * Offsets (negative, 0, positive) on the log-probabilities maximising macro-F1 of the given held-out
   * probabilities (grid {@link #OFFSET_GRID}; ties: smallest total |offset|, then first in grid order).
   */
  public static double[] tuneOffsets(double[][] probs, int[] gold) {
    double best = -1;
    double[] bestOff = new double[3];
    for (int a = -10; a <= 15; a++) {
      for (int b = -10; b <= 15; b++) {
        double[] off = {a / 10.0, 0.0, b / 10.0};
        int[] pr = new int[gold.length];
        for (int i = 0; i < pr.length; i++) {
          pr[i] = argmax(StanceModel.applyOffsets(probs[i], off));
        }
        double f1 = Metrics.report(gold, pr, StanceModel.CLASSES).macroF1();
        double size = Math.abs(off[0]) + Math.abs(off[2]);
        double bestSize = Math.abs(bestOff[0]) + Math.abs(bestOff[2]);
        if (f1 > best + 1e-12 || (Math.abs(f1 - best) <= 1e-12 && size < bestSize - 1e-12)) {
          best = f1;
          bestOff = off;
        }
      }
    }
    return bestOff;
  }

  /** Best lambda by held-out macro-F1 (first on ties); fills scores and the winner's held-out probabilities. */
  private static double choose(List<Features> tr, int[] ty, List<Features> te, int[] ey,
                               SmileFit.Family family, List<Double> lambdas, Map<Double, Double> scores,
                               double[][] bestProbs) {
    double best = -1;
    double lambda = lambdas.get(0);
    if (lambdas.size() == 1 && bestProbs == null) {
      return lambda;
    }
    for (double l : lambdas) {
      LinearModel lm = fitLinear(tr, ty, family, l);
      int[] pr = new int[te.size()];
      double[][] probs = new double[te.size()][];
      for (int i = 0; i < pr.length; i++) {
        probs[i] = lm.probabilities(te.get(i));
        pr[i] = argmax(probs[i]);
      }
      double f1 = Metrics.report(ey, pr, StanceModel.CLASSES).macroF1();
      scores.put(l, f1);
      if (f1 > best + 1e-12) {
        best = f1;
        lambda = l;
        if (bestProbs != null) {
          System.arraycopy(probs, 0, bestProbs, 0, probs.length);
        }
      }
    }
    return lambda;
  }

  public static LinearModel fitLinear(List<Features> raw, int[] y, SmileFit.Family family, double lambda) {
    Vectorizer v = Vectorizer.fit(raw, 2, true);
    List<SparseArray> x = new ArrayList<>(raw.size());
    for (Features r : raw) {
      x.add(v.transform(r));
    }
    return new LinearModel(v, SmileFit.fit(family, x, y, v.size(), 3, lambda), family == SmileFit.Family.MAXENT);
  }

  /** Index of the largest value (first on ties). */
  public static int argmax(double[] p) {
    int b = 0;
    for (int i = 1; i < p.length; i++) {
      if (p[i] > p[b]) {
        b = i;
      }
    }
    return b;
  }
}
