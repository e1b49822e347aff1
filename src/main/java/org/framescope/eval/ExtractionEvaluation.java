package org.framescope.eval;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.framescope.model.InputException;
import org.framescope.resource.Hashing;
import org.framescope.io.Json;

/**
 * Article extraction against the true article bodies of the Scrapinghub article-extraction benchmark layout.
 * Input: a folder with {@code ground-truth.json} ({@code {key: {articleBody, url}}}) and
 * {@code html/<key>.html[.gz]}, read by {@link #read}; and one or more {@link Extractor}s. Output
 * ({@link #run}): per extractor, the {@link ShingleMetric} figures over all pages, the number of pages whose
 * extracted body is empty, every page's score and the ten worst pages, all extractors on the same pages in
 * the same run. Nothing is printed; the {@code evaluate extraction} command formats the result.
 */
public final class ExtractionEvaluation {
  /** How many worst pages a result lists. */
  public static final int WORST = 10;

  private ExtractionEvaluation() { }

  /**
   * One benchmark page.
   *
   * @param key the page key (file name without {@code .html[.gz]})
   * @param url the page's URL from the ground truth ("" when absent)
   * @param html the page bytes as stored (decompressed)
   * @param truth the true article body
   */
  public record Page(String key, String url, byte[] html, String truth) {
    public Page {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(html, "html");
      Objects.requireNonNull(truth, "truth");
      url = url == null ? "" : url;
    }
  }

  /** The pages of a data folder with the hash of its ground truth. */
  public record Data(Path dir, String groundTruthSha256, List<Page> pages) {
    public Data {
      pages = List.copyOf(pages);
    }
  }

  /** An article extractor under test: page in, article body text out ("" for nothing found). */
  public interface Extractor {
    /** Short name used as the key of its result ("framescope", "readability4j"). */
    String name();

    /**
     * The article body of a page. An {@link InputException} means the extractor refused the page; it is
     * scored as an empty body and counted as an error.
     */
    String extract(Page page) throws InputException;
  }

  /**
   * One page's score.
   *
   * @param key page key
   * @param url page URL
   * @param truthTokens tokens in the true body
   * @param predictedTokens tokens in the extracted body
   * @param precision page precision (see {@link ShingleMetric.Counts#precision})
   * @param recall page recall
   * @param f1 harmonic mean of the two (0 when both are 0); used to rank the worst pages
   * @param error the extractor's refusal message, or null
   */
  @JsonPropertyOrder({"key", "url", "truthTokens", "predictedTokens", "precision", "recall", "f1", "error"})
  public record PageScore(String key, String url, int truthTokens, int predictedTokens, double precision,
                          double recall, double f1, String error) { }

  /**
   * One extractor's figures over all pages.
   *
   * @param name extractor name
   * @param f1 harmonic mean of mean precision and mean recall
   * @param precision mean page precision over pages with a non-empty extraction
   * @param recall mean page recall over pages with a non-empty truth
   * @param pages pages scored
   * @param emptyBodies pages whose extracted body has no token
   * @param errors pages the extractor refused (each also counted empty)
   * @param seconds wall-clock time spent extracting (varies between runs; not part of the scores)
   * @param worst the {@value #WORST} pages with the lowest page F1 (ties by key)
   * @param perPage every page's score, by key
   */
  @JsonPropertyOrder({"name", "f1", "precision", "recall", "pages", "emptyBodies", "errors", "seconds",
      "pagesPerSecond", "worst", "perPage"})
  public record ExtractorResult(String name, double f1, double precision, double recall, int pages,
                                int emptyBodies, int errors, double seconds, List<PageScore> worst,
                                List<PageScore> perPage) {
    public ExtractorResult {
      worst = List.copyOf(worst);
      perPage = List.copyOf(perPage);
    }

    /** Pages per second of wall-clock extraction time. */
    @com.fasterxml.jackson.annotation.JsonProperty("pagesPerSecond")
    public double pagesPerSecond() {
      return seconds <= 0 ? 0 : pages / seconds;
    }
  }

  /**
   * The result of a run.
   *
   * @param data the data folder as given
   * @param groundTruthSha256 SHA-256 of ground-truth.json
   * @param pages number of pages
   * @param metric a one-line statement of the metric
   * @param extractors one result per extractor, in the order given
   */
  @JsonPropertyOrder({"schema", "data", "groundTruthSha256", "pages", "metric", "extractors"})
  public record Result(String data, String groundTruthSha256, int pages, String metric,
                       List<ExtractorResult> extractors) {
    public Result {
      extractors = List.copyOf(extractors);
    }

    /** Schema name of the JSON form. */
    @com.fasterxml.jackson.annotation.JsonProperty("schema")
    public String schema() {
      return "framescope.eval.extraction/1";
    }
  }

  /** Reads a benchmark folder; a missing page file or a malformed ground truth fails naming it. */
  public static Data read(Path dir) throws InputException {
    Path gt = dir.resolve("ground-truth.json");
    if (!Files.isRegularFile(gt)) {
      throw new InputException(gt.toString(), "no ground-truth.json (expected DIR/ground-truth.json and DIR/html/<key>.html[.gz])");
    }
    byte[] gtBytes;
    JsonNode root;
    try {
      gtBytes = Files.readAllBytes(gt);
      root = Json.mapper().readTree(gtBytes);
    } catch (IOException e) {
      throw new InputException(gt.toString(), "cannot read ground truth (" + firstLine(e.getMessage()) + ")");
    }
    if (root == null || !root.isObject()) {
      throw new InputException(gt.toString(), "ground truth is not a JSON object {key: {articleBody, url}}");
    }
    Map<String, JsonNode> byKey = new TreeMap<>();
    root.fields().forEachRemaining(e -> byKey.put(e.getKey(), e.getValue()));
    List<Page> pages = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : byKey.entrySet()) {
      String key = e.getKey();
      JsonNode body = e.getValue().get("articleBody");
      if (body == null || !body.isTextual()) {
        throw new InputException(gt.toString(), "entry '" + key + "' has no articleBody string");
      }
      Path file = Stream.of(dir.resolve("html").resolve(key + ".html.gz"), dir.resolve("html").resolve(key + ".html"))
          .filter(Files::isRegularFile).findFirst()
          .orElseThrow(() -> new InputException(dir.resolve("html").resolve(key + ".html.gz").toString(),
              "page listed in ground-truth.json is missing"));
      pages.add(new Page(key, e.getValue().path("url").asText(""), readPage(file), body.asText()));
    }
    if (pages.isEmpty()) {
      throw new InputException(gt.toString(), "no pages in the ground truth");
    }
    return new Data(dir, Hashing.sha256(gtBytes), pages);
  }

  private static byte[] readPage(Path file) throws InputException {
    try (InputStream raw = Files.newInputStream(file);
         InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new InputException(file.toString(), "cannot read page (" + firstLine(e.getMessage()) + ")");
    }
  }

  /** Runs every extractor on every page, in page order, and scores it. */
  public static Result run(Data data, List<Extractor> extractors) {
    if (extractors.isEmpty()) {
      throw new IllegalArgumentException("at least one extractor is needed");
    }
    List<ExtractorResult> out = new ArrayList<>();
    for (Extractor x : extractors) {
      out.add(score(x, data.pages()));
    }
    return new Result(data.dir().toString(), data.groundTruthSha256(), data.pages().size(),
        "4-token shingles of [\\p{L}\\p{N}_]+ tokens (Python's Unicode \\w), per page tp/fp/fn normalised by their sum;"
            + " precision mean over pages with a non-empty extraction, recall mean over pages with a non-empty truth;"
            + " F1 their harmonic mean", out);
  }

  static ExtractorResult score(Extractor x, List<Page> pages) {
    List<ShingleMetric.Counts> counts = new ArrayList<>();
    List<PageScore> perPage = new ArrayList<>();
    int empty = 0;
    int errors = 0;
    long nanos = 0;
    for (Page p : pages) {
      String body;
      String error = null;
      long t0 = System.nanoTime();
      try {
        body = x.extract(p);
      } catch (InputException e) {
        body = "";
        error = e.getMessage();
        errors++;
      }
      nanos += System.nanoTime() - t0;
      body = body == null ? "" : body;
      int predicted = ShingleMetric.tokens(body).size();
      if (predicted == 0) {
        empty++;
      }
      ShingleMetric.Counts c = ShingleMetric.score(p.truth(), body);
      counts.add(c);
      double pr = c.precision();
      double rc = c.recall();
      perPage.add(new PageScore(p.key(), p.url(), ShingleMetric.tokens(p.truth()).size(), predicted, pr, rc,
          pr + rc > 0 ? 2 * pr * rc / (pr + rc) : 0, error));
    }
    ShingleMetric.Summary s = ShingleMetric.aggregate(counts);
    List<PageScore> worst = perPage.stream()
        .sorted(Comparator.comparingDouble(PageScore::f1).thenComparing(PageScore::key)).limit(WORST).toList();
    return new ExtractorResult(x.name(), s.f1(), s.precision(), s.recall(), pages.size(), empty, errors,
        nanos / 1e9, worst, perPage);
  }

  private static String firstLine(String s) {
    return s == null ? "unknown error" : s.lines().findFirst().orElse("");
  }
}
