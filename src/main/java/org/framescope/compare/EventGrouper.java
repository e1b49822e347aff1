package org.framescope.compare;

import org.framescope.text.Tokenizer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Groups articles that cover the same event when no event is given: TF-IDF cosine similarity of the
 * bodies, blended with the overlap of the actors they mention, with a hard date window, then
 * average-link agglomerative clustering cut at a similarity threshold.
 *
 * <p>In: documents (id, text, optional date, actor names). Out: one cluster index per document, in
 * input order, clusters numbered 0.. by their first member. Deterministic: ties are broken by input
 * order and nothing is random.
 */
public final class EventGrouper {
  /** One document to group. {@code date} may be null; {@code actors} may be empty. */
  public record Doc(String id, String text, LocalDate date, Set<String> actors) {
    public Doc {
      Objects.requireNonNull(id, "id");
      text = text == null ? "" : text;
      actors = Set.copyOf(actors);
    }
  }

  private final double threshold;
  private final int dateWindowDays;
  private final double actorWeight;

  /**
   * @param threshold minimum average-link similarity (0..1) for two clusters to merge
   * @param dateWindowDays two articles whose dates are both known and further apart than this never link
   * @param actorWeight weight of the actor Jaccard overlap in the blended similarity (0..1); used only
   *     when both documents name actors
   */
  public EventGrouper(double threshold, int dateWindowDays, double actorWeight) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0,1], got " + threshold);
    }
    if (dateWindowDays < 0) {
      throw new IllegalArgumentException("dateWindowDays must be >= 0, got " + dateWindowDays);
    }
    if (!(actorWeight >= 0 && actorWeight <= 1)) {
      throw new IllegalArgumentException("actorWeight must be in [0,1], got " + actorWeight);
    }
    this.threshold = threshold;
    this.dateWindowDays = dateWindowDays;
    this.actorWeight = actorWeight;
  }

  /** Cluster labels (0-based, numbered in order of first appearance) for {@code docs}, in input order. */
  public int[] group(List<Doc> docs) {
    int n = docs.size();
    double[][] sim = similarities(docs);
    // average-link agglomeration with Lance-Williams updates
    int[] size = new int[n];
    int[] rep = new int[n];
    boolean[] alive = new boolean[n];
    for (int i = 0; i < n; i++) {
      size[i] = 1;
      rep[i] = i;
      alive[i] = true;
    }
    while (true) {
      int bi = -1;
      int bj = -1;
      double best = threshold;
      for (int i = 0; i < n; i++) {
        if (!alive[i]) {
          continue;
        }
        for (int j = i + 1; j < n; j++) {
          if (alive[j] && sim[i][j] >= best && (bi < 0 || sim[i][j] > best)) {
            best = sim[i][j];
            bi = i;
            bj = j;
          }
        }
      }
      if (bi < 0) {
        break;
      }
      for (int k = 0; k < n; k++) {
        if (alive[k] && k != bi && k != bj) {
          double s = (size[bi] * sim[bi][k] + size[bj] * sim[bj][k]) / (size[bi] + size[bj]);
          sim[bi][k] = s;
          sim[k][bi] = s;
        }
      }
      size[bi] += size[bj];
      alive[bj] = false;
      for (int k = 0; k < n; k++) {
        if (rep[k] == bj) {
          rep[k] = bi;
        }
      }
    }
    int[] labels = new int[n];
    Map<Integer, Integer> number = new HashMap<>();
    for (int k = 0; k < n; k++) {
      labels[k] = number.computeIfAbsent(rep[k], r -> number.size());
    }
    return labels;
  }

  /** Pairwise blended similarity; 0 across the date window. Visible for tests. */
  double[][] similarities(List<Doc> docs) {
    int n = docs.size();
    List<Map<String, Double>> vectors = tfidf(docs);
    double[][] sim = new double[n][n];
    for (int i = 0; i < n; i++) {
      sim[i][i] = 1;
      for (int j = i + 1; j < n; j++) {
        Doc a = docs.get(i);
        Doc b = docs.get(j);
        double s;
        if (a.date() != null && b.date() != null
            && Math.abs(ChronoUnit.DAYS.between(a.date(), b.date())) > dateWindowDays) {
          s = 0;
        } else {
          s = cosine(vectors.get(i), vectors.get(j));
          if (!a.actors().isEmpty() && !b.actors().isEmpty() && actorWeight > 0) {
            s = (1 - actorWeight) * s + actorWeight * jaccard(a.actors(), b.actors());
          }
        }
        sim[i][j] = s;
        sim[j][i] = s;
      }
    }
    return sim;
  }

  private static List<Map<String, Double>> tfidf(List<Doc> docs) {
    List<Map<String, Integer>> counts = new ArrayList<>();
    Map<String, Integer> df = new HashMap<>();
    for (Doc d : docs) {
      Map<String, Integer> c = new TreeMap<>();
      for (String w : Tokenizer.contentWords(d.text())) {
        c.merge(w, 1, Integer::sum);
      }
      counts.add(c);
      for (String w : c.keySet()) {
        df.merge(w, 1, Integer::sum);
      }
    }
    int n = docs.size();
    List<Map<String, Double>> out = new ArrayList<>();
    for (Map<String, Integer> c : counts) {
      Map<String, Double> v = new TreeMap<>();
      double norm = 0;
      for (Map.Entry<String, Integer> e : c.entrySet()) {
        double idf = Math.log((1.0 + n) / (1.0 + df.get(e.getKey()))) + 1.0;
        double w = (1.0 + Math.log(e.getValue())) * idf;
        v.put(e.getKey(), w);
        norm += w * w;
      }
      double len = Math.sqrt(norm);
      if (len > 0) {
        v.replaceAll((k, w) -> w / len);
      }
      out.add(v);
    }
    return out;
  }

  private static double cosine(Map<String, Double> a, Map<String, Double> b) {
    Map<String, Double> small = a.size() <= b.size() ? a : b;
    Map<String, Double> large = small == a ? b : a;
    double dot = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double o = large.get(e.getKey());
      if (o != null) {
        dot += e.getValue() * o;
      }
    }
    return dot;
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    int inter = 0;
    for (String x : a) {
      if (b.contains(x)) {
        inter++;
      }
    }
    int union = a.size() + b.size() - inter;
    return union == 0 ? 0 : (double) inter / union;
  }
}
