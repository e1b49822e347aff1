package org.framescope.eval;

import org.framescope.stats.AgreementCoefficients;
import org.framescope.stats.EvalStats;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.framescope.model.ActorStance;
import org.framescope.model.ArticleResult;
import org.framescope.io.AtomicFiles;
import org.framescope.voice.Actor;
import org.framescope.voice.ActorRegistry;
import org.framescope.voice.VoiceWords;

/**
 * Agreement of our author-voice stance with BASIL's "author feeling" toward the main entities.
 * Input: BASIL articles, our results for them (by article id) and the actor registry. Each annotated entity
 * is mapped to one of our stance keys the way the pipeline keys a mention: registry lookup of the entity
 * name (else of its last word), then the actor's country, or the organisation's own name when it has no
 * country and is written as a proper name. Several entities of one article can map to the same key
 * (Obama and the Republicans are both "United States"); the summary counts them and also reports the
 * agreement on the unambiguous items (one annotated entity per article and key). Output: a {@link Summary} with mapping counts, coverage, accuracy, macro-F1, Cohen's kappa,
 * the confusion matrix and Spearman's rho between our score and BASIL's polarity as -1/0/+1.
 *
 * <p>Run: {@code BasilStanceAgreement [basilDir] [outDir]}; prints the JSON summary and a markdown table
 * and writes {@code stance-summary.json} and {@code stance-items.csv} (labels only, no text) to outDir.
 */
public final class BasilStanceAgreement {
  /** BASIL's labels, in table order. */
  public static final List<String> LABELS = List.of("neg", "neu", "pos");
  /** Schema of the summary. */
  public static final String SCHEMA = "framescope.eval.basil-stance/1";

  private BasilStanceAgreement() { }

  /** How an entity name was mapped: "name" (whole name), "last-word", or "none". */
  public record Mapping(String route, String actor, String key) { }

  /**
   * One annotated entity of one article.
   *
   * @param predicted our label (neg/neu/pos) or null when our result has no author-voice score for the key
   */
  public record Item(String article, String outlet, String entity, String gold, String route, String key,
                     String predicted, Double score) { }

  /** The evaluation summary (see the class comment). */
  @JsonPropertyOrder({"schema", "articles", "entityAnnotations", "goldDistribution", "mapped", "mappedByRoute",
      "mappedKeys", "unmappedEntities", "keysWithConflictingGold", "scored", "coverage", "coverageOfMapped",
      "predictedDistribution", "accuracy", "majorityBaselineAccuracy", "macroF1", "f1", "kappa", "confusion",
      "spearman", "spearmanN", "unambiguousScored", "unambiguousAccuracy", "unambiguousMacroF1", "unambiguousKappa"})
  public record Summary(String schema, int articles, int entityAnnotations, SortedMap<String, Integer> goldDistribution,
                        int mapped, SortedMap<String, Integer> mappedByRoute, SortedMap<String, Integer> mappedKeys,
                        List<String> unmappedEntities, int keysWithConflictingGold, int scored, double coverage,
                        double coverageOfMapped, SortedMap<String, Integer> predictedDistribution, double accuracy,
                        double majorityBaselineAccuracy, double macroF1, Map<String, Double> f1, double kappa,
                        Map<String, Map<String, Integer>> confusion, double spearman, int spearmanN,
                        int unambiguousScored, double unambiguousAccuracy, double unambiguousMacroF1,
                        double unambiguousKappa) { }

  /**
   * Maps a BASIL entity name to our stance key (see the class comment). {@code words} gives the first-name list:
   * a name found by its last word is not taken when its first word is another listed first name ("Liz Cheney"
   * is not Dick Cheney).
   */
  public static Mapping map(String entity, ActorRegistry registry, VoiceWords words) {
    Optional<Actor> a = registry.lookup(entity);
    String route = "name";
    if (a.isEmpty()) {
      String[] parts = entity.strip().split("\\s+");
      String last = parts[parts.length - 1];
      if (parts.length > 1 && !last.isEmpty() && Character.isUpperCase(last.charAt(0))) {
        a = registry.lookup(last).filter(found -> !otherFirstName(parts, found, words));
        route = "last-word";
      }
    }
    if (a.isEmpty()) {
      return new Mapping("none", null, null);
    }
    Actor actor = a.get();
    // The same rule the pipeline uses to key its stance map.
    String key = org.framescope.pipeline.ActorStances.stanceKey(actor);
    return key == null ? new Mapping("none", actor.canonical(), null) : new Mapping(route, actor.canonical(), key);
  }

  /**
   * Whether a name of two or more words found by its last word names another member of a family: "Liz Cheney" and
   * "Mary Cheney" are not Dick Cheney, "Chelsea Clinton" is not Bill Clinton. True when the found actor is a person
   * with a first name and the entity's first word is a different first name of the list; "Citizen Obama" and
   * "President Obama" still are Obama.
   */
  static boolean otherFirstName(String[] parts, Actor found, VoiceWords words) {
    String[] canon = found.canonical().strip().split("\\s+");
    return found.kind().equals("person") && canon.length >= 2 && !parts[0].equalsIgnoreCase(canon[0])
        && words.firstNameGender(parts[0]) != '?';
  }

  /** Our label in BASIL's vocabulary. */
  static String basilLabel(String ours) {
    return switch (ours) {
      case "negative" -> "neg";
      case "positive" -> "pos";
      case "neutral" -> "neu";
      default -> throw new IllegalArgumentException("unknown stance label: " + ours);
    };
  }

  /** All annotated entities with their mapping and our prediction, in article order. */
  public static List<Item> items(List<BasilArticle> articles, Map<String, ArticleResult> results,
                                 ActorRegistry registry, VoiceWords words) {
    List<Item> out = new ArrayList<>();
    for (BasilArticle a : articles) {
      ArticleResult r = results.get(a.id());
      if (r == null) {
        throw new IllegalArgumentException("no result for BASIL article " + a.id());
      }
      for (var e : a.authorFeelings().entrySet()) {
        Mapping m = map(e.getKey(), registry, words);
        String predicted = null;
        Double score = null;
        if (m.key() != null) {
          ActorStance s = r.stance().get(m.key());
          if (s != null && s.score() != null) {
            predicted = basilLabel(s.label());
            score = s.score();
          }
        }
        out.add(new Item(a.id(), a.source(), e.getKey(), e.getValue(), m.route(), m.key(), predicted, score));
      }
    }
    return out;
  }

  /** The summary over {@code items}; {@code articles} is the number of articles they came from. */
  public static Summary summarize(int articles, List<Item> items) {
    SortedMap<String, Integer> gold = new TreeMap<>();
    SortedMap<String, Integer> routes = new TreeMap<>();
    SortedMap<String, Integer> keys = new TreeMap<>();
    SortedMap<String, Integer> unmapped = new TreeMap<>();
    SortedMap<String, Integer> predicted = new TreeMap<>();
    Map<String, java.util.Set<String>> goldByArticleKey = new HashMap<>();
    List<String[]> pairs = new ArrayList<>();
    List<Double> ours = new ArrayList<>();
    List<Double> theirs = new ArrayList<>();
    int mapped = 0;
    for (Item it : items) {
      gold.merge(it.gold(), 1, Integer::sum);
      if (it.key() == null) {
        unmapped.merge(it.entity(), 1, Integer::sum);
        continue;
      }
      mapped++;
      routes.merge(it.route(), 1, Integer::sum);
      keys.merge(it.key(), 1, Integer::sum);
      goldByArticleKey.computeIfAbsent(it.article() + "\t" + it.key(), k -> new java.util.TreeSet<>()).add(it.gold());
      if (it.predicted() != null) {
        predicted.merge(it.predicted(), 1, Integer::sum);
        pairs.add(new String[] {it.gold(), it.predicted()});
        ours.add(it.score());
        theirs.add(switch (it.gold()) {
          case "neg" -> -1.0;
          case "pos" -> 1.0;
          default -> 0.0;
        });
      }
    }
    int conflicts = (int) goldByArticleKey.values().stream().filter(s -> s.size() > 1).count();
    Map<String, Integer> perArticleKey = new HashMap<>();
    items.stream().filter(it -> it.key() != null)
        .forEach(it -> perArticleKey.merge(it.article() + "\t" + it.key(), 1, Integer::sum));
    List<String[]> unambiguous = items.stream().filter(it -> it.predicted() != null
        && perArticleKey.get(it.article() + "\t" + it.key()) == 1).map(it -> new String[] {it.gold(), it.predicted()})
        .toList();
    EvalStats.Agreement un = EvalStats.agreement(unambiguous, LABELS);
    EvalStats.Agreement ag = EvalStats.agreement(pairs, LABELS);
    long neutralGold = pairs.stream().filter(p -> p[0].equals("neu")).count();
    EvalStats.Correlation rho = EvalStats.spearman(ours.stream().mapToDouble(Double::doubleValue).toArray(),
        theirs.stream().mapToDouble(Double::doubleValue).toArray());
    List<String> unmappedList = unmapped.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(25).map(e -> e.getKey() + " (" + e.getValue() + ")").toList();
    int n = items.size();
    return new Summary(SCHEMA, articles, n, gold, mapped, routes, keys, unmappedList, conflicts, pairs.size(),
        n == 0 ? Double.NaN : (double) pairs.size() / n, mapped == 0 ? Double.NaN : (double) pairs.size() / mapped,
        predicted, ag.accuracy(), pairs.isEmpty() ? Double.NaN : (double) neutralGold / pairs.size(), ag.macroF1(),
        ag.f1(), AgreementCoefficients.cohenKappa(pairs), ag.confusion(), rho.rho(), rho.n(), unambiguous.size(),
        un.accuracy(), un.macroF1(), AgreementCoefficients.cohenKappa(unambiguous));
  }

  /** The summary as a markdown table (figures) plus the confusion matrix. */
  public static String markdown(Summary s) {
    StringBuilder b = new StringBuilder();
    b.append("| measure | value |\n|---|---|\n");
    row(b, "articles", String.valueOf(s.articles()));
    row(b, "annotated entities (author feeling)", s.entityAnnotations() + " " + s.goldDistribution());
    row(b, "mapped to a stance key", s.mapped() + " " + s.mappedByRoute());
    row(b, "mapped keys", s.mappedKeys().toString());
    row(b, "article keys with conflicting BASIL labels", String.valueOf(s.keysWithConflictingGold()));
    row(b, "scored by us (coverage)", s.scored() + " (" + f(s.coverage()) + " of all, " + f(s.coverageOfMapped())
        + " of mapped)");
    row(b, "our labels", s.predictedDistribution().toString());
    row(b, "accuracy (all-neutral baseline)", f(s.accuracy()) + " (" + f(s.majorityBaselineAccuracy()) + ")");
    row(b, "macro-F1", f(s.macroF1()) + " " + fmt(s.f1()));
    row(b, "Cohen's kappa", f(s.kappa()));
    row(b, "Spearman rho (our score vs -1/0/+1)", f(s.spearman()) + " (n=" + s.spearmanN() + ")");
    row(b, "unambiguous items (one entity per article and key): n, accuracy, macro-F1, kappa",
        s.unambiguousScored() + ", " + f(s.unambiguousAccuracy()) + ", " + f(s.unambiguousMacroF1()) + ", "
        + f(s.unambiguousKappa()));
    b.append("\n| BASIL \\ ours | ").append(String.join(" | ", LABELS)).append(" |\n|---|---|---|---|\n");
    for (var e : s.confusion().entrySet()) {
      b.append("| ").append(e.getKey());
      e.getValue().values().forEach(v -> b.append(" | ").append(v));
      b.append(" |\n");
    }
    return b.toString();
  }

  private static String fmt(Map<String, Double> m) {
    StringBuilder b = new StringBuilder("(");
    m.forEach((k, v) -> b.append(b.length() > 1 ? ", " : "").append(k).append(' ').append(f(v)));
    return b.append(')').toString();
  }

  static void row(StringBuilder b, String k, String v) {
    b.append("| ").append(k).append(" | ").append(v.replace("|", "/")).append(" |\n");
  }

  /** A figure to three decimals, NaN as "NaN". */
  public static String f(double v) {
    return Double.isNaN(v) ? "NaN" : String.format(Locale.ROOT, "%.3f", v);
  }

  /** The summary and the per-entity items of one run. */
  public record Run(Summary summary, List<Item> items) { }

  /**
   * Runs the agreement on a BASIL folder: analyses the articles (through the result cache), maps BASIL's
   * entities to ours and summarises.
   *
   * @param progress one line per analysed article, or null
   */
  public static Run run(Path dir, Path lexicons, Path cache, java.io.PrintStream progress) throws Exception {
    List<BasilArticle> articles = BasilCorpus.load(dir);
    Map<String, ArticleResult> results = BasilResults.analyze(articles, cache, 2, BasilResults.full(lexicons), progress);
    List<Item> items = items(articles, results, ActorRegistry.fromLexicons(lexicons),
        VoiceWords.fromLexicons(lexicons));
    return new Run(summarize(articles.size(), items), items);
  }

  /** Writes {@code stance-summary.json} (the given JSON) and {@code stance-items.csv} into {@code out}. */
  public static void write(Path out, String json, List<Item> items) throws IOException {
    Files.createDirectories(out);
    AtomicFiles.writeString(out.resolve("stance-summary.json"), json + "\n");
    StringBuilder csv = new StringBuilder();
    try (org.apache.commons.csv.CSVPrinter p = org.framescope.io.CsvCells.printer(csv,
        List.of("article", "outlet", "entity", "basil", "route", "key", "ours", "score"))) {
      for (Item it : items) {
        org.framescope.io.CsvCells.row(p, it.article(), it.outlet(), it.entity(), it.gold(), it.route(), it.key(),
            it.predicted(), it.score() == null ? null : String.format(Locale.ROOT, "%.4f", it.score()));
      }
    }
    AtomicFiles.writeString(out.resolve("stance-items.csv"), csv.toString());
  }
}
