package org.framescope.classify;

import org.framescope.text.Tokenizer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.framescope.resource.DataFile;
import org.framescope.model.InputException;

/**
 * Readers for the training corpora (BABE CSV, NewsMTSC JSONL) and the default shared-data locations.
 *
 * <p>Input: a file path. Output: the examples, the number of dropped rows and the SHA-256 of the file
 * bytes (for model provenance). Bad files fail with an {@link InputException} naming the file.
 */
public final class Datasets {
  private static final Pattern PY_STRING = Pattern.compile("'((?:[^'\\\\]|\\\\.)*)'|\"((?:[^\"\\\\]|\\\\.)*)\"");

  /** BABE rows kept, plus how many rows had another label (e.g. "No agreement") and were dropped. */
  public record Babe(List<Labelled> rows, int dropped, String sha256, Path path) {
    public Babe {
      rows = List.copyOf(rows);
    }
  }

  /** NewsMTSC targets (one example per target) and the file hash. */
  public record Mtsc(List<StanceExample> rows, String sha256, Path path) {
    public Mtsc {
      rows = List.copyOf(rows);
    }
  }

  private Datasets() { }

  /** The shared folder: env FRAMESCOPE_SHARED, else ../shared relative to the working directory. */
  public static Path sharedDir() {
    return org.framescope.resource.SharedData.dir();
  }

  /** Default BABE SG2 file under the shared folder. */
  public static Path defaultBabe() {
    return sharedDir().resolve("datasets/babe/final_labels_SG2.csv");
  }

  /** Default NewsMTSC training file under the shared folder. */
  public static Path defaultMtscTrain() {
    return sharedDir().resolve("datasets/newsmtsc/train.jsonl");
  }

  /** Default NewsMTSC multi-target dev/test file under the shared folder. */
  public static Path defaultMtscDevtest() {
    return sharedDir().resolve("datasets/newsmtsc/devtest_mt.jsonl");
  }

  public static byte[] readBytes(Path path, String what) throws InputException {
    if (!Files.isRegularFile(path)) {
      throw new InputException(path.toString(), what + " not found (set FRAMESCOPE_SHARED or pass --data)");
    }
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new InputException(path.toString(), "cannot read " + what + " (" + e.getMessage() + ")");
    }
  }

  /** Reads a BABE-format CSV (semicolon-separated, optional UTF-8 BOM). */
  public static Babe readBabe(Path path) throws InputException {
    byte[] bytes = readBytes(path, "BABE csv");
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    CSVFormat fmt = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
        .build();
    List<Labelled> rows = new ArrayList<>();
    int dropped = 0;
    try (CSVParser parser = CSVParser.parse(new StringReader(text), fmt)) {
      for (String col : List.of("text", "label_bias", "biased_words")) {
        if (!parser.getHeaderMap().containsKey(col)) {
          throw new InputException(path.toString(), "missing column '" + col + "'");
        }
      }
      boolean hasOutlet = parser.getHeaderMap().containsKey("outlet");
      for (CSVRecord r : parser) {
        String label = r.get("label_bias").trim();
        boolean biased;
        if (label.equals("Biased")) {
          biased = true;
        } else if (label.equals("Non-biased")) {
          biased = false;
        } else {
          dropped++;
          continue;
        }
        rows.add(new Labelled(r.get("text"), biased, parseWordList(r.get("biased_words")),
            hasOutlet ? r.get("outlet") : ""));
      }
    } catch (IOException | IllegalStateException | IllegalArgumentException e) {
      throw new InputException(path.toString(), "bad BABE csv (" + e.getMessage() + ")");
    }
    if (rows.isEmpty()) {
      throw new InputException(path.toString(), "no Biased/Non-biased rows");
    }
    return new Babe(rows, dropped, DataFile.sha256(bytes), path);
  }

  /**
   * Parses a Python-list-like string such as {@code ['bizarre', "don't", '"held"']} into normalized
   * words: quotes and other non-word characters at the ends are stripped, then lower-cased.
   */
  public static List<String> parseWordList(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = PY_STRING.matcher(s == null ? "" : s);
    while (m.find()) {
      String w = m.group(1) != null ? m.group(1) : m.group(2);
      w = w.replace("\\'", "'").replace("\\\"", "\"");
      for (Tokenizer.Tok t : Tokenizer.tokens(w)) {
        out.add(t.norm());
      }
    }
    return out;
  }

  /** Reads NewsMTSC JSONL: one example per target; polarity 2/4/6 maps to label 0/1/2. */
  public static Mtsc readMtsc(Path path) throws InputException {
    byte[] bytes = readBytes(path, "NewsMTSC jsonl");
    ObjectMapper om = org.framescope.io.Json.mapper();
    List<StanceExample> rows = new ArrayList<>();
    String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].trim();
      if (line.isEmpty()) {
        continue;
      }
      try {
        JsonNode n = om.readTree(line);
        String sentence = n.path("sentence_normalized").asText(null);
        if (sentence == null || !n.path("targets").isArray()) {
          throw new InputException(path + ":" + (i + 1), "record needs sentence_normalized and targets");
        }
        for (JsonNode t : n.get("targets")) {
          double pol = t.path("polarity").asDouble(Double.NaN);
          int label = pol == 2.0 ? 0 : pol == 4.0 ? 1 : pol == 6.0 ? 2 : -1;
          if (label < 0) {
            throw new InputException(path + ":" + (i + 1), "polarity must be 2.0, 4.0 or 6.0, got " + pol);
          }
          int from = t.path("from").asInt(-1);
          int to = t.path("to").asInt(-1);
          if (from < 0 || to < from || to > sentence.length()) {
            throw new InputException(path + ":" + (i + 1), "target offsets out of range: " + from + ".." + to);
          }
          rows.add(new StanceExample(t.path("Input.gid").asText(""), sentence, from, to, label));
        }
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new InputException(path + ":" + (i + 1), "bad JSON (" + e.getOriginalMessage() + ")");
      }
    }
    if (rows.isEmpty()) {
      throw new InputException(path.toString(), "no targets");
    }
    return new Mtsc(rows, DataFile.sha256(bytes), path);
  }
}
