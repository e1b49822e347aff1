package org.framescope.classify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Several cue taggers as one: a word's probability is the mean of theirs (rounded to 6 decimals, like each
 * member's), {@code NaN} where any member did not see the word. Members are asked for whole documents
 * ({@link #probabilitiesAll}), so each keeps its own batching. Deterministic and thread-safe when the members are.
 */
public final class MeanCueTagger implements CueTagger {
  private final List<CueTagger> members;
  private final Mix mix;
  private final Map<String, String> provenance;

  /**
   * @param members at least two taggers; their own mixes are ignored
   * @param mix the mix of the mean with the linear model
   */
  public MeanCueTagger(List<? extends CueTagger> members, Mix mix) {
    if (members.size() < 2) {
      throw new IllegalArgumentException("a mean of cue taggers needs at least two, got " + members.size());
    }
    this.members = List.copyOf(members);
    this.mix = mix;
    TreeMap<String, String> p = new TreeMap<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < this.members.size(); i++) {
      Map<String, String> m = this.members.get(i).provenance();
      names.add(m.getOrDefault("name", "tagger " + (i + 1)));
      for (Map.Entry<String, String> e : m.entrySet()) {
        if (!e.getKey().equals("mix")) {
          p.put("member" + (i + 1) + "." + e.getKey(), e.getValue());
        }
      }
    }
    p.put("name", "mean of " + String.join(", ", names));
    p.put("mix", mix.toString());
    this.provenance = Collections.unmodifiableMap(p);
  }

  @Override
  public double[] probabilities(List<String> words) {
    return probabilitiesAll(List.of(words)).get(0);
  }

  @Override
  public List<double[]> probabilitiesAll(List<List<String>> sentences) {
    List<double[]> sum = null;
    for (CueTagger t : members) {
      List<double[]> got = t.probabilitiesAll(sentences);
      if (sum == null) {
        sum = new ArrayList<>();
        for (double[] g : got) {
          sum.add(g.clone());
        }
      } else {
        for (int i = 0; i < got.size(); i++) {
          double[] s = sum.get(i);
          double[] g = got.get(i);
          for (int w = 0; w < s.length; w++) {
            s[w] += g[w]; // NaN stays NaN
          }
        }
      }
    }
    for (double[] s : sum) {
      for (int w = 0; w < s.length; w++) {
        s[w] = CueTagger.rounded(s[w] / members.size());
      }
    }
    return sum;
  }

  @Override
  public Mix mix() {
    return mix;
  }

  @Override
  public Map<String, String> provenance() {
    return provenance;
  }
}
