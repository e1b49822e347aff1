package org.framescope.voice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.framescope.classify.CueTagger;
import org.framescope.model.InputException;
import org.framescope.resource.Hashing;
import org.framescope.io.Json;

/**
 * The trained attribution model (trained on PolNeAR by {@link AttributionTrainer}): three logistic scorers over
 * {@link AttributionFeatures} - cue heads, the source head of each cue, and the units of the cue's sentence that
 * are its content - with the decision thresholds chosen on a validation split of the training data.
 *
 * <p>Input: a document view and the rules' claims. Output: {@link AttributionDraft}s (cue, source head,
 * content in the cue's sentence); {@link ContentRules} then carry content across sentences. The model file is
 * gzipped JSON, schema {@value #SCHEMA}: kind, name, feature config and its SHA-256, provenance (training data
 * SHA-256, hyperparameters, seed, versions, validation and dev figures) and the content with its SHA-256;
 * loading refuses a file whose kind, schema, feature config or content hash does not check out. Immutable and
 * thread-safe.
 */
public final class AttributionModel {
  /** Class-path location of the shipped model. */
  public static final String RESOURCE = "/models/attribution-polnear.json.gz";
  public static final String SCHEMA = "framescope.model/1";
  public static final String KIND = "attribution";

  private final String name;
  private final LinearScorer cue;
  private final LinearScorer source;
  private final LinearScorer unit;
  private final ObjectNode provenance;

  AttributionModel(String name, LinearScorer cue, LinearScorer source, LinearScorer unit, ObjectNode provenance) {
    this.name = name;
    this.cue = cue;
    this.source = source;
    this.unit = unit;
    this.provenance = provenance == null ? JsonNodeFactory.instance.objectNode() : provenance.deepCopy();
  }

  public String name() {
    return name;
  }

  public ObjectNode provenance() {
    return provenance.deepCopy();
  }

  /** The same model with another provenance record. */
  public AttributionModel withProvenance(ObjectNode prov) {
    return new AttributionModel(name, cue, source, unit, prov);
  }

  AttributionModel withThresholds(double c, double s, double u) {
    return new AttributionModel(name, cue.withThreshold(c), source.withThreshold(s), unit.withThreshold(u),
        provenance);
  }

  LinearScorer cueScorer() {
    return cue;
  }

  LinearScorer sourceScorer() {
    return source;
  }

  LinearScorer unitScorer() {
    return unit;
  }

  /**
   * The tagger's probabilities for the sentences that have a cue candidate outside a quotation (the only ones
   * where they are used), all of the document's in one call so the tagger can batch them; a null row for every
   * other sentence, and for all of them without a tagger.
   */
  private static double[][] tagged(DocView v, CueTagger tagger) {
    double[][] out = new double[v.size()][];
    if (tagger == null) {
      return out;
    }
    List<Integer> which = new ArrayList<>();
    List<List<String>> words = new ArrayList<>();
    for (int si = 0; si < v.size(); si++) {
      DependencyView p = v.view(si);
      for (int t = 0; t < p.n; t++) {
        if (AttributionFeatures.cueCandidate(p, t) && !v.inQuote(si, t)) {
          which.add(si);
          words.add(p.words());
          break;
        }
      }
    }
    List<double[]> probs = tagger.probabilitiesAll(words);
    for (int k = 0; k < which.size(); k++) {
      out[which.get(k)] = probs.get(k);
    }
    return out;
  }

  /**
   * The drafts of one document: cues above threshold, each with its best source and its content units. With a
   * {@link CueTagger} (null: none) a cue's probability is the tagger's {@link CueTagger.Mix mix} with the linear
   * model's, kept from the mix's threshold; a word past the tagger's length, and a word inside a quotation, keep
   * the linear decision. (The tagger reads one sentence and cannot know that it sits inside a quotation that began
   * sentences earlier; mixed in there, it found the cues of speech quoted within the quotation, "AP reports ...",
   * "he said ...", which then took the quotation's speaker: BASIL's named-speaker accuracy fell from 0.908 to
   * 0.837. The linear model has the quotation state among its features.)
   */
  List<AttributionDraft> predict(DocView v, List<List<Claim>> claims, AttributionFeatures features,
                                 CueTagger tagger) {
    List<AttributionDraft> out = new ArrayList<>();
    double[][] tagged = tagged(v, tagger);
    for (int si = 0; si < v.size(); si++) {
      DependencyView p = v.view(si);
      AttributionFeatures.RuleIndex rules = new AttributionFeatures.RuleIndex(claims.get(si));
      List<AttributionDraft> heads = new ArrayList<>();
      for (int t = 0; t < p.n; t++) {
        if (!AttributionFeatures.cueCandidate(p, t)) {
          continue;
        }
        double pr = cue.probability(features.cue(v, si, t, rules));
        boolean kept;
        if (tagger == null || v.inQuote(si, t) || Double.isNaN(tagged[si][t])) {
          kept = cue.accepts(pr);
        } else {
          pr = tagger.mix().of(tagged[si][t], pr);
          kept = pr >= tagger.mix().threshold();
        }
        if (kept) {
          heads.add(new AttributionDraft(si, t, ContentRules.cueGroup(p, t), pr));
        }
      }
      for (AttributionDraft d : ContentRules.mergeGroups(p, heads)) {
        int best = -1;
        double bestP = 0;
        for (int s = 0; s < p.n; s++) {
          if (d.cue.get(s) || !AttributionFeatures.sourceCandidate(p, s) || v.inLabel(si, s)) {
            continue;
          }
          double ps = source.probability(features.source(v, si, d.cueHead, s, rules));
          if (ps > bestP) {
            bestP = ps;
            best = s;
          }
        }
        if (best >= 0 && source.accepts(bestP)) {
          best = ContentRules.writtenSubject(p, best, d.cue);
          d.sourceHead = best;
          d.source = ContentRules.sourceSpan(p, best, d.cueHead, d.cue);
        }
        BitSet content = d.contentIn(si);
        for (AttributionFeatures.Unit u : AttributionFeatures.units(p, d.cueHead, d.cue)) {
          if (unit.accepts(unit.probability(features.unit(v, si, d.cueHead, u, d.sourceHead, rules)))) {
            content.or(u.tokens());
          }
        }
        if (d.sourceHead >= 0) {
          content.andNot(p.subtree(d.sourceHead));
        }
        out.add(d);
      }
    }
    out.sort(AttributionDraft.BODY_ORDER);
    return out;
  }

  // ---- file ------------------------------------------------------------------------------------------------

  private static AttributionModel shipped;

  /** The shipped model (read once per JVM: it is immutable). */
  public static synchronized AttributionModel loadDefault() throws InputException {
    if (shipped == null) {
      shipped = readDefault();
    }
    return shipped;
  }

  private static AttributionModel readDefault() throws InputException {
    try (InputStream in = AttributionModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new InputException("classpath:" + RESOURCE, "attribution model missing from the class path");
      }
      return read(in.readAllBytes(), "classpath:" + RESOURCE);
    } catch (IOException e) {
      throw new InputException("classpath:" + RESOURCE, "cannot read model (" + e.getMessage() + ")");
    }
  }

  /** A model file (gzipped JSON); refused if its checks fail. */
  public static AttributionModel load(Path file) throws InputException {
    try {
      return read(Files.readAllBytes(file), file.toString());
    } catch (IOException e) {
      throw new InputException(file.toString(), "cannot read model file (" + e.getMessage() + ")");
    }
  }

  /** SHA-256 of the shipped model file, for provenance. */
  public static String resourceSha256() throws InputException {
    try (InputStream in = AttributionModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new InputException("classpath:" + RESOURCE, "attribution model missing from the class path");
      }
      return Hashing.sha256(in.readAllBytes());
    } catch (IOException e) {
      throw new InputException("classpath:" + RESOURCE, "cannot read model (" + e.getMessage() + ")");
    }
  }

  static AttributionModel read(byte[] gz, String source) throws InputException {
    JsonNode root;
    try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
      root = Json.mapper().readTree(in);
    } catch (IOException e) {
      throw new InputException(source, "model file is not gzipped JSON (" + e.getMessage() + ")");
    }
    if (root == null || !SCHEMA.equals(root.path("schema").asText())) {
      throw new InputException(source, "unsupported model schema '" + (root == null ? "" : root.path("schema").asText())
          + "', expected " + SCHEMA);
    }
    if (!KIND.equals(root.path("kind").asText())) {
      throw new InputException(source, "model kind is '" + root.path("kind").asText() + "', expected '" + KIND + "'");
    }
    TreeMap<String, String> fc = new TreeMap<>();
    root.path("featureConfig").fields().forEachRemaining(e -> fc.put(e.getKey(), e.getValue().asText()));
    if (!fc.equals(AttributionFeatures.CONFIG)) {
      throw new InputException(source, "model was trained with features " + fc.get("version")
          + " that differ from this version's (" + AttributionFeatures.VERSION + "); retrain it with "
          + "'framescope train attribution'");
    }
    if (!configHash(fc).equals(root.path("featureConfigSha256").asText())) {
      throw new InputException(source, "feature config hash mismatch: file was altered");
    }
    JsonNode content = root.path("content");
    String hash;
    try {
      hash = Hashing.sha256(Json.mapper().writeValueAsBytes(content));
    } catch (IOException e) {
      throw new InputException(source, "cannot re-serialize content");
    }
    if (!hash.equals(root.path("contentSha256").asText())) {
      throw new InputException(source, "content hash mismatch (recorded " + root.path("contentSha256").asText("none")
          + ", computed " + hash + "): file was altered or corrupted");
    }
    try {
      return new AttributionModel(root.path("name").asText(), LinearScorer.fromJson(content.get("cue"), "cue"),
          LinearScorer.fromJson(content.get("source"), "source"), LinearScorer.fromJson(content.get("unit"), "unit"),
          root.path("provenance").isObject() ? (ObjectNode) root.path("provenance") : null);
    } catch (IllegalArgumentException e) {
      throw new InputException(source, "bad attribution model content (" + e.getMessage() + ")");
    }
  }

  private static String configHash(Map<String, String> fc) {
    StringBuilder b = new StringBuilder();
    new TreeMap<>(fc).forEach((k, val) -> b.append(k).append('=').append(val).append('\n'));
    return Hashing.sha256(b.toString());
  }

  /** Deterministic file bytes (gzipped JSON, sorted keys, rounded weights, no timestamps). */
  public byte[] toBytes() {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("schema", SCHEMA);
    root.put("kind", KIND);
    root.put("name", name);
    ObjectNode fc = root.putObject("featureConfig");
    AttributionFeatures.CONFIG.forEach(fc::put);
    root.put("featureConfigSha256", configHash(AttributionFeatures.CONFIG));
    root.set("provenance", provenance);
    ObjectNode content = JsonNodeFactory.instance.objectNode();
    content.set("cue", cue.toJson());
    content.set("source", source.toJson());
    content.set("unit", unit.toJson());
    try {
      root.put("contentSha256", Hashing.sha256(Json.mapper().writeValueAsBytes(content)));
      root.set("content", content);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
        gz.write(Json.pretty().writeValueAsBytes(root));
        gz.write('\n');
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException("cannot serialize attribution model", e);
    }
  }
}
