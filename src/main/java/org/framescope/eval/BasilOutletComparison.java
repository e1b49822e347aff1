package org.framescope.eval;

import org.framescope.stats.EvalStats;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.framescope.compare.CompareConfig;
import org.framescope.compare.Comparison;
import org.framescope.compare.ComparisonReport;
import org.framescope.model.ActorStance;
import org.framescope.model.ArticleResult;
import org.framescope.model.SentenceResult;
import org.framescope.report.ReportWriter;

/**
 * Does the pipeline see the outlet differences that BASIL's annotators saw? Input: BASIL articles and our
 * results for them (by article id). Per article it computes BASIL measures (lexical / informational bias spans,
 * their polarity, the mean author feeling) and ours (loaded words per 100 author tokens, mean sentence bias
 * probability, share of sentences above 0.5, mean author-voice stance score). Output: a {@link Summary} with
 * per-outlet means, paired Wilcoxon signed-rank tests per outlet pair on the events (triplets) that pair the
 * articles, whether BASIL's and our tests agree in direction and significance, and article-level Spearman
 * correlations. {@link #main} also runs the {@link Comparison} with event = triplet and writes its report.
 *
 * <p>Run: {@code BasilOutletComparison [basilDir] [outDir]}.
 */
public final class BasilOutletComparison {
  /** Schema of the summary. */
  public static final String SCHEMA = "framescope.eval.basil-outlets/1";
  /** Significance level used to call a test significant. */
  public static final double ALPHA = 0.05;
  /** Outlet codes in table order. */
  public static final List<String> OUTLETS = List.of("fox", "nyt", "hpo");

  private BasilOutletComparison() { }

  /**
   * Measures of one article. BASIL counts are per 100 of our tokens (all tokens; author-voice tokens for
   * the non-quote lexical count). NaN marks an undefined value (no entity feeling, no stance score).
   */
  public record ArticleMeasures(String id, String triplet, String outlet, double tokens, double lexical,
                                double lexicalNegative, double lexicalPositive, double informational,
                                double lexicalPer100, double lexicalUnquotedPer100Author, double informationalPer100,
                                double meanFeeling, double loadedPer100Author, double biasMean, double biasShare,
                                double stanceMean) { }

  /** Name of each measure, BASIL's first, with how to read it from the article row. */
  static final Map<String, ToDoubleFunction<ArticleMeasures>> MEASURES = new LinkedHashMap<>();

  static {
    MEASURES.put("basil.lexicalPerArticle", ArticleMeasures::lexical);
    MEASURES.put("basil.lexicalPer100", ArticleMeasures::lexicalPer100);
    MEASURES.put("basil.lexicalUnquotedPer100Author", ArticleMeasures::lexicalUnquotedPer100Author);
    MEASURES.put("basil.informationalPerArticle", ArticleMeasures::informational);
    MEASURES.put("basil.informationalPer100", ArticleMeasures::informationalPer100);
    MEASURES.put("basil.meanAuthorFeeling", ArticleMeasures::meanFeeling);
    MEASURES.put("ours.loadedPer100Author", ArticleMeasures::loadedPer100Author);
    MEASURES.put("ours.biasProbabilityMean", ArticleMeasures::biasMean);
    MEASURES.put("ours.biasShareAbove05", ArticleMeasures::biasShare);
    MEASURES.put("ours.stanceMeanAuthor", ArticleMeasures::stanceMean);
  }

  /** Which of our measures is compared with which BASIL measure. */
  static final List<String[]> COUNTERPARTS = List.of(
      new String[] {"basil.lexicalPer100", "ours.loadedPer100Author"},
      new String[] {"basil.lexicalUnquotedPer100Author", "ours.loadedPer100Author"},
      new String[] {"basil.lexicalPer100", "ours.biasProbabilityMean"},
      new String[] {"basil.lexicalPer100", "ours.biasShareAbove05"},
      new String[] {"basil.informationalPer100", "ours.biasShareAbove05"},
      new String[] {"basil.meanAuthorFeeling", "ours.stanceMeanAuthor"});

  /** Per-outlet description. */
  public record OutletSummary(int articles, double lexicalNegativeShare, double lexicalPositiveShare,
                              SortedMap<String, Double> means) { }

  /** One paired test: measure on outlet A vs outlet B over the events covering both. */
  public record PairTest(String measure, String outletA, String outletB, int pairs, int nonZero, double meanDifference,
                         double rankBiserial, int direction, double p, boolean significant) { }

  /** BASIL's test and ours for one outlet pair and one counterpart pair. */
  public record PairAgreement(String basilMeasure, String ourMeasure, String outletA, String outletB,
                              int basilDirection, double basilP, int ourDirection, double ourP,
                              boolean sameDirection, boolean sameSignificance, boolean agree) { }

  /** Spearman's rho over articles. */
  public record ArticleCorrelation(String basilMeasure, String ourMeasure, double rho, int n) { }

  /** The evaluation summary. */
  @JsonPropertyOrder({"schema", "articles", "events", "outlets", "tests", "agreement", "agreeCount",
      "sameDirectionCount", "basilSignificantCount", "ourSignificantCount", "correlations", "comparator"})
  public record Summary(String schema, int articles, int events, SortedMap<String, OutletSummary> outlets,
                        List<PairTest> tests, List<PairAgreement> agreement, int agreeCount, int sameDirectionCount,
                        int basilSignificantCount, int ourSignificantCount,
                        List<ArticleCorrelation> correlations, ComparatorNote comparator) { }

  /** What the comparison module said (null when it was not run). */
  public record ComparatorNote(int events, int tests, int significant, List<String> pooledFindings) { }

  /** The measures of one article. */
  public static ArticleMeasures measure(BasilArticle a, ArticleResult r) {
    double tokens = r.metrics().getOrDefault("tokens", 0.0);
    double authorTokens = r.metrics().getOrDefault("tokensAuthor", 0.0);
    double lex = a.lexicalCount();
    double lexNeg = a.phrases().stream().filter(p -> p.lexical() && p.polarity().equals("neg")).count();
    double lexPos = a.phrases().stream().filter(p -> p.lexical() && p.polarity().equals("pos")).count();
    double lexUnquoted = a.phrases().stream().filter(p -> p.lexical() && !p.quoted()).count();
    double inf = a.informationalCount();
    double feeling = EvalStats.mean(a.authorFeelings().values().stream()
        .mapToDouble(v -> v.equals("neg") ? -1 : v.equals("pos") ? 1 : 0).toArray());
    double[] probs = r.sentences().stream().map(SentenceResult::bias).filter(b -> b != null)
        .mapToDouble(b -> b.probability()).toArray();
    double biasMean = EvalStats.mean(probs);
    double biasShare = probs.length == 0 ? Double.NaN
        : (double) java.util.Arrays.stream(probs).filter(p -> p > 0.5).count() / probs.length;
    double stance = EvalStats.mean(r.stance().values().stream().map(ActorStance::score).filter(s -> s != null)
        .mapToDouble(Double::doubleValue).toArray());
    return new ArticleMeasures(a.id(), a.triplet(), a.source(), tokens, lex, lexNeg, lexPos, inf,
        per100(lex, tokens), per100(lexUnquoted, authorTokens), per100(inf, tokens), feeling,
        r.metrics().getOrDefault("loadedPer100TokensAuthor", Double.NaN), biasMean, biasShare, stance);
  }

  private static double per100(double count, double tokens) {
    return tokens <= 0 ? Double.NaN : 100.0 * count / tokens;
  }

  /** The summary over article rows (comparator note added by the caller, may be null). */
  public static Summary summarize(List<ArticleMeasures> rows, ComparatorNote comparator) {
    SortedMap<String, OutletSummary> outlets = new TreeMap<>();
    for (String o : OUTLETS) {
      List<ArticleMeasures> mine = rows.stream().filter(r -> r.outlet().equals(o)).toList();
      double neg = mine.stream().mapToDouble(ArticleMeasures::lexicalNegative).sum();
      double pos = mine.stream().mapToDouble(ArticleMeasures::lexicalPositive).sum();
      SortedMap<String, Double> means = new TreeMap<>();
      MEASURES.forEach((k, f) -> means.put(k, EvalStats.mean(mine.stream().mapToDouble(f).toArray())));
      outlets.put(o, new OutletSummary(mine.size(), neg + pos == 0 ? Double.NaN : neg / (neg + pos),
          neg + pos == 0 ? Double.NaN : pos / (neg + pos), means));
    }
    Map<String, Map<String, ArticleMeasures>> byEvent = new TreeMap<>();
    for (ArticleMeasures r : rows) {
      if (byEvent.computeIfAbsent(r.triplet(), k -> new TreeMap<>()).put(r.outlet(), r) != null) {
        throw new IllegalArgumentException("two " + r.outlet() + " articles in triplet " + r.triplet());
      }
    }
    List<PairTest> tests = new ArrayList<>();
    Map<String, PairTest> index = new LinkedHashMap<>();
    for (var m : MEASURES.entrySet()) {
      for (int i = 0; i < OUTLETS.size(); i++) {
        for (int j = i + 1; j < OUTLETS.size(); j++) {
          String a = OUTLETS.get(i);
          String b = OUTLETS.get(j);
          List<Double> xa = new ArrayList<>();
          List<Double> xb = new ArrayList<>();
          for (Map<String, ArticleMeasures> ev : byEvent.values()) {
            if (ev.containsKey(a) && ev.containsKey(b)) {
              xa.add(m.getValue().applyAsDouble(ev.get(a)));
              xb.add(m.getValue().applyAsDouble(ev.get(b)));
            }
          }
          EvalStats.Paired p = EvalStats.wilcoxon(xa.stream().mapToDouble(Double::doubleValue).toArray(),
              xb.stream().mapToDouble(Double::doubleValue).toArray());
          PairTest t = new PairTest(m.getKey(), a, b, p.pairs(), p.nonZero(), p.meanDifference(), p.rankBiserial(),
              p.direction(), p.p(), p.p() < ALPHA);
          tests.add(t);
          index.put(m.getKey() + "|" + a + "|" + b, t);
        }
      }
    }
    List<PairAgreement> agreement = new ArrayList<>();
    for (String[] c : COUNTERPARTS) {
      for (int i = 0; i < OUTLETS.size(); i++) {
        for (int j = i + 1; j < OUTLETS.size(); j++) {
          PairTest tb = index.get(c[0] + "|" + OUTLETS.get(i) + "|" + OUTLETS.get(j));
          PairTest to = index.get(c[1] + "|" + OUTLETS.get(i) + "|" + OUTLETS.get(j));
          boolean sameDir = tb.direction() == to.direction();
          boolean sameSig = tb.significant() == to.significant();
          boolean agree = tb.significant() ? to.significant() && sameDir : !to.significant();
          agreement.add(new PairAgreement(c[0], c[1], tb.outletA(), tb.outletB(), tb.direction(), tb.p(),
              to.direction(), to.p(), sameDir, sameSig, agree));
        }
      }
    }
    List<ArticleCorrelation> corr = new ArrayList<>();
    for (String[] c : COUNTERPARTS) {
      EvalStats.Correlation rho = EvalStats.spearman(rows.stream().mapToDouble(MEASURES.get(c[0])).toArray(),
          rows.stream().mapToDouble(MEASURES.get(c[1])).toArray());
      corr.add(new ArticleCorrelation(c[0], c[1], rho.rho(), rho.n()));
    }
    int agreeCount = (int) agreement.stream().filter(PairAgreement::agree).count();
    int sameDir = (int) agreement.stream().filter(PairAgreement::sameDirection).count();
    int basilSig = (int) agreement.stream().filter(a -> a.basilP() < ALPHA).count();
    int ourSig = (int) agreement.stream().filter(a -> a.ourP() < ALPHA).count();
    return new Summary(SCHEMA, rows.size(), byEvent.size(), outlets, tests, agreement, agreeCount, sameDir, basilSig,
        ourSig, corr, comparator);
  }

  /** Runs the comparison module over the results, event = BASIL triplet, and writes the report to {@code dir}. */
  public static ComparatorNote compare(List<ArticleResult> results, Path dir) throws java.io.IOException {
    ComparisonReport report = Comparison.compare(results, CompareConfig.defaults());
    if (dir != null) {
      ReportWriter.write(report, dir);
    }
    int significant = (int) report.tests().stream().filter(ComparisonReport.TestRow::significant).count();
    List<String> pooled = report.summary().stream().filter(f -> f.scope().equals(ComparisonReport.POOLED))
        .map(f -> f.kind() + ": " + f.sentence()).toList();
    return new ComparatorNote(report.events().size(), report.tests().size(), significant, pooled);
  }

  /** The summary as markdown tables. */
  public static String markdown(Summary s) {
    StringBuilder b = new StringBuilder("| measure (mean per article) | ");
    b.append(String.join(" | ", OUTLETS)).append(" |\n|---|---|---|---|\n");
    for (String m : MEASURES.keySet()) {
      b.append("| ").append(m);
      OUTLETS.forEach(o -> b.append(" | ").append(BasilStanceAgreement.f(s.outlets().get(o).means().get(m))));
      b.append(" |\n");
    }
    b.append("| basil.lexicalNegativeShare (pooled)");
    OUTLETS.forEach(o -> b.append(" | ").append(BasilStanceAgreement.f(s.outlets().get(o).lexicalNegativeShare())));
    b.append(" |\n\n| measure | pair | pairs (non-zero) | mean diff A-B | rank-biserial | p |\n|---|---|---|---|---|---|\n");
    for (PairTest t : s.tests()) {
      b.append("| ").append(t.measure()).append(" | ").append(t.outletA()).append('-').append(t.outletB())
          .append(" | ").append(t.pairs()).append(" (").append(t.nonZero()).append(") | ")
          .append(BasilStanceAgreement.f(t.meanDifference())).append(" | ")
          .append(BasilStanceAgreement.f(t.rankBiserial())).append(" | ").append(p(t.p()))
          .append(t.significant() ? " *" : "").append(" |\n");
    }
    b.append("\n| BASIL measure | our measure | pair | BASIL dir, p | our dir, p | agree |\n|---|---|---|---|---|---|\n");
    for (PairAgreement a : s.agreement()) {
      b.append("| ").append(a.basilMeasure()).append(" | ").append(a.ourMeasure()).append(" | ").append(a.outletA())
          .append('-').append(a.outletB()).append(" | ").append(sign(a.basilDirection())).append(", ")
          .append(p(a.basilP())).append(" | ").append(sign(a.ourDirection())).append(", ").append(p(a.ourP()))
          .append(" | ").append(a.agree() ? "yes" : "no").append(" |\n");
    }
    b.append("\nagreeing (same significance call, same direction when significant): ").append(s.agreeCount())
        .append(" of ").append(s.agreement().size()).append("; same direction: ").append(s.sameDirectionCount())
        .append("; significant at ").append(ALPHA).append(": BASIL ").append(s.basilSignificantCount()).append(", ours ")
        .append(s.ourSignificantCount()).append(" (uncorrected for multiple tests)\n\n");
    b.append("| BASIL measure | our measure | Spearman rho | n |\n|---|---|---|---|\n");
    for (ArticleCorrelation c : s.correlations()) {
      b.append("| ").append(c.basilMeasure()).append(" | ").append(c.ourMeasure()).append(" | ")
          .append(BasilStanceAgreement.f(c.rho())).append(" | ").append(c.n()).append(" |\n");
    }
    if (s.comparator() != null) {
      b.append("\nComparator: ").append(s.comparator().events()).append(" events, ").append(s.comparator().tests())
          .append(" tests, ").append(s.comparator().significant()).append(" significant\n");
      s.comparator().pooledFindings().forEach(f -> b.append("- ").append(f).append('\n'));
    }
    return b.toString();
  }

  private static String sign(int d) {
    return d > 0 ? "A>B" : d < 0 ? "A<B" : "=";
  }

  private static String p(double p) {
    return Double.isNaN(p) ? "NaN" : String.format(java.util.Locale.ROOT, p < 0.001 ? "%.1e" : "%.3f", p);
  }

  /**
   * Runs the comparison on a BASIL folder: analyses the articles (through the result cache), measures each,
   * writes our comparator's report on BASIL to {@code compareDir} (null: not written) and summarises.
   *
   * @param progress one line per analysed article, or null
   */
  public static Summary run(Path dir, Path lexicons, Path cache, Path compareDir, java.io.PrintStream progress)
      throws Exception {
    List<BasilArticle> articles = BasilCorpus.load(dir);
    Map<String, ArticleResult> results = BasilResults.analyze(articles, cache, 2, BasilResults.full(lexicons), progress);
    List<ArticleMeasures> rows = new ArrayList<>();
    List<ArticleResult> inOrder = new ArrayList<>();
    for (BasilArticle a : articles) {
      rows.add(measure(a, results.get(a.id())));
      inOrder.add(results.get(a.id()));
    }
    ComparatorNote note = compare(inOrder, compareDir);
    return summarize(rows, note);
  }
}
