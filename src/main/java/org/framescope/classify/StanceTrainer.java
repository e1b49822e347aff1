package org.framescope.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import smile.util.SparseArray;

/**
 * Trains a {@link StanceModel} on NewsMTSC targets with Smile (multinomial logistic regression or
 * Maxent). When several lambdas are given, the one with the best macro-F1 on a held-out 20% of the
 * training sentences (split by sentence, so targets of one sentence stay together; seeded) is
 * chosen, then the model is refitted on all training items.
 */
public final class StanceTrainer {
  /**
   * Settings.
   *
   * @param family model family
   * @param lambdas L2 strengths to choose from
   * @param seed seed for the held-out split
   */
  public record Params(SmileFit.Family family, List<Double> lambdas, long seed) {
    public Params {
      lambdas = List.copyOf(lambdas);
      if (lambdas.isEmpty()) {
        throw new IllegalArgumentException("need at least one lambda");
      }
    }

    public Map<String, String> asMap() {
      TreeMap<String, String> m = new TreeMap<>();
      m.put("family", family.name().toLowerCase(java.util.Locale.ROOT));
      m.put("lambdaGrid", lambdas.toString());
      m.put("seed", Long.toString(seed));
      m.put("tol", Double.toString(SmileFit.TOL));
      m.put("maxIter", Integer.toString(SmileFit.MAX_ITER));
      return m;
    }
  }

  /** Trained model, chosen lambda, held-out macro-F1 per lambda. */
  public record Result(StanceModel model, double lambda, Map<Double, Double> heldOutMacroF1) { }

  /** Defaults of the shipped model. */
  public static Params defaults(long seed) {
    return new Params(SmileFit.Family.LOGISTIC, List.of(0.5, 1.0, 2.0), seed);
  }

  private StanceTrainer() { }

  /** Trains on all of {@code train}. */
  public static Result fit(List<StanceExample> train, Params p) {
    List<Map<String, Double>> raw = new ArrayList<>();
    int[] y = new int[train.size()];
    for (int i = 0; i < y.length; i++) {
      StanceExample e = train.get(i);
      raw.add(StanceFeatures.of(e.sentence(), e.begin(), e.end()));
      y[i] = e.label();
    }
    double lambda = p.lambdas().get(0);
    TreeMap<Double, Double> held = new TreeMap<>();
    if (p.lambdas().size() > 1) {
      boolean[] dev = new boolean[y.length];
      for (int i = 0; i < y.length; i++) {
        long h = train.get(i).sentence().hashCode() * 0x9E3779B97F4A7C15L + p.seed();
        dev[i] = Math.floorMod(new java.util.Random(h).nextInt(), 5) == 0;
      }
      List<Map<String, Double>> tr = new ArrayList<>();
      List<Integer> ty = new ArrayList<>();
      for (int i = 0; i < y.length; i++) {
        if (!dev[i]) {
          tr.add(raw.get(i));
          ty.add(y[i]);
        }
      }
      double best = -1;
      for (double l : p.lambdas()) {
        LinearModel lm = fitLinear(tr, ty.stream().mapToInt(Integer::intValue).toArray(), p.family(), l);
        List<Integer> g = new ArrayList<>();
        List<Integer> pr = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
          if (dev[i]) {
            g.add(y[i]);
            pr.add(argmax(lm.probabilities(raw.get(i))));
          }
        }
        double f1 = Metrics.report(g.stream().mapToInt(Integer::intValue).toArray(),
            pr.stream().mapToInt(Integer::intValue).toArray(), StanceModel.CLASSES).macroF1();
        held.put(l, f1);
        if (f1 > best + 1e-12) {
          best = f1;
          lambda = l;
        }
      }
    }
    LinearModel lm = fitLinear(raw, y, p.family(), lambda);
    String name = "newsmtsc-stance-" + p.family().name().toLowerCase(java.util.Locale.ROOT);
    return new Result(new StanceModel(name, lm, null), lambda, held);
  }

  static LinearModel fitLinear(List<Map<String, Double>> raw, int[] y, SmileFit.Family family, double lambda) {
    Vectorizer v = Vectorizer.fit(raw, 2, true);
    List<SparseArray> x = new ArrayList<>(raw.size());
    for (Map<String, Double> r : raw) {
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
