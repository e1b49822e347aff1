package org.framescope.compare;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.framescope.model.ActorStance;
import org.framescope.model.ArticleResult;
import org.framescope.model.InputException;
import org.framescope.model.StanceScore;

/**
 * Reads article results (schema framescope.article/1) from {@code .json} files (one document, or an
 * array of documents), {@code .jsonl} files (one document a line) and directories of them (walked in
 * sorted path order). Unknown fields are ignored; missing lists and maps read as empty.
 * A file that is not valid article JSON fails with an {@link InputException} naming the file.
 */
public final class ArticleJson {
  private static final ObjectMapper MAPPER = createMapper();

  private ArticleJson() { }

  /** The mapper used to read articles (also fine for writing them). */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  private static ObjectMapper createMapper() {
    ObjectMapper m = new ObjectMapper();
    m.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    // a missing or null list or map reads as empty; other nulls stay null
    for (Class<?> c : List.of(List.class, java.util.Map.class, java.util.SortedMap.class)) {
      m.configOverride(c).setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY));
    }
    SimpleModule module = new SimpleModule("framescope-article");
    // ActorStance unwraps its author score into the top level, which Jackson cannot do for record creators
    module.addDeserializer(ActorStance.class, new JsonDeserializer<>() {
      @Override
      public ActorStance deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode node = p.getCodec().readTree(p);
        StanceScore author = node.has("score") ? score(node) : null;
        StanceScore quoted = node.hasNonNull("quoted") ? score(node.get("quoted")) : null;
        return new ActorStance(author, quoted);
      }
    });
    m.registerModule(module);
    return m;
  }

  private static StanceScore score(JsonNode n) {
    List<Integer> evidence = new ArrayList<>();
    for (JsonNode e : n.path("evidence")) {
      if (e.canConvertToInt()) {
        evidence.add(e.asInt());
      }
    }
    return new StanceScore(n.path("score").asDouble(0), n.path("label").asText("neutral"),
        n.path("mentions").asInt(0), evidence);
  }

  /** All articles in {@code paths} (files or directories), in the order given, directories sorted. */
  public static List<ArticleResult> read(List<Path> paths) throws InputException {
    List<ArticleResult> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        List<Path> files;
        try (Stream<Path> s = Files.walk(p)) {
          files = s.filter(Files::isRegularFile).filter(ArticleJson::isArticleFile).sorted().toList();
        } catch (IOException e) {
          throw new InputException(p.toString(), "cannot list directory: " + e.getMessage(), e);
        }
        for (Path f : files) {
          out.addAll(readFile(f));
        }
      } else {
        out.addAll(readFile(p));
      }
    }
    return out;
  }

  private static boolean isArticleFile(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".json") || n.endsWith(".jsonl");
  }

  /** Articles in one {@code .json} or {@code .jsonl} file. */
  public static List<ArticleResult> readFile(Path f) throws InputException {
    if (!Files.isRegularFile(f)) {
      throw new InputException(f.toString(), "no such file");
    }
    List<ArticleResult> out = new ArrayList<>();
    String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
    try {
      if (name.endsWith(".jsonl")) {
        try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
          String line;
          int no = 0;
          while ((line = r.readLine()) != null) {
            no++;
            if (!line.isBlank()) {
              out.add(parse(MAPPER.readTree(line), f + ":" + no));
            }
          }
        }
      } else {
        JsonNode root = MAPPER.readTree(f.toFile());
        if (root == null) {
          throw new InputException(f.toString(), "empty file");
        }
        if (root.isArray()) {
          int i = 0;
          for (JsonNode n : root) {
            out.add(parse(n, f + "[" + i++ + "]"));
          }
        } else {
          out.add(parse(root, f.toString()));
        }
      }
    } catch (IOException e) {
      throw new InputException(f.toString(), "not valid JSON: " + oneLine(e.getMessage()), e);
    }
    return out;
  }

  /** Converts one JSON node to an article, failing with the location when it is not one. */
  public static ArticleResult parse(JsonNode node, String where) throws InputException {
    if (!ArticleResult.SCHEMA.equals(node.path("schema").asText(null))) {
      throw new InputException(where, "not a " + ArticleResult.SCHEMA + " document (schema is "
          + node.path("schema").asText("missing") + ")");
    }
    try {
      return MAPPER.treeToValue(node, ArticleResult.class);
    } catch (IOException | IllegalArgumentException | NullPointerException e) {
      throw new InputException(where, "bad article: " + oneLine(e.getMessage()), e);
    }
  }

  private static String oneLine(String s) {
    if (s == null) {
      return "unknown error";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
