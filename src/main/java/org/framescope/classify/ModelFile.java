package org.framescope.classify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.framescope.resource.DataFile;
import org.framescope.model.InputException;

/**
 * The JSON container of every framescope model: schema, kind, name, feature version and config
 * (with its hash), provenance, and the content with its SHA-256.
 *
 * <p>Writing: deterministic bytes (fixed key order, no timestamps) so the same data and seed give a
 * byte-identical file. Reading: refuses, with an {@link InputException} naming the file, a wrong schema
 * or kind, a feature version other than {@link FeatureConfig#FEATURE_VERSION}, a feature-config hash or
 * a content hash that does not match what the file holds.
 */
public final class ModelFile {
  /** Schema id written in every model file. */
  public static final String SCHEMA = "framescope.model/1";
  /** Smile version the models are trained with (the pom's smile.version). */
  public static final String SMILE_VERSION = "3.1.1";

  static final ObjectMapper JSON = org.framescope.io.Json.mapper();

  /** A checked, loaded model file. */
  public record Loaded(String source, String kind, String name, Map<String, String> featureConfig,
                       JsonNode provenance, JsonNode content, String contentSha256) {
    public Loaded {
      featureConfig = new TreeMap<>(featureConfig);
    }
  }

  private ModelFile() { }

  /** 10^0 .. 10^22: the powers of ten a double holds exactly. */
  private static final double[] POW10 = new double[23];

  static {
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) {
      POW10[i] = POW10[i - 1] * 10;
    }
  }

  /**
   * Rounds to 8 significant digits (half up, as {@code new BigDecimal(v).round(new MathContext(8))}), so stored
   * weights print identically and compactly. Runs per explained feature at scoring time, so the usual case
   * avoids BigDecimal: the 8-digit integer is found in double arithmetic, and whenever that could differ from
   * the exact decimal rounding (a value within 1e-6 of a half, or out of the exact range) the BigDecimal route
   * decides. The result equals BigDecimal's: an integer below 2^53 divided (or multiplied) by an exact power
   * of ten is one correctly rounded operation, which is what {@code BigDecimal.doubleValue} returns.
   */
  public static double round(double v) {
    if (v == 0.0 || Double.isNaN(v) || Double.isInfinite(v)) {
      return v;
    }
    double a = Math.abs(v);
    if (a >= 1e-14 && a < 1e14) {
      int k = 7 - (int) Math.floor(Math.log10(a));
      double scaled = k >= 0 ? a * POW10[k] : a / POW10[-k];
      if (scaled >= 1e7 && scaled < 1e8 - 1) {
        double floor = Math.floor(scaled);
        double frac = scaled - floor;
        if (Math.abs(frac - 0.5) > 1e-6) {
          double r = frac > 0.5 ? floor + 1 : floor;
          double out = k >= 0 ? r / POW10[k] : r * POW10[-k];
          return v < 0 ? -out : out;
        }
      }
    }
    return exactRound(v);
  }

  /** {@link #round(double)} by BigDecimal alone (the reference the fast path is tested against). */
  static double exactRound(double v) {
    if (v == 0.0 || Double.isNaN(v) || Double.isInfinite(v)) {
      return v;
    }
    return new BigDecimal(v).round(new MathContext(8)).doubleValue();
  }

  /** Array node of rounded doubles. */
  public static ArrayNode doubles(double[] v) {
    ArrayNode a = JsonNodeFactory.instance.arrayNode(v.length);
    for (double d : v) {
      a.add(round(d));
    }
    return a;
  }

  /** Reads back an array written by {@link #doubles}. */
  public static double[] doubles(JsonNode a, String what) {
    if (a == null || !a.isArray()) {
      throw new IllegalArgumentException("'" + what + "' must be an array");
    }
    double[] v = new double[a.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = a.get(i).asDouble();
    }
    return v;
  }

  /** Serializes a model file. */
  public static byte[] write(String kind, String name, Map<String, String> featureConfig, ObjectNode provenance,
                             ObjectNode content) {
    try {
      ObjectNode root = JsonNodeFactory.instance.objectNode();
      root.put("schema", SCHEMA);
      root.put("kind", kind);
      root.put("name", name);
      root.put("featureVersion", FeatureConfig.FEATURE_VERSION);
      ObjectNode fc = root.putObject("featureConfig");
      new TreeMap<>(featureConfig).forEach(fc::put);
      root.put("featureConfigSha256", FeatureConfig.hash(featureConfig));
      root.set("provenance", provenance);
      root.put("contentSha256", DataFile.sha256(JSON.writeValueAsBytes(content)));
      root.set("content", content);
      byte[] body = org.framescope.io.Json.prettyInlineArrays().writeValueAsBytes(root);
      byte[] out = new byte[body.length + 1];
      System.arraycopy(body, 0, out, 0, body.length);
      out[body.length] = '\n';
      return out;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize model " + name, e);
    }
  }

  /** Reads and checks a model file from disk. */
  public static Loaded read(Path path, String expectedKind) throws InputException {
    try {
      return read(Files.readAllBytes(path), path.toString(), expectedKind);
    } catch (IOException e) {
      throw new InputException(path.toString(), "cannot read model file (" + e.getMessage() + ")");
    }
  }

  /** Reads and checks a model from the class path (e.g. "/models/bias-babe.json"). */
  public static Loaded readResource(String resource, String expectedKind) throws InputException {
    try (InputStream in = ModelFile.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new InputException("classpath:" + resource, "model resource not found");
      }
      return read(in.readAllBytes(), "classpath:" + resource, expectedKind);
    } catch (IOException e) {
      throw new InputException("classpath:" + resource, "cannot read model (" + e.getMessage() + ")");
    }
  }

  /** Parses and checks model bytes; {@code source} names them in errors. */
  public static Loaded read(byte[] bytes, String source, String expectedKind) throws InputException {
    JsonNode root;
    try {
      root = JSON.readTree(bytes);
    } catch (IOException e) {
      throw new InputException(source, "model file is not valid JSON (" + e.getMessage().split("\n")[0] + ")");
    }
    if (root == null || !root.isObject()) {
      throw new InputException(source, "model file is not a JSON object");
    }
    String schema = root.path("schema").asText("");
    if (!SCHEMA.equals(schema)) {
      throw new InputException(source, "unsupported model schema '" + schema + "', expected " + SCHEMA);
    }
    String kind = root.path("kind").asText("");
    if (!kind.equals(expectedKind)) {
      throw new InputException(source, "model kind is '" + kind + "', expected '" + expectedKind + "'");
    }
    int fv = root.path("featureVersion").asInt(-1);
    if (fv != FeatureConfig.FEATURE_VERSION) {
      throw new InputException(source, "model was trained with feature version " + fv
          + " but this framescope extracts features version " + FeatureConfig.FEATURE_VERSION + "; retrain it");
    }
    JsonNode fcNode = root.path("featureConfig");
    if (!fcNode.isObject()) {
      throw new InputException(source, "missing featureConfig");
    }
    TreeMap<String, String> fc = new TreeMap<>();
    fcNode.fields().forEachRemaining(e -> fc.put(e.getKey(), e.getValue().asText()));
    String fcHash = FeatureConfig.hash(fc);
    if (!fcHash.equals(root.path("featureConfigSha256").asText(""))) {
      throw new InputException(source, "feature config hash mismatch (recorded "
          + root.path("featureConfigSha256").asText("none") + ", computed " + fcHash + "): file was altered");
    }
    JsonNode content = root.get("content");
    if (content == null || !content.isObject()) {
      throw new InputException(source, "missing content");
    }
    String hash;
    try {
      hash = DataFile.sha256(JSON.writeValueAsBytes(content));
    } catch (JsonProcessingException e) {
      throw new InputException(source, "cannot re-serialize content", e);
    }
    if (!hash.equals(root.path("contentSha256").asText(""))) {
      throw new InputException(source, "content hash mismatch (recorded "
          + root.path("contentSha256").asText("none") + ", computed " + hash + "): file was altered or corrupted");
    }
    JsonNode prov = root.path("provenance");
    return new Loaded(source, kind, root.path("name").asText(""), fc, prov, content, hash);
  }
}
