package org.framescope.eval;

import org.framescope.compare.CompareConfig;
import org.framescope.compare.EventGrouper;
import org.framescope.stats.ClusterAgreement;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Evaluates automatic event grouping on BASIL (70 events x 3 outlets): reads the article JSON files
 * directly (body paragraphs and date only; the triplet id is used only as the truth), groups them with
 * {@link EventGrouper} and prints adjusted Rand index and purity against the true events, for the default
 * threshold and a sweep of thresholds, on all years and separately on 2010-2012 and 2013-2016.
 *
 * <p>Usage: {@code java -cp ... org.framescope.eval.EventGroupingEvaluation [BASIL_DIR]}; the default
 * directory is {@code $FRAMESCOPE_SHARED/datasets/basil} or {@code ../shared/datasets/basil}.
 */
public final class EventGroupingEvaluation {
  /** One BASIL article: true event id and the grouping input. */
  public record Item(String event, EventGrouper.Doc doc) { }

  /** Scores of one run. */
  public record Score(int articles, int trueEvents, int predictedEvents, double ari, double purity) { }

  private EventGroupingEvaluation() { }

  /** The BASIL directory from the environment ({@code FRAMESCOPE_SHARED}) or {@code ../shared}. */
  public static Path defaultBasilDir() {
    return org.framescope.resource.SharedData.dataset("basil");
  }

  /** Reads BASIL articles under {@code basilDir/articles}, sorted by path, optionally only some years. */
  public static List<Item> read(Path basilDir, Set<String> years) throws IOException {
    ObjectMapper mapper = org.framescope.io.Json.mapper();
    List<Path> files;
    try (Stream<Path> s = Files.walk(basilDir.resolve("articles"))) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    List<Item> items = new ArrayList<>();
    for (Path f : files) {
      String year = f.getParent().getFileName().toString();
      if (!years.isEmpty() && !years.contains(year)) {
        continue;
      }
      JsonNode root = mapper.readTree(f.toFile());
      StringBuilder body = new StringBuilder();
      for (JsonNode para : root.path("body-paragraphs")) {
        for (JsonNode sentence : para) {
          body.append(sentence.asText()).append(' ');
        }
        body.append('\n');
      }
      String date = root.path("date").asText("");
      LocalDate d = date.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(date) : null;
      String event = root.path("triplet-uuid").asText(f.getFileName().toString().split("_")[0]);
      items.add(new Item(event, new EventGrouper.Doc(f.getFileName().toString(), body.toString(), d, Set.of())));
    }
    return items;
  }

  /** Groups {@code items} with {@code grouper} and scores the result against the true events. */
  public static Score evaluate(List<Item> items, EventGrouper grouper) {
    int[] predicted = grouper.group(items.stream().map(Item::doc).toList());
    Map<String, Integer> ids = new HashMap<>();
    int[] truth = new int[items.size()];
    for (int i = 0; i < items.size(); i++) {
      truth[i] = ids.computeIfAbsent(items.get(i).event(), k -> ids.size());
    }
    int k = 0;
    for (int p : predicted) {
      k = Math.max(k, p + 1);
    }
    return new Score(items.size(), ids.size(), k, ClusterAgreement.adjustedRand(truth, predicted),
        ClusterAgreement.purity(truth, predicted));
  }

  public static void main(String[] args) throws IOException {
    Path dir = args.length > 0 ? Path.of(args[0]) : defaultBasilDir();
    if (!Files.isDirectory(dir.resolve("articles"))) {
      System.err.println(dir + ": no BASIL articles directory");
      System.exit(2);
    }
    CompareConfig defaults = CompareConfig.defaults();
    Map<String, Set<String>> splits = new java.util.LinkedHashMap<>();
    splits.put("all 2010-2016", Set.of());
    splits.put("2010-2012", Set.of("2010", "2011", "2012"));
    splits.put("2013-2016", Set.of("2013", "2014", "2015", "2016"));
    for (Map.Entry<String, Set<String>> split : splits.entrySet()) {
      List<Item> items = read(dir, split.getValue());
      System.out.printf(Locale.ROOT, "== %s (%d articles)%n", split.getKey(), items.size());
      System.out.println("threshold  windowDays  predicted  trueEvents  ARI     purity");
      for (int window : new int[] {defaults.dateWindowDays(), 1000000}) {
        for (double t : new double[] {0.05, 0.08, 0.10, 0.12, 0.15, 0.20, 0.25, 0.30}) {
          Score s = evaluate(items, new EventGrouper(t, window, defaults.actorWeight()));
          System.out.printf(Locale.ROOT, "%-9.2f  %-10s  %-9d  %-10d  %.4f  %.4f%s%n", t,
              window > 100000 ? "none" : String.valueOf(window), s.predictedEvents(), s.trueEvents(), s.ari(),
              s.purity(), t == defaults.eventThreshold() && window == defaults.dateWindowDays() ? "  (default)" : "");
        }
      }
    }
  }
}
