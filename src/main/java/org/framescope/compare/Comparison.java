package org.framescope.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.framescope.compare.ComparisonReport.ArticleRow;
import org.framescope.compare.ComparisonReport.EventGroup;
import org.framescope.compare.ComparisonReport.InputRef;
import org.framescope.compare.ComparisonReport.PairScope;
import org.framescope.compare.ComparisonReport.ReportProvenance;
import org.framescope.compare.ComparisonReport.ScopeSummary;
import org.framescope.compare.ComparisonReport.SideSummary;
import org.framescope.compare.ComparisonReport.TestRow;
import org.framescope.model.ArticleResult;
import org.framescope.stats.Bootstrap;
import org.framescope.stats.ComparisonSet;
import org.framescope.stats.Interval;
import org.framescope.stats.Significance;

/**
 * Compares how outlets (or outlet groups) covered the same events. In: analysed articles and a
 * {@link CompareConfig}. Out: a {@link ComparisonReport} with events (given, or found by {@link EventGrouper}),
 * per-article metrics, per-side summaries and {@link Description descriptions} per event, and every test of the
 * {@link #CONTRASTS} per event and pooled, with Benjamini-Hochberg q-values across the whole report. The report
 * writes the sentences ({@code report.Narrative}); nothing here is prose.
 *
 * <p>Per-article contrasts are tested inside one event only when both sides have at least
 * {@link CompareConfig#minArticles()} articles there. The pooled scope compares a pair of sides only on the events
 * both covered, and only when they share at least two (one shared event is that event's own scope).
 * Deterministic for a given input and seed, whatever the order of the input list.
 */
public final class Comparison {
  /** framescope version written into report provenance. */
  public static final String VERSION = org.framescope.model.Versions.FRAMESCOPE;

  /** The contrasts run for every pair of sides in every scope, in this order. */
  public static final List<Contrast> CONTRASTS = List.of(new LoadedLanguageContrast(), new StanceContrast(),
      new LabelContrast(), new SourcingContrast(), new VerbClassContrast(), new FrameContrast());

  /** The side of articles without an outlet, by outlet. */
  public static final String UNKNOWN_OUTLET = "(unknown outlet)";
  /** The side of articles without an outlet group, by group. */
  public static final String UNKNOWN_GROUP = "(unknown group)";

  private final CompareConfig config;
  private final Bootstrap bootstrap;
  private final List<Contrast.Pending> pending = new ArrayList<>();

  private Comparison(CompareConfig config) {
    this.config = config;
    this.bootstrap = new Bootstrap(config.bootstrapResamples(), 0.95, config.seed(), Bootstrap.Method.BCA);
  }

  /**
   * Compares {@code articles} under {@code config}. Articles without scores (another language, flagged
   * {@code language:xx}) take no part and are listed in the report's {@code notScored}.
   *
   * @throws IllegalArgumentException when two articles share an id, the list is empty or no article is scored
   */
  public static ComparisonReport compare(List<ArticleResult> articles, CompareConfig config) {
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("no articles to compare");
    }
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
    List<ArticleResult> sorted = new ArrayList<>(scored);
    sorted.sort(java.util.Comparator.comparing(ArticleResult::id));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).id().equals(sorted.get(i - 1).id())) {
        throw new IllegalArgumentException("two articles share the id " + sorted.get(i).id());
      }
    }
    return new Comparison(config).run(sorted).withNotScored(notScored);
  }

  /**
   * The side of every article under {@code groupBy}, by id: its outlet or outlet group ("(unknown outlet)",
   * "(unknown group)" when it has none), or for {@link CompareConfig.GroupBy#ARTICLE} the article itself: its
   * outlet when no other article here has that outlet, else "outlet (id)", or its id when it has no outlet (a
   * name two articles would share becomes "name (id)" for both).
   */
  public static Map<String, String> sides(List<ArticleResult> articles, CompareConfig.GroupBy groupBy) {
    Map<String, Integer> perOutlet = new TreeMap<>();
    for (ArticleResult a : articles) {
      if (blankToNull(a.outlet()) != null) {
        perOutlet.merge(a.outlet(), 1, Integer::sum);
      }
    }
    Map<String, String> side = new LinkedHashMap<>();
    for (ArticleResult a : articles) {
      String outlet = blankToNull(a.outlet());
      String s = switch (groupBy) {
        case OUTLET -> outlet == null ? UNKNOWN_OUTLET : outlet;
        case GROUP -> blankToNull(a.outletGroup()) == null ? UNKNOWN_GROUP : a.outletGroup();
        case ARTICLE -> outlet == null ? a.id() : perOutlet.get(outlet) == 1 ? outlet : outlet + " (" + a.id() + ")";
      };
      side.put(a.id(), s);
    }
    if (groupBy == CompareConfig.GroupBy.ARTICLE) {
      Map<String, Integer> uses = new TreeMap<>();
      side.values().forEach(s -> uses.merge(s, 1, Integer::sum));
      side.replaceAll((id, s) -> uses.get(s) > 1 ? s + " (" + id + ")" : s);
    }
    return side;
  }

  /** Whether a side is the one of the articles without an outlet (or outlet group). */
  public static boolean unknownSide(String side) {
    return side.equals(UNKNOWN_OUTLET) || side.equals(UNKNOWN_GROUP);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private ComparisonReport run(List<ArticleResult> articles) {
    Map<String, ArticleFeatures> features = new LinkedHashMap<>();
    Map<String, String> side = sides(articles, config.groupBy());
    for (ArticleResult a : articles) {
      features.put(a.id(), new ArticleFeatures(a));
    }
    List<EventGroup> events = Events.assign(articles, config);
    Map<String, String> eventOf = new TreeMap<>();
    for (EventGroup e : events) {
      for (String id : e.articleIds()) {
        eventOf.put(id, e.id());
      }
    }
    List<ArticleRow> rows = new ArrayList<>();
    for (ArticleResult a : articles) {
      rows.add(new ArticleRow(a.id(), a.title(), a.outlet(), side.get(a.id()), eventOf.get(a.id()), a.published(),
          round(features.get(a.id()).metrics())));
    }
    rows.sort(java.util.Comparator.comparing(ArticleRow::event).thenComparing(ArticleRow::side)
        .thenComparing(ArticleRow::id));

    List<ScopeSummary> scopes = new ArrayList<>();
    for (EventGroup e : events) {
      scopes.add(eventScope(e, features, side));
    }
    if (events.size() > 1) {
      scopes.add(pooledScope(features, side, eventOf));
    }
    return new ComparisonReport(ComparisonReport.SCHEMA, provenance(articles),
        config.groupBy().name().toLowerCase(Locale.ROOT), List.copyOf(new TreeSet<>(side.values())), events, rows,
        scopes, tests(), List.of(), articles);
  }

  private SortedMap<String, List<ArticleFeatures>> bySide(List<String> ids, Map<String, ArticleFeatures> features,
                                                          Map<String, String> side) {
    SortedMap<String, List<ArticleFeatures>> out = new TreeMap<>();
    for (String a : new TreeSet<>(ids)) {
      out.computeIfAbsent(side.get(a), k -> new ArrayList<>()).add(features.get(a));
    }
    return out;
  }

  private ScopeSummary eventScope(EventGroup e, Map<String, ArticleFeatures> features, Map<String, String> side) {
    SortedMap<String, List<ArticleFeatures>> bySide = bySide(e.articleIds(), features, side);
    SortedMap<String, SideSummary> summaries = new TreeMap<>();
    SortedMap<String, Description.SideDescription> descriptions = new TreeMap<>();
    bySide.forEach((s, list) -> {
      summaries.put(s, SideSummaries.of(list, bootstrap));
      descriptions.put(s, Description.of(list));
    });
    Contrast.Results results = new Contrast.Results();
    List<PairScope> pairs = new ArrayList<>();
    forEachPair(bySide.keySet(), (a, b) -> {
      pairs.add(new PairScope(a, b, List.of(e.id()), true));
      contrasts(new Contrast.Pair(e.id(), false, a, b, bySide.get(a), bySide.get(b), summaries.get(a),
          summaries.get(b), config, bootstrap), results);
    });
    return new ScopeSummary(e.id(), e.label(), new TreeSet<>(e.articleIds()).stream().toList(), summaries,
        descriptions, pairs, results.words(), results.divergences());
  }

  /**
   * All events pooled: each pair of sides on the events both covered (at least two), so that an outlet is never
   * compared with another on stories the other did not cover.
   */
  private ScopeSummary pooledScope(Map<String, ArticleFeatures> features, Map<String, String> side,
                                   Map<String, String> eventOf) {
    List<String> ids = new ArrayList<>(features.keySet());
    SortedMap<String, List<ArticleFeatures>> bySide = bySide(ids, features, side);
    SortedMap<String, SideSummary> summaries = new TreeMap<>();
    bySide.forEach((s, list) -> summaries.put(s, SideSummaries.of(list, bootstrap)));
    Contrast.Results results = new Contrast.Results();
    List<PairScope> pairs = new ArrayList<>();
    forEachPair(bySide.keySet(), (a, b) -> {
      SortedSet<String> shared = events(bySide.get(a), eventOf);
      shared.retainAll(events(bySide.get(b), eventOf));
      boolean compared = shared.size() >= 2;
      pairs.add(new PairScope(a, b, List.copyOf(shared), compared));
      if (!compared) {
        return;
      }
      List<ArticleFeatures> fa = bySide.get(a).stream()
          .filter(f -> shared.contains(eventOf.get(f.article().id()))).toList();
      List<ArticleFeatures> fb = bySide.get(b).stream()
          .filter(f -> shared.contains(eventOf.get(f.article().id()))).toList();
      contrasts(new Contrast.Pair(ComparisonReport.POOLED, true, a, b, fa, fb, SideSummaries.of(fa, bootstrap),
          SideSummaries.of(fb, bootstrap), config, bootstrap), results);
    });
    return new ScopeSummary(ComparisonReport.POOLED, "All events pooled", new TreeSet<>(ids).stream().toList(),
        summaries, new TreeMap<>(), pairs, results.words(), results.divergences());
  }

  /** Each unordered pair of sides, in their sorted order (a before b), as both scopes compare them. */
  private static void forEachPair(java.util.Collection<String> sides,
                                  java.util.function.BiConsumer<String, String> action) {
    List<String> names = new ArrayList<>(sides);
    for (int i = 0; i < names.size(); i++) {
      for (int j = i + 1; j < names.size(); j++) {
        action.accept(names.get(i), names.get(j));
      }
    }
  }

  private static SortedSet<String> events(List<ArticleFeatures> list, Map<String, String> eventOf) {
    SortedSet<String> out = new TreeSet<>();
    list.forEach(f -> out.add(eventOf.get(f.article().id())));
    return out;
  }

  private void contrasts(Contrast.Pair pair, Contrast.Results results) {
    int before = results.tests().size();
    for (Contrast c : CONTRASTS) {
      c.compare(pair, results);
    }
    pending.addAll(results.tests().subList(before, results.tests().size()));
  }

  /** Every pending test with its q-value over the whole report. */
  private List<TestRow> tests() {
    ComparisonSet set = new ComparisonSet();
    for (Contrast.Pending p : pending) {
      set.add(p.id(), p.sig());
    }
    Map<String, Significance> adjusted = set.adjusted();
    List<TestRow> tests = new ArrayList<>();
    for (Contrast.Pending p : pending) {
      Significance s = adjusted.get(p.id());
      Interval d = s.difference();
      Double va = s.groupValues().size() == 2 ? Numbers.num(s.groupValues().get(0)) : null;
      Double vb = s.groupValues().size() == 2 ? Numbers.num(s.groupValues().get(1)) : null;
      tests.add(new TestRow(p.id(), p.scope(), p.contrast(), p.subject(), p.sideA(), p.sideB(), s.test(),
          s.statisticName(), Numbers.num(s.statistic()), Numbers.num(s.p()), Numbers.num(s.q()), s.effectName(),
          Numbers.num(s.effect()), Numbers.num(d.estimate()), Numbers.num(d.lower()), Numbers.num(d.upper()), va, vb,
          p.countA(), p.nA(), p.countB(), p.nB(), s.status().name(), s.reason(), decided(s), "", ""));
    }
    return tests;
  }

  /**
   * One decision for a difference: the test passes after correction and, when the test comes with an interval of
   * the difference, the interval leaves out zero. When the two disagree no difference is stated (the report says
   * why).
   */
  private boolean decided(Significance s) {
    Interval d = s.difference();
    return s.significant(config.alpha()) && (!d.isDefined() || !d.contains(0.0));
  }

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

  private static SortedMap<String, Double> round(SortedMap<String, Double> m) {
    SortedMap<String, Double> out = new TreeMap<>();
    m.forEach((k, v) -> out.put(k, Numbers.round(v)));
    return out;
  }
}
