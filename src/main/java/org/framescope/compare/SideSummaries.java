package org.framescope.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.framescope.compare.ComparisonReport.Estimate;
import org.framescope.compare.ComparisonReport.SideSummary;
import org.framescope.model.Attribution;
import org.framescope.stats.Bootstrap;
import org.framescope.stats.BootstrapResult;
import org.framescope.stats.Interval;

/**
 * The summary of one side's articles within a scope. In: the articles' features and the seeded bootstrap.
 * Out: a {@link SideSummary}: mean loaded rates and author stance with bootstrap intervals, label, speaker,
 * verb-class and frame-cue counts, mean frame scores.
 */
final class SideSummaries {
  private SideSummaries() { }

  static SideSummary of(List<ArticleFeatures> list, Bootstrap bootstrap) {
    SortedMap<String, List<Double>> stance = new TreeMap<>();
    SortedMap<String, SortedMap<String, Integer>> labels = new TreeMap<>();
    SortedMap<String, Integer> countries = new TreeMap<>();
    SortedMap<String, Integer> types = new TreeMap<>();
    SortedMap<String, SortedMap<String, Integer>> verbs = new TreeMap<>();
    SortedMap<String, Integer> frames = new TreeMap<>();
    for (ArticleFeatures f : list) {
      f.stance().forEach((k, v) -> stance.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
      f.labels().forEach((g, m) -> m.forEach((s, c) ->
          labels.computeIfAbsent(g, x -> new TreeMap<>()).merge(s, c, Integer::sum)));
      for (Attribution at : f.article().attributions()) {
        String c = Attributions.country(at);
        countries.merge(c, 1, Integer::sum);
        types.merge(at.speaker().type().json(), 1, Integer::sum);
        verbs.computeIfAbsent(c, x -> new TreeMap<>()).merge(at.verbClass().json(), 1, Integer::sum);
      }
      f.frameCues().forEach((k, v) -> frames.merge(k, v, Integer::sum));
    }
    SortedMap<String, Estimate> st = new TreeMap<>();
    stance.forEach((k, v) -> st.put(k, estimate(v.stream().mapToDouble(Double::doubleValue).toArray(), bootstrap)));
    SortedSet<String> frameNames = new TreeSet<>();
    list.forEach(f -> frameNames.addAll(f.article().frames().keySet()));
    SortedMap<String, Double> frameScores = new TreeMap<>();
    for (String name : frameNames) {
      double sum = 0;
      for (ArticleFeatures f : list) {
        Double v = f.article().frames().get(name);
        sum += v == null || !Double.isFinite(v) ? 0 : v;
      }
      frameScores.put(name, Numbers.round(sum / list.size()));
    }
    return new SideSummary(list.size(),
        estimate(PerArticle.values(list, ArticleFeatures.LOADED_PER100_AUTHOR), bootstrap),
        estimate(PerArticle.values(list, ArticleFeatures.LOADED_PER100_QUOTED), bootstrap), st, labels, countries,
        types, verbs, frames, frameScores);
  }

  private static Estimate estimate(double[] x, Bootstrap bootstrap) {
    if (x.length == 0) {
      return new Estimate(null, null, null, 0);
    }
    BootstrapResult r = bootstrap.mean(x);
    Interval i = r.interval();
    return new Estimate(Numbers.num(Numbers.mean(x)), Numbers.num(i.lower()), Numbers.num(i.upper()), x.length);
  }
}
