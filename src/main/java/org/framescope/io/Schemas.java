package org.framescope.io;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON Schemas (draft 2020-12) of framescope's two JSON documents, bundled under {@code /schema/}: the
 * article ({@code framescope.article/1}, {@value #ARTICLE}) and the comparison report ({@code report.json},
 * {@value #REPORT}). In: a schema name and a JSON text. Out: the problems, one line each (instance location and
 * message), empty when the document conforms. Schemas are loaded once; validation is thread-safe.
 */
public final class Schemas {
  /** The article document's schema. */
  public static final String ARTICLE = "article";
  /** The comparison report's schema. */
  public static final String REPORT = "report";

  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Map<String, Schema> LOADED = new ConcurrentHashMap<>();

  private Schemas() { }

  /** Problems of an article document (empty when it conforms). */
  public static List<String> validateArticle(String json) {
    return validate(ARTICLE, json);
  }

  /** Problems of a report document (empty when it conforms). */
  public static List<String> validateReport(String json) {
    return validate(REPORT, json);
  }

  /**
   * Problems of {@code json} against the named schema ({@value #ARTICLE} or {@value #REPORT}); text that is not
   * JSON is one problem, not an exception.
   */
  public static List<String> validate(String schema, String json) {
    Schema s = LOADED.computeIfAbsent(schema, Schemas::load);
    try {
      List<Error> errors = s.validate(json, InputFormat.JSON);
      return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    } catch (RuntimeException e) {
      return List.of("$: not JSON (" + e.getMessage() + ")");
    }
  }

  /** The schema file's text (for tools that want the schema itself). */
  public static String text(String schema) {
    try (InputStream in = open(schema)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Schema load(String schema) {
    try (InputStream in = open(schema)) {
      return REGISTRY.getSchema(in, InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(String schema) {
    if (!schema.equals(ARTICLE) && !schema.equals(REPORT)) {
      throw new IllegalArgumentException("unknown schema '" + schema + "' (expected " + ARTICLE + " or " + REPORT + ")");
    }
    InputStream in = Schemas.class.getResourceAsStream("/schema/" + schema + ".schema.json");
    if (in == null) {
      throw new IllegalStateException("schema/" + schema + ".schema.json missing from the classpath");
    }
    return in;
  }
}
