package org.framescope.gold;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.framescope.model.InputException;

/**
 * Reads and writes gold files (gold-annotations/FORMAT.md).
 *
 * <p>Reading is strict: unknown keys, unknown layers, labels not allowed for a layer, bad offsets and duplicate
 * document ids are errors naming the file, the document id and the annotation index. Writing is deterministic:
 * documents sorted by id, annotations by begin, end, layer, label; keys in a fixed order; one annotation per
 * line; UTF-8 with a final newline.
 */
public final class GoldIO {
  private static final ObjectMapper MAPPER = org.framescope.io.Json.mapper();
  private static final Set<String> FILE_KEYS = Set.of("schema", "annotator", "documents");
  private static final Set<String> DOC_KEYS = Set.of("id", "source", "textBasis", "textSha256", "annotations");
  private static final Set<String> ANN_KEYS = Set.of("begin", "end", "layer", "label", "attributes");

  private GoldIO() {}

  /** Reads and validates a gold file; the first problem is thrown. */
  public static GoldFile read(Path path) throws InputException {
    List<GoldProblem> problems = new ArrayList<>();
    GoldFile f = parse(path, problems);
    if (!problems.isEmpty()) {
      GoldProblem p = problems.get(0);
      String rest = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problem(s))" : "";
      throw new InputException(path.toString(), p.toString().substring(p.file().length() + 2) + rest);
    }
    return f;
  }

  /**
   * Parses a gold file, adding every problem found to {@code problems}.
   *
   * @return the file, or null when it could not be read or had problems
   */
  public static GoldFile parse(Path path, List<GoldProblem> problems) {
    String name = path.toString();
    JsonNode root;
    try {
      root = MAPPER.readTree(Files.readString(path, StandardCharsets.UTF_8));
    } catch (IOException e) {
      problems.add(new GoldProblem(name, "", -1, "cannot read JSON (" + oneLine(e.getMessage()) + ")"));
      return null;
    }
    return fromTree(name, root, problems);
  }

  /** Parses gold JSON given as a string (for tests and tools); problems are collected. */
  public static GoldFile parse(String name, String json, List<GoldProblem> problems) {
    try {
      return fromTree(name, MAPPER.readTree(json), problems);
    } catch (JsonProcessingException e) {
      problems.add(new GoldProblem(name, "", -1, "cannot read JSON (" + oneLine(e.getOriginalMessage()) + ")"));
      return null;
    }
  }

  private static GoldFile fromTree(String name, JsonNode root, List<GoldProblem> problems) {
    int before = problems.size();
    if (root == null || !root.isObject()) {
      problems.add(new GoldProblem(name, "", -1, "top level must be a JSON object"));
      return null;
    }
    unknownKeys(root, FILE_KEYS, name, "", -1, problems);
    String schema = text(root, "schema");
    if (!GoldFile.SCHEMA.equals(schema)) {
      problems.add(new GoldProblem(name, "", -1, "schema must be " + GoldFile.SCHEMA + ", got '" + schema + "'"));
    }
    String annotator = text(root, "annotator");
    if (annotator == null || annotator.isBlank()) {
      problems.add(new GoldProblem(name, "", -1, "annotator is missing or blank"));
    }
    JsonNode docs = root.get("documents");
    List<GoldDocument> documents = new ArrayList<>();
    if (docs == null || !docs.isArray()) {
      problems.add(new GoldProblem(name, "", -1, "documents must be an array"));
    } else {
      Set<String> ids = new java.util.HashSet<>();
      for (int d = 0; d < docs.size(); d++) {
        GoldDocument doc = document(name, d, docs.get(d), problems);
        if (doc != null && !ids.add(doc.id())) {
          problems.add(new GoldProblem(name, doc.id(), -1, "duplicate document id"));
        } else if (doc != null) {
          documents.add(doc);
        }
      }
    }
    if (problems.size() > before) {
      return null;
    }
    return new GoldFile(schema, annotator, documents);
  }

  private static GoldDocument document(String name, int d, JsonNode node, List<GoldProblem> problems) {
    if (!node.isObject()) {
      problems.add(new GoldProblem(name, "", -1, "documents[" + d + "] must be an object"));
      return null;
    }
    int before = problems.size();
    String id = text(node, "id");
    String docLabel = id == null ? "#" + d : id;
    unknownKeys(node, DOC_KEYS, name, docLabel, -1, problems);
    if (id == null || id.isBlank()) {
      problems.add(new GoldProblem(name, docLabel, -1, "document id is missing or blank"));
    }
    String source = text(node, "source");
    if (source == null) {
      problems.add(new GoldProblem(name, docLabel, -1, "source is missing"));
    }
    String basis = text(node, "textBasis");
    if (basis != null && !GoldDocument.TEXT_BASES.contains(basis)) {
      problems.add(new GoldProblem(name, docLabel, -1, "textBasis must be body or raw, got '" + basis + "'"));
    }
    String sha = text(node, "textSha256");
    if (sha == null || !sha.matches("[0-9a-f]{64}")) {
      problems.add(new GoldProblem(name, docLabel, -1, "textSha256 must be 64 lower-case hex digits, got '"
          + sha + "'"));
    }
    JsonNode anns = node.get("annotations");
    List<GoldAnnotation> annotations = new ArrayList<>();
    if (anns == null || !anns.isArray()) {
      problems.add(new GoldProblem(name, docLabel, -1, "annotations must be an array"));
    } else {
      for (int i = 0; i < anns.size(); i++) {
        GoldAnnotation a = annotation(name, docLabel, i, anns.get(i), problems);
        if (a != null) {
          annotations.add(a);
        }
      }
    }
    if (problems.size() > before) {
      return null;
    }
    return new GoldDocument(id, source, basis, sha, annotations);
  }

  private static GoldAnnotation annotation(String name, String doc, int i, JsonNode node,
                                           List<GoldProblem> problems) {
    if (!node.isObject()) {
      problems.add(new GoldProblem(name, doc, i, "annotation must be an object"));
      return null;
    }
    int before = problems.size();
    unknownKeys(node, ANN_KEYS, name, doc, i, problems);
    Integer begin = integer(node, "begin", name, doc, i, problems);
    Integer end = integer(node, "end", name, doc, i, problems);
    String layer = text(node, "layer");
    String label = text(node, "label");
    if (layer == null) {
      problems.add(new GoldProblem(name, doc, i, "layer is missing"));
    }
    if (label == null) {
      problems.add(new GoldProblem(name, doc, i, "label is missing"));
    }
    TreeMap<String, String> attrs = new TreeMap<>();
    JsonNode an = node.get("attributes");
    if (an != null && !an.isNull()) {
      if (!an.isObject()) {
        problems.add(new GoldProblem(name, doc, i, "attributes must be an object"));
      } else {
        Iterator<Map.Entry<String, JsonNode>> it = an.fields();
        while (it.hasNext()) {
          Map.Entry<String, JsonNode> e = it.next();
          if (!e.getValue().isTextual()) {
            problems.add(new GoldProblem(name, doc, i, "attribute '" + e.getKey() + "' must be a string"));
          } else {
            attrs.put(e.getKey(), e.getValue().asText());
          }
        }
      }
    }
    if (problems.size() > before) {
      return null;
    }
    try {
      return new GoldAnnotation(begin, end, layer, label, attrs);
    } catch (IllegalArgumentException e) {
      problems.add(new GoldProblem(name, doc, i, e.getMessage()));
      return null;
    }
  }

  /** Writes the file deterministically (see class comment). */
  public static void write(GoldFile file, Path path) throws InputException {
    try {
      if (path.toAbsolutePath().getParent() != null) {
        Files.createDirectories(path.toAbsolutePath().getParent());
      }
      Files.writeString(path, toJson(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputException(path.toString(), "cannot write gold file (" + oneLine(e.getMessage()) + ")");
    }
  }

  /** The deterministic JSON text of a gold file. */
  public static String toJson(GoldFile file) {
    StringBuilder sb = new StringBuilder();
    sb.append("{\n  \"schema\": ").append(quote(file.schema()))
        .append(",\n  \"annotator\": ").append(quote(file.annotator()))
        .append(",\n  \"documents\": [");
    for (int d = 0; d < file.documents().size(); d++) {
      GoldDocument doc = file.documents().get(d);
      sb.append(d == 0 ? "\n" : ",\n");
      sb.append("    {\n      \"id\": ").append(quote(doc.id()))
          .append(",\n      \"source\": ").append(quote(doc.source()))
          .append(",\n      \"textBasis\": ").append(quote(doc.textBasis()))
          .append(",\n      \"textSha256\": ").append(quote(doc.textSha256()))
          .append(",\n      \"annotations\": [");
      List<GoldAnnotation> anns = doc.annotations();
      for (int i = 0; i < anns.size(); i++) {
        sb.append(i == 0 ? "\n" : ",\n").append("        ").append(annotationJson(anns.get(i)));
      }
      sb.append(anns.isEmpty() ? "]\n    }" : "\n      ]\n    }");
    }
    sb.append(file.documents().isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
    return sb.toString();
  }

  private static String annotationJson(GoldAnnotation a) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("begin", a.begin());
    n.put("end", a.end());
    n.put("layer", a.layer());
    n.put("label", a.label());
    if (!a.attributes().isEmpty()) {
      ObjectNode at = n.putObject("attributes");
      a.attributes().forEach(at::put);
    }
    try {
      return MAPPER.writeValueAsString(n);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise annotation", e);
    }
  }

  private static String quote(String s) {
    try {
      return MAPPER.writeValueAsString(s);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise string", e);
    }
  }

  private static void unknownKeys(JsonNode node, Set<String> known, String name, String doc, int i,
                                  List<GoldProblem> problems) {
    List<String> unknown = new ArrayList<>();
    node.fieldNames().forEachRemaining(k -> {
      if (!known.contains(k)) {
        unknown.add(k);
      }
    });
    if (!unknown.isEmpty()) {
      problems.add(new GoldProblem(name, doc, i, "unknown key(s): " + String.join(", ", unknown)));
    }
  }

  private static String text(JsonNode node, String key) {
    JsonNode v = node.get(key);
    return v == null || !v.isTextual() ? null : v.asText();
  }

  private static Integer integer(JsonNode node, String key, String name, String doc, int i,
                                 List<GoldProblem> problems) {
    JsonNode v = node.get(key);
    if (v == null || !v.isIntegralNumber() || !v.canConvertToInt()) {
      problems.add(new GoldProblem(name, doc, i, key + " must be an integer"));
      return null;
    }
    return v.intValue();
  }

  static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").trim();
  }
}
