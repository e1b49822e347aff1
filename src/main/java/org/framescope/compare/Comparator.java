package org.framescope.compare;

import org.framescope.text.Tokenizer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.framescope.compare.ComparisonReport.ArticleRow;
import org.framescope.compare.ComparisonReport.Estimate;
import org.framescope.compare.ComparisonReport.EventGroup;
import org.framescope.compare.ComparisonReport.Finding;
import org.framescope.compare.ComparisonReport.InputRef;
import org.framescope.compare.ComparisonReport.PairValue;
import org.framescope.compare.ComparisonReport.ReportProvenance;
import org.framescope.compare.ComparisonReport.ScopeSummary;
import org.framescope.compare.ComparisonReport.SideSummary;
import org.framescope.compare.ComparisonReport.TestRow;
import org.framescope.compare.ComparisonReport.WordContrast;
import org.framescope.compare.ComparisonReport.WordScore;
import org.framescope.model.ArticleResult;
import org.framescope.model.Attribution;
import org.framescope.stats.Bootstrap;
import org.framescope.stats.BootstrapResult;
import org.framescope.stats.ComparisonSet;
import org.framescope.stats.Comparisons;
import org.framescope.stats.Contingency;
import org.framescope.stats.Divergence;
import org.framescope.stats.FightinWords;
import org.framescope.stats.Interval;
import org.framescope.stats.ProportionDifference;
import org.framescope.stats.Proportions;
import org.framescope.stats.Significance;
import org.framescope.stats.Status;
import org.framescope.stats.TestResult;

/**
 * Compares how outlets (or outlet groups) covered the same events. In: analysed articles and a
 * {@link CompareConfig}. Out: a {@link ComparisonReport} with events (given, or found by
 * {@link EventGrouper}), per-article metrics, per-side summaries per event and pooled, every test with
 * Benjamini-Hochberg q-values across the whole report, and a plain-language summary in which a
 * difference is stated only when its test passes after correction.
 *
 * <p>Contrasts, for every pair of sides present in a scope: loaded language in the author's voice and
 * in quoted voices (per-article rates; Mann-Whitney, bootstrap CI of the difference of means), author
 * stance toward each actor (same), which name of each contested label group was used (Fisher exact or
 * chi-square), whose voices are quoted (chi-square by speaker country and by type), how speakers of each
 * country are introduced (share of distancing, endorsing and emotive reporting verbs; Fisher exact with a
 * Newcombe CI), and frame-cue distributions (chi-square, or a Jensen-Shannon permutation test when expected
 * counts are small). Per-article contrasts are tested inside one event only when both sides have at
 * least {@link CompareConfig#minArticles()} articles there. Deterministic for a given input and seed,
 * whatever the order of the input list.
 */
public final class Comparator {
  /** framescope version written into report provenance. */
  public static final String VERSION = org.framescope.model.Versions.FRAMESCOPE;

  private static final List<String> NON_NEUTRAL = List.of("distancing", "endorsing", "emotive");
  private static final String UNKNOWN = "unknown";

  private final CompareConfig config;
  private final Bootstrap bootstrap;
  private final List<Pending> pending = new ArrayList<>();

  /** A test waiting for its q-value and sentence. */
  private record Pending(String id, String scope, String contrast, String subject, String sideA, String sideB,
                         Significance sig, Integer countA, int nA, Integer countB, int nB,
                         BiFunction<Significance, Double, String> sentence) { }

  private Comparator(CompareConfig config) {
    this.config = config;
    this.bootstrap = new Bootstrap(config.bootstrapResamples(), 0.95, config.seed(), Bootstrap.Method.BCA);
  }

  /**
   * Compares {@code articles} under {@code config}.
   *
   * @throws IllegalArgumentException when two articles share an id or the list is empty
   */
  public static ComparisonReport compare(List<ArticleResult> articles, CompareConfig config) {
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("no articles to compare");
    }
    // Articles without scores (another language) take no part in the contrasts; the report lists them.
    List<ComparisonReport.NotScored> notScored = new ArrayList<>();
    List<ArticleResult> scored = new ArrayList<>();
    for (ArticleResult a : articles) {
      String lang = a.flags().stream().filter(f -> f.startsWith("language:")).findFirst().orElse(null);
      if (lang == null) {
        scored.add(a);
      } else {
        notScored.add(new ComparisonReport.NotScored(a.id(), a.outlet(), lang));
      }
    }
    notScored.sort(java.util.Comparator.comparing(ComparisonReport.NotScored::id));
    if (scored.isEmpty()) {
      throw new IllegalArgumentException("no article could be scored (" + notScored.size()
          + " not in English: " + notScored.get(0).reason() + (notScored.size() > 1 ? ", ..." : "") + ")");
    }
    return compareScored(scored, config).withNotScored(notScored);
  }

  private static ComparisonReport compareScored(List<ArticleResult> articles, CompareConfig config) {
    List<ArticleResult> sorted = new ArrayList<>(articles);
    sorted.sort(java.util.Comparator.comparing(ArticleResult::id));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).id().equals(sorted.get(i - 1).id())) {
        throw new IllegalArgumentException("two articles share the id " + sorted.get(i).id());
      }
    }
    return new Comparator(config).run(sorted);
  }

  /** The side (outlet or outlet group) of an article under {@code groupBy}. */
  public static String sideOf(ArticleResult a, CompareConfig.GroupBy groupBy) {
    String s = groupBy == CompareConfig.GroupBy.GROUP ? a.outletGroup() : a.outlet();
    return s == null || s.isBlank() ? "(unknown " + (groupBy == CompareConfig.GroupBy.GROUP ? "group" : "outlet")
        + ")" : s;
  }

  private ComparisonReport run(List<ArticleResult> articles) {
    Map<String, ArticleFeatures> features = new LinkedHashMap<>();
    Map<String, String> side = new LinkedHashMap<>();
    for (ArticleResult a : articles) {
      features.put(a.id(), new ArticleFeatures(a));
      side.put(a.id(), sideOf(a, config.groupBy()));
    }
    List<EventGroup> events = assignEvents(articles);
    Map<String, String> eventOf = new TreeMap<>();
    for (EventGroup e : events) {
      for (String id : e.articleIds()) {
        eventOf.put(id, e.id());
      }
    }
    SortedSet<String> sides = new TreeSet<>(side.values());

    List<ArticleRow> rows = new ArrayList<>();
    for (ArticleResult a : articles) {
      rows.add(new ArticleRow(a.id(), a.title(), a.outlet(), side.get(a.id()), eventOf.get(a.id()), a.published(),
          round(features.get(a.id()).metrics())));
    }
    rows.sort(java.util.Comparator.comparing(ArticleRow::event).thenComparing(ArticleRow::side)
        .thenComparing(ArticleRow::id));

    List<ScopeSummary> scopes = new ArrayList<>();
    for (EventGroup e : events) {
      scopes.add(scope(e.id(), e.label(), e.articleIds(), features, side, false));
    }
    if (events.size() > 1) {
      scopes.add(scope(ComparisonReport.POOLED, "All events pooled", new ArrayList<>(features.keySet()), features,
          side, true));
    }

    ComparisonSet set = new ComparisonSet();
    for (Pending p : pending) {
      set.add(p.id(), p.sig());
    }
    Map<String, Significance> adjusted = set.adjusted();
    List<TestRow> tests = new ArrayList<>();
    for (Pending p : pending) {
      Significance s = adjusted.get(p.id());
      boolean sig = s.significant(config.alpha());
      String sentence = sentenceCase(p.sentence().apply(s, config.alpha()));
      Interval d = s.difference();
      Double va = s.groupValues().size() == 2 ? num(s.groupValues().get(0)) : null;
      Double vb = s.groupValues().size() == 2 ? num(s.groupValues().get(1)) : null;
      tests.add(new TestRow(p.id(), p.scope(), p.contrast(), p.subject(), p.sideA(), p.sideB(), s.test(),
          s.statisticName(), num(s.statistic()), num(s.p()), num(s.q()), s.effectName(), num(s.effect()),
          num(d.estimate()), num(d.lower()), num(d.upper()), va, vb, p.countA(), p.nA(), p.countB(), p.nB(),
          s.status().name(), s.reason(), sig, sentence));
    }
    List<Finding> summary = summarise(tests, scopes);
    return new ComparisonReport(ComparisonReport.SCHEMA, provenance(articles), config.groupBy().name()
        .toLowerCase(Locale.ROOT), List.copyOf(sides), events, rows, scopes, tests, summary, articles);
  }

  // ---------------------------------------------------------------- events

  private List<EventGroup> assignEvents(List<ArticleResult> articles) {
    SortedMap<String, List<String>> given = new TreeMap<>();
    List<ArticleResult> unassigned = new ArrayList<>();
    for (ArticleResult a : articles) {
      if (a.event() != null && !a.event().isBlank()) {
        given.computeIfAbsent(a.event(), k -> new ArrayList<>()).add(a.id());
      } else {
        unassigned.add(a);
      }
    }
    List<EventGroup> events = new ArrayList<>();
    given.forEach((k, v) -> events.add(new EventGroup(k, k, false, v)));
    if (!unassigned.isEmpty()) {
      EventGrouper grouper = new EventGrouper(config.eventThreshold(), config.dateWindowDays(), config.actorWeight());
      List<EventGrouper.Doc> docs = new ArrayList<>();
      for (ArticleResult a : unassigned) {
        String text = (a.title() == null ? "" : a.title() + "\n") + a.body();
        docs.add(new EventGrouper.Doc(a.id(), text, date(a.published()), a.stance().keySet()));
      }
      int[] labels = grouper.group(docs);
      SortedMap<Integer, List<ArticleResult>> clusters = new TreeMap<>();
      for (int i = 0; i < labels.length; i++) {
        clusters.computeIfAbsent(labels[i], k -> new ArrayList<>()).add(unassigned.get(i));
      }
      for (Map.Entry<Integer, List<ArticleResult>> c : clusters.entrySet()) {
        List<ArticleResult> members = new ArrayList<>(c.getValue());
        members.sort(java.util.Comparator.comparing((ArticleResult a) -> a.published() == null ? "9999"
            : a.published()).thenComparing(ArticleResult::id));
        ArticleResult first = members.get(0);
        String label = first.title() != null && !first.title().isBlank() ? first.title() : first.id();
        String id = String.format(Locale.ROOT, "auto-%03d", c.getKey() + 1);
        events.add(new EventGroup(id, label, true, members.stream().map(ArticleResult::id).sorted().toList()));
      }
    }
    events.sort(java.util.Comparator.comparing(EventGroup::id));
    return events;
  }

  private static LocalDate date(String s) {
    if (s == null || s.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(s.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  // ---------------------------------------------------------------- scopes

  private ScopeSummary scope(String id, String label, List<String> ids, Map<String, ArticleFeatures> features,
                             Map<String, String> side, boolean pooled) {
    SortedMap<String, List<ArticleFeatures>> bySide = new TreeMap<>();
    for (String a : new TreeSet<>(ids)) {
      bySide.computeIfAbsent(side.get(a), k -> new ArrayList<>()).add(features.get(a));
    }
    SortedMap<String, SideSummary> summaries = new TreeMap<>();
    bySide.forEach((s, list) -> summaries.put(s, summarise(list)));
    List<WordContrast> words = new ArrayList<>();
    List<PairValue> jsd = new ArrayList<>();
    List<String> names = new ArrayList<>(bySide.keySet());
    for (int i = 0; i < names.size(); i++) {
      for (int j = i + 1; j < names.size(); j++) {
        String a = names.get(i);
        String b = names.get(j);
        List<ArticleFeatures> fa = bySide.get(a);
        List<ArticleFeatures> fb = bySide.get(b);
        SideSummary sa = summaries.get(a);
        SideSummary sb = summaries.get(b);
        boolean perArticle = pooled || (fa.size() >= config.minArticles() && fb.size() >= config.minArticles());
        if (perArticle) {
          rateTest(id, "loaded-author", "", a, b, values(fa, ArticleFeatures.LOADED_PER100_AUTHOR),
              values(fb, ArticleFeatures.LOADED_PER100_AUTHOR),
              new Significance.Metric("loaded words in their own voice", "used loaded words in its own voice",
                  "more often", "less often", "per 100 words", 2));
          rateTest(id, "loaded-quoted", "", a, b, values(fa, ArticleFeatures.LOADED_PER100_QUOTED),
              values(fb, ArticleFeatures.LOADED_PER100_QUOTED),
              new Significance.Metric("loaded words inside quotes", "quoted or reported loaded words",
                  "more often", "less often", "per 100 quoted words", 2));
          SortedSet<String> actors = new TreeSet<>(sa.stance().keySet());
          actors.addAll(sb.stance().keySet());
          for (String actor : actors) {
            rateTest(id, "stance", actor, a, b, stance(fa, actor), stance(fb, actor),
                new Significance.Metric("stance toward " + actor, "wrote about " + actor,
                    "more favourably", "less favourably", "", 2));
          }
        }
        labelTests(id, a, b, sa, sb);
        sourcingTests(id, a, b, fa, fb);
        frameTest(id, a, b, sa, sb, jsd);
        words.add(distinctiveWords(a, b, fa, fb));
      }
    }
    return new ScopeSummary(id, label, new TreeSet<>(ids).stream().toList(), summaries, words, jsd);
  }

  private SideSummary summarise(List<ArticleFeatures> list) {
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
        String c = country(at);
        countries.merge(c, 1, Integer::sum);
        types.merge(at.speaker().type().json(), 1, Integer::sum);
        verbs.computeIfAbsent(c, x -> new TreeMap<>()).merge(at.verbClass().json(), 1, Integer::sum);
      }
      f.frameCues().forEach((k, v) -> frames.merge(k, v, Integer::sum));
    }
    SortedMap<String, Estimate> st = new TreeMap<>();
    stance.forEach((k, v) -> st.put(k, estimate(v.stream().mapToDouble(Double::doubleValue).toArray())));
    SortedSet<String> frameNames = new TreeSet<>();
    list.forEach(f -> frameNames.addAll(f.article().frames().keySet()));
    SortedMap<String, Double> frameScores = new TreeMap<>();
    for (String name : frameNames) {
      double sum = 0;
      for (ArticleFeatures f : list) {
        Double v = f.article().frames().get(name);
        sum += v == null || !Double.isFinite(v) ? 0 : v;
      }
      frameScores.put(name, round(sum / list.size()));
    }
    return new SideSummary(list.size(), estimate(values(list, ArticleFeatures.LOADED_PER100_AUTHOR)),
        estimate(values(list, ArticleFeatures.LOADED_PER100_QUOTED)), st, labels, countries, types, verbs, frames,
        frameScores);
  }

  private static String country(Attribution at) {
    String c = at.speaker().country();
    return c == null || c.isBlank() ? UNKNOWN : c;
  }

  private Estimate estimate(double[] x) {
    if (x.length == 0) {
      return new Estimate(null, null, null, 0);
    }
    BootstrapResult r = bootstrap.mean(x);
    Interval i = r.interval();
    return new Estimate(num(mean(x)), num(i.lower()), num(i.upper()), x.length);
  }

  private static double[] values(List<ArticleFeatures> list, String metric) {
    return list.stream().mapToDouble(f -> f.metric(metric)).filter(Double::isFinite).toArray();
  }

  private static double[] stance(List<ArticleFeatures> list, String actor) {
    return list.stream().map(f -> f.stance().get(actor)).filter(v -> v != null).mapToDouble(Double::doubleValue)
        .toArray();
  }

  // ---------------------------------------------------------------- tests

  private static String testId(String scope, String contrast, String subject, String a, String b) {
    return scope + "/" + contrast + (subject.isEmpty() ? "" : "/" + subject) + "/" + a + "~" + b;
  }

  private void add(String scope, String contrast, String subject, String a, String b, Significance sig,
                   Integer ka, int na, Integer kb, int nb, BiFunction<Significance, Double, String> sentence) {
    pending.add(new Pending(testId(scope, contrast, subject, a, b), scope, contrast, subject, a, b, sig, ka, na, kb,
        nb, sentence));
  }

  private void rateTest(String scope, String contrast, String subject, String a, String b, double[] xa,
                        double[] xb, Significance.Metric metric) {
    if (xa.length == 0 && xb.length == 0) {
      return;
    }
    Significance sig;
    if (xa.length < config.minArticles() || xb.length < config.minArticles()) {
      sig = Significance.of(TestResult.tooLittleData("Mann-Whitney", "only " + xa.length + " and " + xb.length
          + " articles (at least " + config.minArticles() + " each are needed)", List.of(xa.length, xb.length)));
      if (xa.length > 0 && xb.length > 0) {
        sig = sig.withGroupValues(mean(xa), mean(xb));
      }
    } else {
      sig = Comparisons.means(xa, xb, bootstrap);
    }
    add(scope, contrast, subject, a, b, sig, null, xa.length, null, xb.length,
        (s, alpha) -> s.plainLanguage(a, b, metric, alpha));
  }

  private void labelTests(String scope, String a, String b, SideSummary sa, SideSummary sb) {
    SortedSet<String> groups = new TreeSet<>(sa.labels().keySet());
    groups.addAll(sb.labels().keySet());
    for (String g : groups) {
      SortedMap<String, Integer> ca = sa.labels().getOrDefault(g, new TreeMap<>());
      SortedMap<String, Integer> cb = sb.labels().getOrDefault(g, new TreeMap<>());
      SortedSet<String> names = new TreeSet<>(ca.keySet());
      names.addAll(cb.keySet());
      if (names.size() < 2) {
        continue;
      }
      int na = ca.values().stream().mapToInt(Integer::intValue).sum();
      int nb = cb.values().stream().mapToInt(Integer::intValue).sum();
      List<String> cols = new ArrayList<>(names);
      String first = cols.get(0);
      int ka = ca.getOrDefault(first, 0);
      int kb = cb.getOrDefault(first, 0);
      Significance sig;
      if (na < config.minCount() || nb < config.minCount()) {
        sig = Significance.of(TestResult.tooLittleData("Fisher's exact test", "only " + na + " and " + nb
            + " labels (at least " + config.minCount() + " each are needed)", List.of(na, nb)));
      } else if (cols.size() == 2) {
        sig = Significance.of(Proportions.fisherExact(ka, na - ka, kb, nb - kb));
      } else {
        long[][] t = new long[2][cols.size()];
        for (int c = 0; c < cols.size(); c++) {
          t[0][c] = ca.getOrDefault(cols.get(c), 0);
          t[1][c] = cb.getOrDefault(cols.get(c), 0);
        }
        sig = Significance.of(Contingency.chiSquare(t));
      }
      if (na > 0 && nb > 0) {
        sig = sig.withGroupValues((double) ka / na, (double) kb / nb);
        ProportionDifference pd = Proportions.newcombe(ka, na, kb, nb);
        if (pd.status() == Status.OK && sig.status() == Status.OK) {
          sig = sig.withDifference(pd.interval());
        }
      }
      String what = "the \u201c" + first + "\u201d name for " + g;
      add(scope, "labels", g, a, b, sig, ka, na, kb, nb, (s, alpha) -> countSentence(s, alpha, a, b,
          "used " + what, ka, na, kb, nb, "labels"));
    }
  }

  private void sourcingTests(String scope, String a, String b, List<ArticleFeatures> fa, List<ArticleFeatures> fb) {
    List<Attribution> aa = attributions(fa);
    List<Attribution> ab = attributions(fb);
    if (aa.isEmpty() && ab.isEmpty()) {
      return;
    }
    SortedSet<String> countries = new TreeSet<>();
    SortedSet<String> types = new TreeSet<>();
    for (Attribution at : aa) {
      countries.add(country(at));
      types.add(at.speaker().type().json());
    }
    for (Attribution at : ab) {
      countries.add(country(at));
      types.add(at.speaker().type().json());
    }
    distributionTest(scope, "sources-country", a, b, aa, ab, new ArrayList<>(countries), Comparator::country,
        "whose countries' voices they quote");
    distributionTest(scope, "sources-type", a, b, aa, ab, new ArrayList<>(types), at -> at.speaker().type().json(),
        "which kinds of speakers (government, expert, ...) they quote");
    for (String c : countries) {
      List<Attribution> ca = aa.stream().filter(x -> country(x).equals(c)).toList();
      List<Attribution> cb = ab.stream().filter(x -> country(x).equals(c)).toList();
      for (String v : NON_NEUTRAL) {
        int ka = (int) ca.stream().filter(x -> x.verbClass().json().equals(v)).count();
        int kb = (int) cb.stream().filter(x -> x.verbClass().json().equals(v)).count();
        if (ka + kb == 0) {
          continue;
        }
        int na = ca.size();
        int nb = cb.size();
        Significance sig;
        if (na < config.minCount() || nb < config.minCount()) {
          sig = Significance.of(TestResult.tooLittleData("Fisher's exact test", "only " + na + " and " + nb
              + " attributions (at least " + config.minCount() + " each are needed)", List.of(na, nb)));
          if (na > 0 && nb > 0) {
            sig = sig.withGroupValues((double) ka / na, (double) kb / nb);
          }
        } else {
          sig = Comparisons.proportions(ka, na, kb, nb, 0.95);
        }
        String who = UNKNOWN.equals(c) ? "speakers of unknown country" : c + " speakers";
        add(scope, "sourcing", c + "|" + v, a, b, sig, ka, na, kb, nb, (s, alpha) -> countSentence(s, alpha, a, b,
            "introduces " + who + " with " + v + " verbs", ka, na, kb, nb, "attributions"));
      }
    }
  }

  private void distributionTest(String scope, String contrast, String a, String b, List<Attribution> aa,
                                List<Attribution> ab, List<String> cats,
                                java.util.function.Function<Attribution, String> key, String what) {
    if (cats.size() < 2) {
      return;
    }
    long[][] t = new long[2][cats.size()];
    for (Attribution x : aa) {
      t[0][cats.indexOf(key.apply(x))]++;
    }
    for (Attribution x : ab) {
      t[1][cats.indexOf(key.apply(x))]++;
    }
    Significance sig = contingency(t, aa.size(), ab.size(), "attributions");
    add(scope, contrast, "", a, b, sig, null, aa.size(), null, ab.size(), (s, alpha) ->
        tableSentence(s, alpha, a, b, what));
  }

  private Significance contingency(long[][] t, int na, int nb, String unit) {
    if (na < config.minCount() || nb < config.minCount()) {
      return Significance.of(TestResult.tooLittleData("chi-square test", "only " + na + " and " + nb + " "
          + unit + " (at least " + config.minCount() + " each are needed)", List.of(na, nb)));
    }
    TestResult r = Contingency.chiSquare(t);
    if (!r.ok()) {
      // expected counts too small for chi-square: a permutation test of the Jensen-Shannon divergence is valid
      r = Divergence.jensenShannonTest(t[0], t[1], config.bootstrapResamples(), config.seed());
    }
    return Significance.of(r);
  }

  private void frameTest(String scope, String a, String b, SideSummary sa, SideSummary sb, List<PairValue> jsd) {
    SortedSet<String> frames = new TreeSet<>(sa.frameCues().keySet());
    frames.addAll(sb.frameCues().keySet());
    if (frames.isEmpty()) {
      // no frame cue spans: describe the articles' frame scores instead (scores are not counts: no test)
      SortedSet<String> scored = new TreeSet<>(sa.frameScores().keySet());
      scored.addAll(sb.frameScores().keySet());
      double[] pa = scored.stream().mapToDouble(f -> sa.frameScores().getOrDefault(f, 0.0)).toArray();
      double[] pb = scored.stream().mapToDouble(f -> sb.frameScores().getOrDefault(f, 0.0)).toArray();
      if (java.util.Arrays.stream(pa).sum() > 0 && java.util.Arrays.stream(pb).sum() > 0) {
        jsd.add(new PairValue(a, b, num(Divergence.jensenShannon(pa, pb))));
      }
      return;
    }
    List<String> cols = new ArrayList<>(frames);
    long[][] t = new long[2][cols.size()];
    for (int c = 0; c < cols.size(); c++) {
      t[0][c] = sa.frameCues().getOrDefault(cols.get(c), 0);
      t[1][c] = sb.frameCues().getOrDefault(cols.get(c), 0);
    }
    int na = (int) java.util.Arrays.stream(t[0]).sum();
    int nb = (int) java.util.Arrays.stream(t[1]).sum();
    Double d = null;
    if (na > 0 && nb > 0) {
      d = num(Divergence.jensenShannon(toDouble(t[0]), toDouble(t[1])));
    }
    jsd.add(new PairValue(a, b, d));
    if (cols.size() < 2) {
      return;
    }
    Significance sig = contingency(t, na, nb, "frame cues");
    add(scope, "frames", "", a, b, sig, null, na, null, nb, (s, alpha) -> tableSentence(s, alpha, a, b,
        "how their frame cues are spread over frames"));
  }

  private WordContrast distinctiveWords(String a, String b, List<ArticleFeatures> fa, List<ArticleFeatures> fb) {
    Map<String, Integer> ca = wordCounts(fa);
    Map<String, Integer> cb = wordCounts(fb);
    List<WordScore> favourA = new ArrayList<>();
    List<WordScore> favourB = new ArrayList<>();
    if (!ca.isEmpty() && !cb.isEmpty() && config.distinctiveWords() > 0) {
      List<FightinWords.WordScore> scores = FightinWords.score(ca, cb);
      for (FightinWords.WordScore w : scores) {
        if (w.z() >= 1.96 && favourA.size() < config.distinctiveWords()) {
          favourA.add(new WordScore(w.word(), round(w.z()), (long) w.countI(), (long) w.countJ()));
        }
      }
      for (int i = scores.size() - 1; i >= 0; i--) {
        FightinWords.WordScore w = scores.get(i);
        if (w.z() <= -1.96 && favourB.size() < config.distinctiveWords()) {
          favourB.add(new WordScore(w.word(), round(w.z()), (long) w.countI(), (long) w.countJ()));
        }
      }
    }
    return new WordContrast(a, b, favourA, favourB);
  }

  private static Map<String, Integer> wordCounts(List<ArticleFeatures> list) {
    Map<String, Integer> m = new TreeMap<>();
    for (ArticleFeatures f : list) {
      for (String w : Tokenizer.contentWords(f.article().body())) {
        m.merge(w, 1, Integer::sum);
      }
    }
    return m;
  }

  private static List<Attribution> attributions(List<ArticleFeatures> list) {
    List<Attribution> out = new ArrayList<>();
    for (ArticleFeatures f : list) {
      out.addAll(f.article().attributions());
    }
    return out;
  }

  // ---------------------------------------------------------------- sentences

  /** "A introduces X speakers with distancing verbs in 5 of 7 attributions; B in 0 of 9 (...)". */
  static String countSentence(Significance s, double alpha, String a, String b, String what, int ka, int na,
                              int kb, int nb, String unit) {
    String counts = ka + " of " + na + " " + unit + "; " + b + " in " + kb + " of " + nb;
    if (s.status() == Status.TOO_LITTLE_DATA) {
      return "Too little data to tell whether " + a + " and " + b + " differ in how often each " + what + " ("
          + a + ": " + ka + " of " + na + "; " + b + ": " + kb + " of " + nb + "): " + s.reason() + ".";
    }
    if (s.significant(alpha)) {
      // name the side with the higher share first, so the sentence reads "A does X in 5 of 7; B in 0 of 9"
      boolean flip = (double) ka * nb < (double) kb * na;
      String first = flip ? b : a;
      String second = flip ? a : b;
      String c = (flip ? kb : ka) + " of " + (flip ? nb : na) + " " + unit + "; " + second + " in "
          + (flip ? ka : kb) + " of " + (flip ? na : nb);
      return first + " " + what + " in " + c + " (" + stats(s, true, flip) + ").";
    }
    String detail = stats(s, true, false);
    return "No clear difference: " + a + " " + what + " in " + counts + " (" + detail + ").";
  }

  private static String tableSentence(Significance s, double alpha, String a, String b, String what) {
    if (s.status() == Status.TOO_LITTLE_DATA) {
      return "Too little data to tell whether " + a + " and " + b + " differ in " + what + ": " + s.reason() + ".";
    }
    String detail = stats(s, false, false);
    if (s.significant(alpha)) {
      return a + " and " + b + " differ in " + what + " (" + detail + ").";
    }
    return "No clear difference between " + a + " and " + b + " in " + what + " (" + detail + ").";
  }

  private static String stats(Significance s, boolean percentagePoints, boolean flip) {
    List<String> parts = new ArrayList<>();
    Interval d = s.difference();
    if (percentagePoints && d.isDefined()) {
      double sign = flip ? -1 : 1;
      double lo = flip ? -d.upper() : d.lower();
      double hi = flip ? -d.lower() : d.upper();
      parts.add(String.format(Locale.ROOT, "difference %.0f percentage points, 95%% CI %.0f to %.0f",
          100 * sign * d.estimate(), 100 * lo, 100 * hi).replace("-0 ", "0 "));
    }
    if (!percentagePoints && Double.isFinite(s.effect()) && !s.effectName().isEmpty()) {
      parts.add(s.effectName() + " " + String.format(Locale.ROOT, "%.2f", s.effect()));
    }
    parts.add(s.test() + " p " + pValue(s.p()) + (Double.isNaN(s.q()) ? "" : ", BH q " + pValue(s.q())));
    return String.join("; ", parts);
  }

  /** "= 0.004", "&lt; 0.001", "= n/a". */
  static String pValue(double v) {
    if (Double.isNaN(v)) {
      return "= n/a";
    }
    if (v < 0.001) {
      return "< 0.001";
    }
    return "= " + new BigDecimal(v).round(new MathContext(2)).stripTrailingZeros().toPlainString();
  }

  private static String sentenceCase(String s) {
    String t = s.strip();
    if (t.isEmpty()) {
      return t;
    }
    if (!t.endsWith(".")) {
      t = t + ".";
    }
    return Character.toUpperCase(t.charAt(0)) + t.substring(1);
  }

  private List<Finding> summarise(List<TestRow> tests, List<ScopeSummary> scopes) {
    List<Finding> out = new ArrayList<>();
    List<String> order = new ArrayList<>();
    if (scopes.size() > 1) {
      order.add(ComparisonReport.POOLED);
    }
    for (ScopeSummary s : scopes) {
      if (!s.id().equals(ComparisonReport.POOLED)) {
        order.add(s.id());
      }
    }
    for (String scope : order) {
      List<TestRow> in = tests.stream().filter(t -> t.scope().equals(scope)).toList();
      List<TestRow> sig = new ArrayList<>(in.stream().filter(TestRow::significant).toList());
      sig.sort(java.util.Comparator.comparing((TestRow t) -> t.q() == null ? 1.0 : t.q()).thenComparing(TestRow::id));
      for (TestRow t : sig) {
        out.add(new Finding(scope, "difference", t.id(), t.sentence()));
      }
      long none = in.stream().filter(t -> !t.significant() && "OK".equals(t.status())).count();
      long little = in.stream().filter(t -> "TOO_LITTLE_DATA".equals(t.status())).count();
      if (in.isEmpty()) {
        out.add(new Finding(scope, "note", "", "Nothing could be compared here: only one side covered it, or"
            + " there were no labels, quotes or frame cues to count."));
        continue;
      }
      if (sig.isEmpty()) {
        out.add(new Finding(scope, "note", "", "No comparison shows a clear difference here after correcting for"
            + " the " + tests.stream().filter(t -> t.q() != null).count() + " tests in this report."));
      }
      if (none > 0) {
        out.add(new Finding(scope, "no-clear-difference", "", "For " + none + (none == 1 ? " other comparison"
            : " other comparisons") + " there is no clear difference (see the tests table)."));
      }
      if (little > 0) {
        out.add(new Finding(scope, "too-little-data", "", "For " + little + (little == 1 ? " comparison" :
            " comparisons") + " there is too little data to tell."));
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- provenance and numbers

  private ReportProvenance provenance(List<ArticleResult> articles) {
    List<InputRef> inputs = new ArrayList<>();
    SortedMap<String, SortedSet<String>> lex = new TreeMap<>();
    SortedMap<String, SortedSet<String>> models = new TreeMap<>();
    for (ArticleResult a : articles) {
      inputs.add(new InputRef(a.id(), a.outlet(), a.provenance().inputSha256()));
      a.provenance().lexicons().forEach((k, v) -> lex.computeIfAbsent(k, x -> new TreeSet<>()).add(v));
      a.provenance().models().forEach((k, v) -> models.computeIfAbsent(k, x -> new TreeSet<>()).add(v));
    }
    SortedMap<String, String> l = new TreeMap<>();
    lex.forEach((k, v) -> l.put(k, String.join(",", v)));
    SortedMap<String, String> m = new TreeMap<>();
    models.forEach((k, v) -> m.put(k, String.join(",", v)));
    return new ReportProvenance(VERSION, config.seed(), config.toMap(), inputs, l, m);
  }

  private static double mean(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v;
    }
    return x.length == 0 ? Double.NaN : s / x.length;
  }

  private static double[] toDouble(long[] x) {
    double[] d = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      d[i] = x[i];
    }
    return d;
  }

  /** Rounds to 6 decimals so report.json does not depend on the last bits of floating point. */
  static double round(double v) {
    if (!Double.isFinite(v)) {
      return v;
    }
    double r = Math.round(v * 1e6) / 1e6;
    return r == 0 ? 0.0 : r;
  }

  /** Rounded value, or null when not finite. */
  static Double num(double v) {
    return Double.isFinite(v) ? round(v) : null;
  }

  private static SortedMap<String, Double> round(SortedMap<String, Double> m) {
    SortedMap<String, Double> out = new TreeMap<>();
    m.forEach((k, v) -> out.put(k, round(v)));
    return out;
  }
}
