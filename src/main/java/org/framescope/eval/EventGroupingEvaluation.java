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
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Evaluates automatic event grouping on BASIL (70 events x 3 outlets): reads the article JSON files
 * directly (body paragraphs and date only; the triplet id is used only as the truth), groups them with
 * {@link EventGrouper} and scores adjusted Rand index and purity against the true events, for the default
 * threshold and a sweep of thresholds, on all years and separately on the earlier and later half of the years
 * found. No I/O beyond reading the folder; {@code framescope evaluate events --data DIR} prints the table.
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

  /** One row of the sweep: a grouping setting and its score. */
  public record Row(double threshold, int windowDays, boolean isDefault, Score score) { }

  /** One subset of the data (all years, or a run of years) with its sweep. */
  public record Split(String label, int articles, List<Row> rows) { }

  /** The years (folder names under {@code articles/}) present in a BASIL folder, sorted. */
  public static List<String> years(Path basilDir) throws IOException {
    try (Stream<Path> s = Files.list(basilDir.resolve("articles"))) {
      return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /**
   * Sweeps the grouping threshold, with the default date window and without one, on all years and on the
   * earlier and later half of the years present; labels name the years found in the data.
   *
   * @throws InputException when the folder has no {@code articles/} directory
   */
  public static List<Split> sweep(Path basilDir) throws IOException, org.framescope.model.InputException {
    if (!Files.isDirectory(basilDir.resolve("articles"))) {
      throw new org.framescope.model.InputException(basilDir.toString(), "no BASIL articles directory");
    }
    List<String> years = years(basilDir);
    Map<String, Set<String>> splits = new java.util.LinkedHashMap<>();
    splits.put("all " + range(years), Set.of());
    if (years.size() >= 2) {
      List<String> early = years.subList(0, (years.size() + 1) / 2);
      List<String> late = years.subList((years.size() + 1) / 2, years.size());
      splits.put(range(early), Set.copyOf(early));
      splits.put(range(late), Set.copyOf(late));
    }
    CompareConfig defaults = CompareConfig.defaults();
    List<Split> out = new ArrayList<>();
    for (Map.Entry<String, Set<String>> split : splits.entrySet()) {
      List<Item> items = read(basilDir, split.getValue());
      List<Row> rows = new ArrayList<>();
      for (int window : new int[] {defaults.dateWindowDays(), NO_WINDOW}) {
        for (double t : new double[] {0.05, 0.08, 0.10, 0.12, 0.15, 0.20, 0.25, 0.30}) {
          rows.add(new Row(t, window, t == defaults.eventThreshold() && window == defaults.dateWindowDays(),
              evaluate(items, new EventGrouper(t, window, defaults.actorWeight()))));
        }
      }
      out.add(new Split(split.getKey(), items.size(), rows));
    }
    return out;
  }

  /** A date window wide enough to mean "no window". */
  public static final int NO_WINDOW = 1000000;

  private static String range(List<String> years) {
    if (years.isEmpty()) {
      return "(no years)";
    }
    return years.size() == 1 ? years.get(0) : years.get(0) + "-" + years.get(years.size() - 1);
  }
}
