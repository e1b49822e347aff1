package org.framescope.compare;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.framescope.model.ArticleResult;

/**
 * The result of {@link Comparison#compare}: events, per-article metrics, per-side summaries and descriptions for
 * every event and for the events each pair of sides covered, pooled, and every statistical test (with
 * Benjamini-Hochberg q-values across the whole report). Data only: the test sentences and the plain-language
 * {@code summary} are written by the report ({@code report.Narrative}), which returns a copy with them
 * ({@link #withNarrative}). Serialised as {@code report.json} (schema {@value #SCHEMA}); the source articles
 * travel along for the HTML and CSV writers but are not serialised (their ids and input hashes are in the
 * provenance).
 *
 * @param schema always {@value #SCHEMA}
 * @param provenance versions, seed, config, inputs and resource hashes
 * @param groupBy "outlet", "group" or "article"
 * @param sides the compared sides (outlets, groups or articles), sorted
 * @param events the events, sorted by id
 * @param articles one row per article with its side, event and metrics, sorted by event then side then id
 * @param scopes one summary per event, then the pooled scope {@value #POOLED}
 * @param tests every test, in a fixed order, with q-values
 * @param summary plain-language findings: descriptions of the articles and tested differences (empty until the
 *     report writes them)
 * @param sourceArticles the analysed articles (not serialised)
 */
@JsonPropertyOrder({"schema", "provenance", "groupBy", "sides", "events", "articles", "scopes", "tests", "summary",
    "notScored"})
public record ComparisonReport(String schema, ReportProvenance provenance, String groupBy, List<String> sides,
                               List<EventGroup> events, List<ArticleRow> articles, List<ScopeSummary> scopes,
                               List<TestRow> tests, List<Finding> summary,
                               @JsonIgnore List<ArticleResult> sourceArticles,
                               @JsonInclude(JsonInclude.Include.NON_EMPTY) List<NotScored> notScored) {
  /**
   * An input article left out of every contrast because it has no scores (an article in another language
   * than the lexicons and models, flagged {@code language:xx}); counted here so its absence is visible.
   */
  public record NotScored(String id, String outlet, String reason) {
    public NotScored {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** A report in which every article was scored. */
  public ComparisonReport(String schema, ReportProvenance provenance, String groupBy, List<String> sides,
                          List<EventGroup> events, List<ArticleRow> articles, List<ScopeSummary> scopes,
                          List<TestRow> tests, List<Finding> summary, List<ArticleResult> sourceArticles) {
    this(schema, provenance, groupBy, sides, events, articles, scopes, tests, summary, sourceArticles, List.of());
  }

  /** This report with the articles that could not be scored listed. */
  public ComparisonReport withNotScored(List<NotScored> list) {
    return new ComparisonReport(schema, provenance, groupBy, sides, events, articles, scopes, tests, summary,
        sourceArticles, list);
  }

  /** This report with the tests' sentences and the summary written (by the report's narrative). */
  public ComparisonReport withNarrative(List<TestRow> newTests, List<Finding> newSummary) {
    if (newTests.size() != tests.size()) {
      throw new IllegalArgumentException("the narrative must keep every test: " + tests.size() + " in, "
          + newTests.size() + " given");
    }
    return new ComparisonReport(schema, provenance, groupBy, sides, events, articles, scopes, newTests, newSummary,
        sourceArticles, notScored);
  }

  /** Schema name of report.json. */
  public static final String SCHEMA = "framescope.compare/1";
  /** Scope id of the comparison pooled across all events. */
  public static final String POOLED = "all-events";

  public ComparisonReport {
    if (!SCHEMA.equals(schema)) {
      throw new IllegalArgumentException("schema must be " + SCHEMA + ", got " + schema);
    }
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(groupBy, "groupBy");
    sides = List.copyOf(sides);
    events = List.copyOf(events);
    articles = List.copyOf(articles);
    scopes = List.copyOf(scopes);
    tests = List.copyOf(tests);
    summary = List.copyOf(summary);
    sourceArticles = List.copyOf(sourceArticles);
    notScored = notScored == null ? List.of() : List.copyOf(notScored);
  }

  /**
   * Where the report came from.
   *
   * @param framescope framescope version
   * @param seed seed of every random procedure
   * @param config every comparison setting
   * @param inputs the compared articles with their input hashes, sorted by id
   * @param lexicons lexicon name to SHA-256, collected from the articles (several hashes comma-joined)
   * @param models model name to hash or version, collected from the articles
   */
  public record ReportProvenance(String framescope, long seed, SortedMap<String, String> config,
                                 List<InputRef> inputs, SortedMap<String, String> lexicons,
                                 SortedMap<String, String> models) {
    public ReportProvenance {
      Objects.requireNonNull(framescope, "framescope");
      config = new TreeMap<>(config);
      inputs = List.copyOf(inputs);
      lexicons = new TreeMap<>(lexicons);
      models = new TreeMap<>(models);
    }
  }

  /** One input article: id, outlet and the SHA-256 of its raw input (null when unknown). */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record InputRef(String id, String outlet, String inputSha256) {
    public InputRef {
      Objects.requireNonNull(id, "id");
    }
  }

  /**
   * An event: a set of articles about the same happening.
   *
   * @param id event id (from the manifest, or "auto-NNN" when grouped automatically)
   * @param label readable name (the manifest's event, or the title of the earliest article)
   * @param automatic true when found by automatic grouping
   * @param articleIds member articles, sorted
   */
  public record EventGroup(String id, String label, boolean automatic, List<String> articleIds) {
    public EventGroup {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(label, "label");
      articleIds = List.copyOf(articleIds);
    }
  }

  /** One article with its side, event and computed metrics (name to value, sorted). */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record ArticleRow(String id, String title, String outlet, String side, String event, String published,
                           SortedMap<String, Double> metrics) {
    public ArticleRow {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(side, "side");
      Objects.requireNonNull(event, "event");
      metrics = new TreeMap<>(metrics);
    }
  }

  /**
   * A mean with its bootstrap confidence interval over n articles; bounds null when n is too small.
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Estimate(Double mean, Double low, Double high, int n) { }

  /**
   * Descriptive summary of one side within one scope.
   *
   * @param articles number of articles
   * @param loadedAuthor loaded spans per 100 author-voice words, mean over articles
   * @param loadedQuoted loaded spans per 100 quoted/reported words, mean over articles
   * @param stance author-voice stance score per actor, mean over the articles that mention the actor
   * @param labels contested-name group to side of the name to count
   * @param speakerCountries attributions by speaker country ("unknown" when none)
   * @param speakerTypes attributions by speaker type
   * @param verbClasses speaker country to reporting-verb class to count
   * @param frameCues frame name to number of frame cue spans
   * @param frameScores frame name to the mean over articles of the article's {@code frames} score (0 when an
   *     article has no score for the frame)
   */
  public record SideSummary(int articles, Estimate loadedAuthor, Estimate loadedQuoted,
                            SortedMap<String, Estimate> stance, SortedMap<String, SortedMap<String, Integer>> labels,
                            SortedMap<String, Integer> speakerCountries, SortedMap<String, Integer> speakerTypes,
                            SortedMap<String, SortedMap<String, Integer>> verbClasses,
                            SortedMap<String, Integer> frameCues, SortedMap<String, Double> frameScores) {
    public SideSummary {
      frameScores = new TreeMap<>(frameScores);
      stance = new TreeMap<>(stance);
      labels = new TreeMap<>(labels);
      speakerCountries = new TreeMap<>(speakerCountries);
      speakerTypes = new TreeMap<>(speakerTypes);
      verbClasses = new TreeMap<>(verbClasses);
      frameCues = new TreeMap<>(frameCues);
    }
  }

  /**
   * One scope: an event, or {@value ComparisonReport#POOLED}.
   *
   * @param id event id or {@value ComparisonReport#POOLED}
   * @param label readable name
   * @param articleIds articles in the scope, sorted
   * @param sides side name to summary
   * @param descriptions side name to what its articles say (events only; empty for the pooled scope)
   * @param pairs the pairs of sides and the events each pair is compared on (pooled: only events both sides
   *     covered, and only when they share at least two; an event: the event)
   * @param distinctiveWords per compared pair of sides, the words that most distinguish them
   * @param frameDivergence per compared pair of sides, Jensen-Shannon divergence of frame-cue distributions
   */
  public record ScopeSummary(String id, String label, List<String> articleIds, SortedMap<String, SideSummary> sides,
                             SortedMap<String, Description.SideDescription> descriptions, List<PairScope> pairs,
                             List<WordContrast> distinctiveWords, List<PairValue> frameDivergence) {
    public ScopeSummary {
      articleIds = List.copyOf(articleIds);
      sides = new TreeMap<>(sides);
      descriptions = new TreeMap<>(descriptions);
      pairs = List.copyOf(pairs);
      distinctiveWords = List.copyOf(distinctiveWords);
      frameDivergence = List.copyOf(frameDivergence);
    }
  }

  /**
   * Which events a pair of sides is compared on within a scope.
   *
   * @param sideA first side
   * @param sideB second side
   * @param events the events both sides covered, sorted
   * @param compared false when the pair is left out here (pooled scope: fewer than two shared events)
   */
  public record PairScope(String sideA, String sideB, List<String> events, boolean compared) {
    public PairScope {
      events = List.copyOf(events);
    }
  }

  /** A value for a pair of sides (null when undefined). */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record PairValue(String sideA, String sideB, Double value) { }

  /** Distinguishing words of side A and of side B (Fightin' Words z-scores, largest first). */
  public record WordContrast(String sideA, String sideB, List<WordScore> favourA, List<WordScore> favourB) {
    public WordContrast {
      favourA = List.copyOf(favourA);
      favourB = List.copyOf(favourB);
    }
  }

  /** One word: z-score (positive favours A) and its counts on each side. */
  public record WordScore(String word, double z, long countA, long countB) { }

  /**
   * One statistical test, flattened for tables (tests.csv) and JSON. Numbers are null when undefined.
   *
   * @param id stable identifier: scope/contrast/subject/sideA~sideB
   * @param scope event id or {@value ComparisonReport#POOLED}
   * @param contrast loaded-author | loaded-quoted | stance | labels | sourcing | frames
   * @param subject what within the contrast (actor, label group, "country|verbClass", ...; "" when none)
   * @param sideA first side
   * @param sideB second side
   * @param test test name
   * @param statisticName name of the statistic
   * @param statistic its value
   * @param p raw p-value
   * @param q Benjamini-Hochberg adjusted p-value across the whole report
   * @param effectName name of the effect size
   * @param effect effect size
   * @param difference estimate of A minus B (means or proportions)
   * @param low lower 95% bound of the difference
   * @param high upper 95% bound of the difference
   * @param valueA value on side A (mean, or proportion)
   * @param valueB value on side B
   * @param countA successes on side A for count contrasts, else null
   * @param nA observations on side A (articles or counted items)
   * @param countB successes on side B for count contrasts, else null
   * @param nB observations on side B
   * @param status OK or TOO_LITTLE_DATA
   * @param reason why there was too little data ("" when OK)
   * @param significant a difference is stated: status OK, q below alpha and, when the test has an interval of the
   *     difference, the interval leaves out zero (the test and the interval must agree)
   * @param sentence one plain-language sentence stating the result ("" until the report writes it)
   * @param statistics the numbers behind it in words: values, interval, test, p and q, and why the interval
   *     and the test disagree when they do ("" until the report writes it)
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record TestRow(String id, String scope, String contrast, String subject, String sideA, String sideB,
                        String test, String statisticName, Double statistic, Double p, Double q, String effectName,
                        Double effect, Double difference, Double low, Double high, Double valueA, Double valueB,
                        Integer countA, int nA, Integer countB, int nB, String status, String reason,
                        boolean significant, String sentence, String statistics) {
    public TestRow {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(status, "status");
      reason = reason == null ? "" : reason;
      subject = subject == null ? "" : subject;
      sentence = sentence == null ? "" : sentence;
      statistics = statistics == null ? "" : statistics;
    }

    /** This row with its sentence and statistics written. */
    public TestRow withProse(String newSentence, String newStatistics) {
      return new TestRow(id, scope, contrast, subject, sideA, sideB, test, statisticName, statistic, p, q, effectName,
          effect, difference, low, high, valueA, valueB, countA, nA, countB, nB, status, reason, significant,
          newSentence, newStatistics);
    }

    /** True when the 95% interval of the difference is known and leaves out zero. */
    public boolean intervalExcludesZero() {
      return low != null && high != null && (low > 0 || high < 0);
    }
  }

  /**
   * One sentence of the plain-language summary.
   *
   * @param scope event id or {@value ComparisonReport#POOLED}
   * @param kind description (says what these articles do; always there) | difference (a test passed) |
   *     no-clear-difference | too-little-data | note
   * @param topic what a description is about: own-voice | labels | introductions | voices | stance ("" otherwise)
   * @param testId the test backing the sentence ("" for descriptions and notes)
   * @param sentence the sentence
   * @param evidence the sentences of the articles it rests on
   */
  public record Finding(String scope, String kind, String topic, String testId, String sentence,
                        List<Evidence> evidence) {
    public Finding {
      Objects.requireNonNull(kind, "kind");
      topic = topic == null ? "" : topic;
      testId = testId == null ? "" : testId;
      evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
  }

  /** A sentence a finding rests on: the article's id, the sentence's index and its text. */
  public record Evidence(String article, int sentence, String text) {
    public Evidence {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(text, "text");
    }
  }
}
