package org.framescope.gold;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.framescope.stats.AgreementCoefficients;

/**
 * Inter-annotator agreement between gold files, per layer, computed with DKPro Agreement.
 *
 * <p>Input: two or more {@link GoldFile}s (documents matched by id; documents whose {@code textSha256} differs
 * between files are skipped with a note), an optional layer and an optional unit. Output: one
 * {@link LayerAgreement} per layer that any file annotates, sorted by layer key; voice and attribution are
 * followed by a row {@code voice+speaker} / {@code attribution+speaker} whose value is label|speaker name, so
 * that speaker resolution is measured too.
 *
 * <p>Coding items (all units): within a document and layer, each annotator's annotations with equal begin, end
 * (and actor, for stance) are merged, their labels forming a set written {@code a+b}. Segments of different
 * annotators are the same item when their character Jaccard overlap is at least {@link #MATCH_JACCARD} (greedy,
 * in begin/end/annotator order). An annotator who annotated the layer in that document but has no matching
 * segment contributes the value {@value #NONE}; one who did not annotate the layer in that document at all
 * contributes a missing value (the same holds for document items). Cohen's kappa and percent agreement (share of
 * items on which all annotators gave the same value) use the items all annotators coded;
 * Krippendorff's alpha (nominal) uses all items, with missing values.
 *
 * <p>Span unit: alpha_u over one character continuum made of the documents laid end to end (each document's
 * length is the given text length, else the largest annotation end of any annotator in it); each annotator's
 * overlapping spans of the same label are merged first, since alpha_u assumes no overlaps within one annotator
 * and category. F1 between annotators A and B: precision = share of B's spans matched by A, recall = share of
 * A's spans matched by B, averaged over all annotator pairs.
 */
public final class GoldAgreement {
  /** Minimum character Jaccard overlap for two segments to be the same item. */
  public static final double MATCH_JACCARD = 0.8;
  /** The value of an annotator who annotated the layer but not this item. */
  public static final String NONE = "(none)";

  private GoldAgreement() {}

  /** One annotator's merged segment. */
  private record Seg(int annotator, int begin, int end, String key, String value) {}

  /**
   * Computes agreement.
   *
   * @param files two or more gold files
   * @param layer a layer key, or empty for all layers present
   * @param unit a unit, or empty for each layer's {@link AgreementUnit#defaultFor default}
   * @param textLengths document id to text length, used for the alpha_u continuum (may be empty)
   */
  public static List<LayerAgreement> compute(List<GoldFile> files, Optional<String> layer,
                                             Optional<AgreementUnit> unit, Map<String, Integer> textLengths) {
    if (files.size() < 2) {
      throw new IllegalArgumentException("agreement needs at least two gold files, got " + files.size());
    }
    layer.ifPresent(l -> GoldLayer.of(l).orElseThrow(() -> new IllegalArgumentException("unknown layer '" + l
        + "' (known: " + String.join(", ", GoldLayer.keys()) + ")")));
    List<String> docNotes = new ArrayList<>();
    List<String> docIds = commonDocuments(files, docNotes);
    Set<String> layers = new TreeSet<>();
    for (GoldFile f : files) {
      for (GoldDocument d : f.documents()) {
        d.annotations().forEach(a -> layers.add(a.layer()));
      }
    }
    List<LayerAgreement> out = new ArrayList<>();
    for (String l : layers) {
      if (layer.isPresent() && !layer.get().equals(l)) {
        continue;
      }
      GoldLayer gl = GoldLayer.of(l).orElseThrow();
      AgreementUnit u = unit.orElse(AgreementUnit.defaultFor(gl));
      out.add(layerAgreement(files, docIds, gl, u, textLengths, docNotes, false));
      if (gl == GoldLayer.VOICE || gl == GoldLayer.ATTRIBUTION) {
        out.add(layerAgreement(files, docIds, gl, AgreementUnit.SENTENCE, textLengths, docNotes, true));
      }
    }
    return out;
  }

  private static List<String> commonDocuments(List<GoldFile> files, List<String> notes) {
    TreeSet<String> ids = new TreeSet<>();
    files.forEach(f -> f.documents().forEach(d -> ids.add(d.id())));
    List<String> keep = new ArrayList<>();
    for (String id : ids) {
      Set<String> shas = new TreeSet<>();
      int present = 0;
      for (GoldFile f : files) {
        Optional<GoldDocument> d = f.document(id);
        if (d.isPresent()) {
          shas.add(d.get().textBasis() + ":" + d.get().textSha256());
          present++;
        }
      }
      if (shas.size() > 1) {
        notes.add("document '" + id + "' skipped: annotators refer to different texts (" + String.join(", ", shas)
            + ")");
      } else if (present < 2) {
        notes.add("document '" + id + "' skipped: annotated by one file only");
      } else {
        keep.add(id);
      }
    }
    return keep;
  }

  private static LayerAgreement layerAgreement(List<GoldFile> files, List<String> docIds, GoldLayer layer,
                                               AgreementUnit unit, Map<String, Integer> textLengths,
                                               List<String> docNotes, boolean withSpeaker) {
    int n = files.size();
    List<String> notes = new ArrayList<>(docNotes);
    TreeMap<String, Integer> spansPer = new TreeMap<>();
    List<String> names = annotatorNames(files);
    for (int r = 0; r < n; r++) {
      int count = 0;
      for (String id : docIds) {
        count += files.get(r).document(id).map(d -> d.layer(layer.key()).size()).orElse(0);
      }
      spansPer.put(names.get(r), count);
    }
    List<String[]> items = new ArrayList<>();
    int documents = 0;
    for (String id : docIds) {
      List<String[]> docItems = unit == AgreementUnit.DOCUMENT
          ? documentItems(files, id, layer) : segmentItems(files, id, layer, withSpeaker);
      if (!docItems.isEmpty()) {
        documents++;
      }
      items.addAll(docItems);
    }
    int complete = 0;
    for (String[] it : items) {
      complete += AgreementCoefficients.allPresent(it) ? 1 : 0;
    }
    double pa = Double.NaN;
    double kappa = Double.NaN;
    double alpha = Double.NaN;
    if (complete > 0) {
      // computed here rather than with DKPro's PercentageAgreement, which refuses single-category studies
      long same = items.stream().filter(AgreementCoefficients::allPresent)
          .filter(it -> java.util.Arrays.stream(it).distinct().count() == 1).count();
      pa = (double) same / complete;
      if (n == 2) {
        kappa = AgreementCoefficients.cohenKappa(items);
      }
    }
    if (n != 2) {
      notes.add("Cohen's kappa needs exactly two annotators");
    }
    if (!items.isEmpty()) {
      alpha = AgreementCoefficients.krippendorffAlpha(items, n);
    }
    notes.add(unit == AgreementUnit.DOCUMENT
        ? "items: one per document" + (layer == GoldLayer.STANCE ? " and actor" : "") + ", value = set of labels"
            + " (missing when the annotator did not annotate the layer in that document)"
        : "items: segments matched at character Jaccard >= " + MATCH_JACCARD + ", '" + NONE
            + "' = annotated the layer but not this segment");
    double alphaU = Double.NaN;
    double f1e = Double.NaN;
    double f1o = Double.NaN;
    if (withSpeaker) {
      notes.add(layer.key() + "+speaker: value = label|speaker name (voice=author has no speaker)");
    }
    if (unit == AgreementUnit.SPAN) {
      notes.add("span unit: kappa/alpha over matched spans have no true negatives (a span nobody marked is no"
          + " item), so they understate detection agreement; read alpha_u and F1 for spans");
      alphaU = alphaU(files, docIds, layer, textLengths, notes);
      f1e = pairF1(files, docIds, layer, true);
      f1o = pairF1(files, docIds, layer, false);
    }
    return new LayerAgreement(withSpeaker ? layer.key() + "+speaker" : layer.key(), unit.key(), n, documents, items.size(), complete, pa, kappa, alpha,
        alphaU, f1e, f1o, spansPer, notes);
  }

  /** Annotator names, made unique with a #index suffix when two files share one. */
  public static List<String> annotatorNames(List<GoldFile> files) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      String a = files.get(i).annotator();
      long same = files.stream().filter(f -> f.annotator().equals(a)).count();
      names.add(same > 1 ? a + "#" + (i + 1) : a);
    }
    return names;
  }

  private static String key(GoldLayer layer, GoldAnnotation a) {
    return layer == GoldLayer.STANCE ? a.attribute("actor") : "";
  }

  private static List<Seg> merged(List<GoldFile> files, String docId, GoldLayer layer, boolean withSpeaker) {
    List<Seg> segs = new ArrayList<>();
    for (int r = 0; r < files.size(); r++) {
      Map<String, TreeSet<String>> byPos = new TreeMap<>();
      Optional<GoldDocument> d = files.get(r).document(docId);
      if (d.isEmpty()) {
        continue;
      }
      for (GoldAnnotation a : d.get().layer(layer.key())) {
        String pos = String.format("%010d\t%010d\t%s", a.begin(), a.end(), key(layer, a));
        String value = withSpeaker && !a.attribute("speaker").isEmpty()
            ? a.label() + "|" + a.attribute("speaker") : a.label();
        byPos.computeIfAbsent(pos, k -> new TreeSet<>()).add(value);
      }
      for (Map.Entry<String, TreeSet<String>> e : byPos.entrySet()) {
        String[] p = e.getKey().split("\t", -1);
        segs.add(new Seg(r, Integer.parseInt(p[0]), Integer.parseInt(p[1]), p[2], String.join("+", e.getValue())));
      }
    }
    segs.sort(Comparator.comparingInt(Seg::begin).thenComparingInt(Seg::end).thenComparingInt(Seg::annotator));
    return segs;
  }

  private static boolean[] annotatedLayer(List<GoldFile> files, String docId, GoldLayer layer) {
    boolean[] has = new boolean[files.size()];
    for (int r = 0; r < files.size(); r++) {
      has[r] = files.get(r).document(docId).map(d -> !d.layer(layer.key()).isEmpty()).orElse(false);
    }
    return has;
  }

  private static List<String[]> segmentItems(List<GoldFile> files, String docId, GoldLayer layer,
                                             boolean withSpeaker) {
    boolean[] has = annotatedLayer(files, docId, layer);
    List<List<Seg>> clusters = new ArrayList<>();
    for (Seg s : merged(files, docId, layer, withSpeaker)) {
      List<Seg> best = null;
      double bestJ = -1;
      for (List<Seg> c : clusters) {
        Seg rep = c.get(0);
        boolean taken = c.stream().anyMatch(x -> x.annotator() == s.annotator());
        if (taken || !rep.key().equals(s.key())) {
          continue;
        }
        double j = jaccard(rep.begin(), rep.end(), s.begin(), s.end());
        if (j >= MATCH_JACCARD && j > bestJ) {
          best = c;
          bestJ = j;
        }
      }
      if (best == null) {
        best = new ArrayList<>();
        clusters.add(best);
      }
      best.add(s);
    }
    List<String[]> items = new ArrayList<>();
    for (List<Seg> c : clusters) {
      String[] values = new String[files.size()];
      for (int r = 0; r < values.length; r++) {
        values[r] = has[r] ? NONE : null;
      }
      c.forEach(s -> values[s.annotator()] = s.value());
      items.add(values);
    }
    return items;
  }

  private static List<String[]> documentItems(List<GoldFile> files, String docId, GoldLayer layer) {
    boolean[] has = annotatedLayer(files, docId, layer);
    TreeSet<String> keys = new TreeSet<>();
    List<Seg> segs = merged(files, docId, layer, false);
    segs.forEach(s -> keys.add(s.key()));
    List<String[]> items = new ArrayList<>();
    for (String k : keys) {
      String[] values = new String[files.size()];
      for (int r = 0; r < values.length; r++) {
        if (!has[r]) {
          continue;
        }
        TreeSet<String> labels = new TreeSet<>();
        for (Seg s : segs) {
          if (s.annotator() == r && s.key().equals(k)) {
            labels.addAll(List.of(s.value().split("\\+")));
          }
        }
        values[r] = labels.isEmpty() ? NONE : String.join("+", labels);
      }
      items.add(values);
    }
    return items;
  }

  static double jaccard(int b1, int e1, int b2, int e2) {
    int inter = Math.max(0, Math.min(e1, e2) - Math.max(b1, b2));
    int union = Math.max(e1, e2) - Math.min(b1, b2);
    if (union == 0) {
      return b1 == b2 ? 1.0 : 0.0;
    }
    return (double) inter / union;
  }

  private static double alphaU(List<GoldFile> files, List<String> docIds, GoldLayer layer,
                               Map<String, Integer> textLengths, List<String> notes) {
    int n = files.size();
    long offset = 0;
    List<long[]> units = new ArrayList<>();
    List<String> cats = new ArrayList<>();
    boolean estimated = false;
    for (String id : docIds) {
      int len = 0;
      if (textLengths.containsKey(id)) {
        len = textLengths.get(id);
      } else {
        estimated = true;
        for (GoldFile f : files) {
          for (GoldAnnotation a : f.document(id).map(GoldDocument::annotations).orElse(List.of())) {
            len = Math.max(len, a.end());
          }
        }
      }
      for (int r = 0; r < n; r++) {
        Map<String, List<int[]>> byLabel = new TreeMap<>();
        for (GoldAnnotation a : files.get(r).document(id).map(d -> d.layer(layer.key())).orElse(List.of())) {
          if (a.end() > a.begin() && a.end() <= len) {
            byLabel.computeIfAbsent(a.label(), k -> new ArrayList<>()).add(new int[] {a.begin(), a.end()});
          }
        }
        for (Map.Entry<String, List<int[]>> e : byLabel.entrySet()) {
          for (int[] m : union(e.getValue())) {
            units.add(new long[] {offset + m[0], m[1] - m[0], r});
            cats.add(e.getKey());
          }
        }
      }
      offset += len;
    }
    if (estimated) {
      notes.add("alpha_u continuum: document length estimated as the largest annotation end (no texts given)");
    }
    List<AgreementCoefficients.Unit> us = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      long[] u = units.get(i);
      us.add(new AgreementCoefficients.Unit(u[0], u[1], (int) u[2], cats.get(i)));
    }
    return AgreementCoefficients.alphaUnitized(us, n, offset);
  }

  private static List<int[]> union(List<int[]> spans) {
    List<int[]> s = new ArrayList<>(spans);
    s.sort(Comparator.<int[]>comparingInt(a -> a[0]).thenComparingInt(a -> a[1]));
    List<int[]> out = new ArrayList<>();
    for (int[] x : s) {
      if (!out.isEmpty() && x[0] < out.get(out.size() - 1)[1]) {
        int[] last = out.get(out.size() - 1);
        last[1] = Math.max(last[1], x[1]);
      } else {
        out.add(new int[] {x[0], x[1]});
      }
    }
    return out;
  }

  private static double pairF1(List<GoldFile> files, List<String> docIds, GoldLayer layer, boolean exact) {
    double sum = 0;
    int pairs = 0;
    for (int a = 0; a < files.size(); a++) {
      for (int b = a + 1; b < files.size(); b++) {
        int matchedB = 0;
        int totalB = 0;
        int matchedA = 0;
        int totalA = 0;
        for (String id : docIds) {
          List<GoldAnnotation> sa = files.get(a).document(id).map(d -> d.layer(layer.key())).orElse(List.of());
          List<GoldAnnotation> sb = files.get(b).document(id).map(d -> d.layer(layer.key())).orElse(List.of());
          totalA += sa.size();
          totalB += sb.size();
          matchedA += (int) sa.stream().filter(x -> sb.stream().anyMatch(y -> match(x, y, exact))).count();
          matchedB += (int) sb.stream().filter(y -> sa.stream().anyMatch(x -> match(x, y, exact))).count();
        }
        if (totalA == 0 && totalB == 0) {
          continue;
        }
        double p = totalB == 0 ? 0 : (double) matchedB / totalB;
        double r = totalA == 0 ? 0 : (double) matchedA / totalA;
        sum += p + r == 0 ? 0 : 2 * p * r / (p + r);
        pairs++;
      }
    }
    return pairs == 0 ? Double.NaN : sum / pairs;
  }

  private static boolean match(GoldAnnotation x, GoldAnnotation y, boolean exact) {
    if (!x.label().equals(y.label()) || !Objects.equals(x.attribute("actor"), y.attribute("actor"))) {
      return false;
    }
    if (exact) {
      return x.begin() == y.begin() && x.end() == y.end();
    }
    return Math.min(x.end(), y.end()) > Math.max(x.begin(), y.begin());
  }
}
