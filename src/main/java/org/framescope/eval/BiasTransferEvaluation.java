package org.framescope.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.framescope.classify.BiasModel;
import org.framescope.stats.Metrics;
import org.framescope.classify.SentenceEncoder;
import org.framescope.model.InputException;
import org.framescope.resource.Hashing;
import org.framescope.io.Json;

/**
 * Honest transfer check of a trained bias model: scores given labelled sentences with the model as it
 * is (no retraining, no re-splitting, no recalibration) and reports ranking (ROC-AUC), macro-F1 at the
 * model's calibrated 0.5, Brier score and, when the data name an outlet, per-outlet means.
 *
 * <p>Input: a CSV (comma- or semicolon-separated, detected from the header line; a UTF-8 BOM is
 * skipped) or JSONL file (one object per line; {@code .jsonl}/{@code .json} extension) with a text
 * column ({@code text} or {@code sentence}) and a label column ({@code label}, {@code label_bias} or
 * {@code biased}; values Biased / Non-biased, biased / non-biased / unbiased / neutral, 1 / 0, true / false),
 * optionally an outlet column ({@code outlet}, {@code source}, {@code domain}). Rows with another label
 * (e.g. BABE's "No agreement") are counted as dropped; an empty text is an error naming the line.
 * Output: a JSON record (schema {@code framescope.evaluation.bias-transfer/1}).
 */
public final class BiasTransferEvaluation {
  static final List<String> TEXT_COLUMNS = List.of("text", "sentence");
  static final List<String> LABEL_COLUMNS = List.of("label", "label_bias", "biased");
  static final List<String> OUTLET_COLUMNS = List.of("outlet", "source", "domain");
  private static final Set<String> POSITIVE = Set.of("biased", "1", "true", "yes");
  private static final Set<String> NEGATIVE = Set.of("non-biased", "nonbiased", "not biased", "unbiased", "neutral",
      "0", "false", "no");

  /** One labelled sentence. */
  public record Row(String text, boolean biased, String outlet) {
    public Row {
      if (text == null || text.isBlank()) {
        throw new IllegalArgumentException("text must not be blank");
      }
      outlet = outlet == null ? "" : outlet;
    }
  }

  /** The rows of a file, how many were dropped for another label, and the file's SHA-256. */
  public record Data(Path path, List<Row> rows, int dropped, String sha256, boolean hasOutlet) {
    public Data {
      rows = List.copyOf(rows);
    }
  }

  private BiasTransferEvaluation() { }

  /** Reads a CSV or JSONL file as described in the class comment. */
  public static Data read(Path path) throws InputException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw new InputException(path.toString(), "cannot read (" + e.getMessage() + ")");
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    List<Row> rows = new ArrayList<>();
    int[] dropped = {0};
    boolean hasOutlet;
    if (name.endsWith(".jsonl") || name.endsWith(".json")) {
      hasOutlet = readJsonl(path, text, rows, dropped);
    } else {
      hasOutlet = readCsv(path, text, rows, dropped);
    }
    if (rows.isEmpty()) {
      throw new InputException(path.toString(), "no labelled rows (label values: biased/non-biased, 1/0, true/false)");
    }
    return new Data(path, rows, dropped[0], Hashing.sha256(bytes), hasOutlet);
  }

  private static boolean readCsv(Path path, String text, List<Row> rows, int[] dropped) throws InputException {
    String header = text.lines().findFirst().orElse("");
    char delim = header.chars().filter(c -> c == ';').count() > header.chars().filter(c -> c == ',').count() ? ';' : ',';
    CSVFormat fmt = CSVFormat.DEFAULT.builder().setDelimiter(delim).setHeader().setSkipHeaderRecord(true).build();
    try (CSVParser p = CSVParser.parse(new StringReader(text), fmt)) {
      Map<String, Integer> h = p.getHeaderMap();
      String tc = pick(path, h.keySet(), TEXT_COLUMNS, "text");
      String lc = pick(path, h.keySet(), LABEL_COLUMNS, "label");
      String oc = OUTLET_COLUMNS.stream().filter(h::containsKey).findFirst().orElse(null);
      for (CSVRecord r : p) {
        add(path, "record " + r.getRecordNumber(), r.get(tc), r.get(lc), oc == null ? "" : r.get(oc), rows, dropped);
      }
      return oc != null;
    } catch (IOException | IllegalStateException | IllegalArgumentException e) {
      throw new InputException(path.toString(), "bad CSV (" + e.getMessage() + ")");
    }
  }

  private static boolean readJsonl(Path path, String text, List<Row> rows, int[] dropped) throws InputException {
    boolean hasOutlet = false;
    int line = 0;
    for (String l : text.split("\r?\n")) {
      line++;
      if (l.isBlank()) {
        continue;
      }
      JsonNode o;
      try {
        o = Json.mapper().readTree(l);
      } catch (IOException e) {
        throw new InputException(path.toString(), "line " + line + ": not JSON (" + e.getMessage().split("\n")[0] + ")");
      }
      String tc = TEXT_COLUMNS.stream().filter(o::has).findFirst().orElse(null);
      String lc = LABEL_COLUMNS.stream().filter(o::has).findFirst().orElse(null);
      if (tc == null || lc == null) {
        throw new InputException(path.toString(), "line " + line + ": needs a text field " + TEXT_COLUMNS
            + " and a label field " + LABEL_COLUMNS);
      }
      String oc = OUTLET_COLUMNS.stream().filter(o::has).findFirst().orElse(null);
      hasOutlet |= oc != null;
      add(path, "line " + line, o.get(tc).asText(), o.get(lc).asText(), oc == null ? "" : o.get(oc).asText(), rows,
          dropped);
    }
    return hasOutlet;
  }

  private static String pick(Path path, Set<String> header, List<String> names, String what) throws InputException {
    return names.stream().filter(header::contains).findFirst().orElseThrow(() -> new InputException(path.toString(),
        "no " + what + " column (accepted: " + names + "; found " + header + ")"));
  }

  private static void add(Path path, String where, String text, String label, String outlet, List<Row> rows,
                          int[] dropped) throws InputException {
    String l = label.trim().toLowerCase(Locale.ROOT);
    Boolean biased = POSITIVE.contains(l) ? Boolean.TRUE : NEGATIVE.contains(l) ? Boolean.FALSE : null;
    if (biased == null) {
      dropped[0]++;
      return;
    }
    if (text == null || text.isBlank()) {
      throw new InputException(path.toString(), where + ": empty text");
    }
    rows.add(new Row(text, biased, outlet.trim()));
  }

  /**
   * Scores every row with {@code model} ({@code encoder} for a model that needs embeddings, else null)
   * and summarises.
   */
  public static ObjectNode run(Data data, BiasModel model, String modelSource, SentenceEncoder encoder) {
    int n = data.rows().size();
    double[] p = new double[n];
    int[] y = new int[n];
    int[] pred = new int[n];
    for (int i = 0; i < n; i++) {
      Row r = data.rows().get(i);
      p[i] = model.probability(r.text(), model.needsEmbedding() ? encoder.encode(r.text()) : null);
      y[i] = r.biased() ? 1 : 0;
      pred[i] = p[i] >= 0.5 ? 1 : 0;
    }
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    out.put("schema", "framescope.evaluation.bias-transfer/1");
    ObjectNode d = out.putObject("data");
    d.put("path", data.path().toString());
    d.put("sha256", data.sha256());
    d.put("rows", n);
    d.put("dropped", data.dropped());
    int pos = 0;
    for (int v : y) {
      pos += v;
    }
    d.put("biased", pos);
    ObjectNode m = out.putObject("model");
    m.put("source", modelSource);
    m.put("name", model.name());
    m.set("trainingProvenance", model.provenance());
    out.put("note", "scored as shipped: no retraining, no re-splitting, no recalibration");
    double a = auc(p, y);
    if (Double.isNaN(a)) {
      out.putNull("rocAuc"); // one class only: ranking is undefined
    } else {
      out.put("rocAuc", r4(a));
    }
    Metrics.Report rep = Metrics.report(y, pred, List.of("non-biased", "biased"));
    out.put("macroF1", r4(rep.macroF1()));
    out.put("accuracy", r4(rep.accuracy()));
    out.put("threshold", 0.5);
    out.put("brier", r4(Metrics.brier(p, y)));
    out.put("meanProbability", r4(mean(p, null)));
    if (data.hasOutlet()) {
      ObjectNode per = out.putObject("perOutlet");
      TreeMap<String, List<Integer>> by = new TreeMap<>();
      for (int i = 0; i < n; i++) {
        String o = data.rows().get(i).outlet().isEmpty() ? "(none)" : data.rows().get(i).outlet();
        by.computeIfAbsent(o, k -> new ArrayList<>()).add(i);
      }
      by.forEach((o, idx) -> {
        ObjectNode x = per.putObject(o);
        x.put("sentences", idx.size());
        double gold = 0;
        for (int i : idx) {
          gold += y[i];
        }
        x.put("meanProbability", r4(mean(p, idx)));
        x.put("goldBiasedShare", r4(gold / idx.size()));
      });
    }
    return out;
  }

  /** ROC-AUC by the rank-sum (Mann-Whitney) statistic, ties counted as half; NaN with one class only. */
  public static double auc(double[] score, int[] y) {
    int n = score.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(score[a], score[b]));
    double rankSumPos = 0;
    long pos = 0;
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && score[order[j + 1]] == score[order[i]]) {
        j++;
      }
      double avgRank = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        if (y[order[k]] == 1) {
          rankSumPos += avgRank;
          pos++;
        }
      }
      i = j + 1;
    }
    long neg = n - pos;
    if (pos == 0 || neg == 0) {
      return Double.NaN;
    }
    return (rankSumPos - pos * (pos + 1) / 2.0) / ((double) pos * neg);
  }

  private static double mean(double[] v, List<Integer> idx) {
    double s = 0;
    int c = 0;
    if (idx == null) {
      for (double x : v) {
        s += x;
        c++;
      }
    } else {
      for (int i : idx) {
        s += v[i];
        c++;
      }
    }
    return c == 0 ? Double.NaN : s / c;
  }

  private static double r4(double v) {
    return Double.isNaN(v) ? v : Math.round(v * 1e4) / 1e4;
  }
}
