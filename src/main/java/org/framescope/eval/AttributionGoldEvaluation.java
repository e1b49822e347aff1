package org.framescope.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.framescope.gold.GoldDocument;
import org.framescope.gold.GoldFile;
import org.framescope.gold.GoldIO;
import org.framescope.ingest.Ingestor;
import org.framescope.ingest.Manifest;
import org.framescope.ingest.OutletRegistry;
import org.framescope.model.ArticleResult;
import org.framescope.model.InputException;
import org.framescope.model.RawDocument;
import org.framescope.pipeline.ArticlePipeline;

/**
 * Evaluates attribution (span, speaker, country, verb class, kind) and sentence voice against raw-basis gold.
 *
 * <p>{@code framescope evaluate attribution [--data GOLD_DIR] [--corpus DIR] [--pages DIR] [--format
 * json|markdown|both] [--errors]} runs it. Defaults: gold {@code gold-annotations/samples/*.json} (texts under {@code --corpus}, default
 * {@code samples/corpus}) and {@code gold-annotations/pages/*.voice.json} (texts under {@code --pages}, default
 * {@code $FRAMESCOPE_SHARED/pages}, else {@code ../shared/pages}). A gold document is looked up by its
 * {@code source} under the corpus folder, then the pages folder; {@code file.jsonl#N} means the N-th non-blank line
 * of a JSONL file, whose {@code text} (else {@code html}) field the offsets point into. Documents whose text is
 * absent are skipped with a note on stderr (so the pages part drops out without ../shared). Each document is
 * read with {@link Ingestor} (samples with the corpus manifest), analysed with the FULL profile and scored with
 * {@link AttributionGoldScorer}. Output: a {@link Report} with figures for the sample corpus, each page and
 * overall, rendered as JSON ({@link #toJson}) or a markdown table ({@link #toMarkdown}).
 */
public final class AttributionGoldEvaluation {
  /** The group name for documents found under the corpus folder. */
  public static final String SAMPLES = "sample corpus";

  private AttributionGoldEvaluation() {}

  /** Where things are. */
  public record Options(List<Path> gold, Path corpus, Path pages, Path lexicons) {
    public Options {
      gold = List.copyOf(gold);
    }
  }

  /** The scores: per group (sample corpus, page ids, overall last), plus notes about skipped documents. */
  public record Report(Map<String, AttributionGoldScorer.Tally> groups, List<String> notes, int failed) {
    public Report {
      groups = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(groups));
      notes = List.copyOf(notes);
    }
  }



  /** $FRAMESCOPE_SHARED, else ../shared (relative to the working directory). */
  public static Path sharedDir() {
    return org.framescope.resource.SharedData.dir();
  }

  /** gold-annotations/samples/*.json and gold-annotations/pages/*.voice.json, sorted. */
  public static List<Path> defaultGold(Path goldRoot) throws IOException {
    List<Path> out = new ArrayList<>();
    for (String[] dirAndSuffix : new String[][] {{"samples", ".json"}, {"pages", ".voice.json"}}) {
      Path d = goldRoot.resolve(dirAndSuffix[0]);
      if (Files.isDirectory(d)) {
        try (Stream<Path> s = Files.list(d)) {
          s.filter(p -> p.getFileName().toString().endsWith(dirAndSuffix[1])).sorted().forEach(out::add);
        }
      }
    }
    return out;
  }

  /** Runs the evaluation with the given pipeline. */
  public static Report run(Options opt, ArticlePipeline pipeline) throws InputException, IOException {
    Path manifestFile = opt.corpus().resolve("manifest.csv");
    Manifest manifest = Files.exists(manifestFile) ? Manifest.read(manifestFile) : null;
    Path reg = opt.lexicons().resolve("outlets.tsv");
    OutletRegistry registry = Files.exists(reg) ? OutletRegistry.load(reg) : OutletRegistry.empty();
    Ingestor corpusIngestor = new Ingestor(manifest, registry, Ingestor.Options.defaults());
    Ingestor pageIngestor = new Ingestor(null, registry, Ingestor.Options.defaults());
    Map<String, AttributionGoldScorer.Tally> groups = new LinkedHashMap<>();
    Map<String, AttributionGoldScorer.Tally> pageGroups = new java.util.TreeMap<>();
    List<String> notes = new ArrayList<>();
    int failed = 0;
    for (Path gf : opt.gold()) {
      GoldFile file = GoldIO.read(gf);
      for (GoldDocument doc : file.documents()) {
        if (!doc.textBasis().equals("raw")) {
          notes.add(gf + ": document '" + doc.id() + "' skipped: textBasis " + doc.textBasis() + " (only raw)");
          continue;
        }
        if (doc.layer("attribution").isEmpty() && doc.layer("voice").isEmpty()) {
          continue;
        }
        String source = doc.source();
        int hash = source.lastIndexOf('#');
        String fileName = hash > 0 ? source.substring(0, hash) : source;
        int record = hash > 0 ? Integer.parseInt(source.substring(hash + 1)) : 0;
        boolean inCorpus = Files.isRegularFile(opt.corpus().resolve(fileName));
        Path path = inCorpus ? opt.corpus().resolve(fileName) : opt.pages().resolve(fileName);
        if (!Files.isRegularFile(path)) {
          notes.add(gf + ": document '" + doc.id() + "' skipped: " + fileName + " not found under "
              + opt.corpus() + " or " + opt.pages());
          continue;
        }
        try {
          String raw = rawText(path, record);
          if (!sha256(raw).equals(doc.textSha256())) {
            throw new InputException(path.toString(), "text does not match textSha256 of gold document '"
                + doc.id() + "' in " + gf);
          }
          Ingestor.Kind kind = Ingestor.kindOf(path).orElseThrow(
              () -> new InputException(path.toString(), "unsupported file type"));
          Ingestor.InputRef ref = new Ingestor.InputRef(path, kind, inCorpus ? opt.corpus() : null);
          List<RawDocument> docs = (inCorpus ? corpusIngestor : pageIngestor).read(ref, e -> { });
          RawDocument rd = pick(docs, record).orElseThrow(
              () -> new InputException(path.toString(), "no record " + record));
          ArticleResult res = pipeline.analyze(rd);
          boolean html = kind == Ingestor.Kind.HTML || (record > 0 && raw.trim().startsWith("<"));
          List<AttributionGoldScorer.PredSentence> sents = res.sentences().stream()
              .map(s -> new AttributionGoldScorer.PredSentence(s.begin(), s.end(), s.voice().json(),
                  AttributionGoldScorer.ruleVoice(java.util.stream.Stream.concat(Stream.of(s.voice()),
                      s.segments().stream().map(org.framescope.model.VoiceSegment::voice))
                      .map(org.framescope.model.Voice::json).toList()))).toList();
          AttributionGoldScorer.Tally t = AttributionGoldScorer.score(raw, html, res.body(), doc.annotations(),
              res.attributions(), sents);
          String group = inCorpus ? SAMPLES : "page " + doc.id();
          (inCorpus ? groups : pageGroups).computeIfAbsent(group, g -> new AttributionGoldScorer.Tally()).add(t);
          if (t.unmappedAttributions + t.unmappedVoice > 0) {
            notes.add(doc.id() + ": " + t.unmappedAttributions + " attribution and " + t.unmappedVoice
                + " voice spans not found in our body (not scored)");
          }
        } catch (InputException e) {
          notes.add(e.getMessage());
          failed++;
        }
      }
    }
    groups.putAll(pageGroups);
    AttributionGoldScorer.Tally overall = new AttributionGoldScorer.Tally();
    groups.values().forEach(overall::add);
    groups.put("overall", overall);
    return new Report(groups, notes, failed);
  }

  private static Optional<RawDocument> pick(List<RawDocument> docs, int record) {
    if (record == 0) {
      return docs.isEmpty() ? Optional.empty() : Optional.of(docs.get(0));
    }
    return docs.stream().filter(d -> d.source().endsWith("#" + record)).findFirst();
  }

  /**
   * The raw text: the file decoded as UTF-8, or for record N (N-th non-blank line) of a JSONL file the decoded
   * value of its text (else html) field.
   */
  static String rawText(Path path, int record) throws InputException {
    String all;
    try {
      all = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputException(path.toString(), "cannot read (" + e.getMessage() + ")");
    }
    if (record == 0) {
      return all;
    }
    // record N = the N-th non-blank line, as JsonRecordReader counts (= the line number when there are no blanks)
    List<String> lines = all.lines().filter(l -> !l.isBlank()).toList();
    if (record > lines.size()) {
      throw new InputException(path.toString(), "has no record " + record);
    }
    try {
      JsonNode n = org.framescope.io.Json.mapper().readTree(lines.get(record - 1));
      JsonNode v = n.hasNonNull("text") ? n.get("text") : n.get("html");
      if (v == null || !v.isTextual()) {
        throw new InputException(path.toString(), "record " + record + " has no text or html field");
      }
      return v.asText();
    } catch (IOException e) {
      throw new InputException(path.toString(), "record " + record + " is not JSON (" + e.getMessage() + ")");
    }
  }

  static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The report as pretty JSON (groups in report order, keys fixed). */
  public static String toJson(Report r) {
    ObjectMapper m = org.framescope.io.Json.mapper();
    ObjectNode root = m.createObjectNode();
    root.put("schema", "framescope.eval.attribution-gold/1");
    ObjectNode groups = root.putObject("groups");
    r.groups().forEach((name, t) -> {
      ObjectNode g = groups.putObject(name);
      g.put("documents", t.documents);
      ObjectNode at = g.putObject("attributions");
      at.put("gold", t.goldAttributions);
      at.put("goldUnmapped", t.unmappedAttributions);
      at.put("matched", t.matched);
      at.put("predicted", t.predicted);
      at.put("predictedMatched", t.predictedMatched);
      at.put("predictedSplit", t.predictedSplit);
      num(at, "recall", t.recall());
      num(at, "precision", t.precision());
      num(at, "f1", t.f1());
      acc(at, "speaker", t.speakerOk, t.matched);
      acc(at, "country", t.countryOk, t.countryN);
      acc(at, "verbClass", t.verbClassOk, t.matched);
      acc(at, "kind", t.kindOk, t.matched);
      ObjectNode v = g.putObject("voice");
      v.put("gold", t.goldVoice);
      v.put("goldUnmapped", t.unmappedVoice);
      acc(v, "threeWay", t.voiceOk, t.voiceN);
      acc(v, "authorVsNot", t.authorOk, t.voiceN);
      acc(v, "threeWayRule", t.ruleVoiceOk, t.voiceN);
      acc(v, "authorVsNotRule", t.ruleAuthorOk, t.voiceN);
      ObjectNode conf = v.putObject("confusion");
      t.voiceConfusion.forEach(conf::put);
      ObjectNode ruleConf = v.putObject("confusionRule");
      t.ruleVoiceConfusion.forEach(ruleConf::put);
    });
    ArrayNode notes = root.putArray("notes");
    r.notes().forEach(notes::add);
    try {
      return org.framescope.io.Json.pretty().writeValueAsString(root);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void num(ObjectNode o, String key, double v) {
    if (Double.isNaN(v)) {
      o.putNull(key);
    } else {
      o.put(key, Math.round(v * 1000) / 1000.0);
    }
  }

  private static void acc(ObjectNode o, String key, int ok, int n) {
    ObjectNode a = o.putObject(key);
    a.put("correct", ok);
    a.put("n", n);
    num(a, "accuracy", AttributionGoldScorer.Tally.ratio(ok, n));
  }

  /** The report as a markdown table (one row per group). */
  public static String toMarkdown(Report r) {
    StringBuilder sb = new StringBuilder();
    sb.append("| source | docs | gold attr. | recall | precision | F1 | speaker acc. | country acc. | verb-class acc."
        + " | kind acc. | voice 3-way (field) | author vs not (field) | voice 3-way (rule) | author vs not (rule) |\n");
    sb.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    r.groups().forEach((name, t) -> sb.append("| ").append(name).append(" | ").append(t.documents)
        .append(" | ").append(t.scoredAttributions())
        .append(t.unmappedAttributions > 0 ? " (+" + t.unmappedAttributions + " unmapped)" : "")
        .append(" | ").append(frac(t.matched, t.scoredAttributions()))
        .append(" | ").append(frac(t.predictedMatched, t.predicted))
        .append(" | ").append(fmt(t.f1()))
        .append(" | ").append(frac(t.speakerOk, t.matched))
        .append(" | ").append(frac(t.countryOk, t.countryN))
        .append(" | ").append(frac(t.verbClassOk, t.matched))
        .append(" | ").append(frac(t.kindOk, t.matched))
        .append(" | ").append(frac(t.voiceOk, t.voiceN))
        .append(" | ").append(frac(t.authorOk, t.voiceN))
        .append(" | ").append(frac(t.ruleVoiceOk, t.voiceN))
        .append(" | ").append(frac(t.ruleAuthorOk, t.voiceN)).append(" |\n"));
    return sb.toString();
  }

  private static String frac(int a, int b) {
    return b == 0 ? "n/a" : fmt(a / (double) b) + " (" + a + "/" + b + ")";
  }

  private static String fmt(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
  }
}
