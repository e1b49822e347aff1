package org.framescope.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.framescope.model.ArticleResult;
import org.framescope.model.InputException;

/**
 * The home of the public contract, schema framescope.article/1: writes one document (pretty, deterministic,
 * atomically) or one JSON line, and reads article results from {@code .json} files (one document, or an
 * array of documents), {@code .jsonl} files (one document a line) and directories of them (walked in
 * sorted path order). Unknown fields are ignored; missing lists and maps read as empty.
 * A file that is not valid article JSON fails with an {@link InputException} naming the file.
 */
public final class ArticleJson {
  private ArticleJson() { }

  /** The mapper used to read articles: the project's one Jackson configuration. */
  public static ObjectMapper mapper() {
    return Json.mapper();
  }

  /** One article document as written by {@code analyze}: pretty, sorted keys, LF, trailing newline. */
  public static String toJson(ArticleResult r) throws IOException {
    return Json.pretty().writeValueAsString(r) + "\n";
  }

  /** One article as one JSON line (no trailing newline), for {@code .jsonl}. */
  public static byte[] toJsonLine(ArticleResult r) throws IOException {
    return Json.compact().writeValueAsBytes(r);
  }

  /** Writes one article document atomically (as {@link #toJson}). */
  public static void write(Path file, ArticleResult r) throws IOException {
    AtomicFiles.write(file, o -> {
      Json.pretty().writeValue(o, r);
      o.write('\n');
    });
  }

  /** True when the file looks like framescope article output (peeks at its first few kilobytes). */
  public static boolean isArticleFile(Path p) {
    String n = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    if (!(n.endsWith(".json") || n.endsWith(".jsonl")) || !Files.isRegularFile(p)) {
      return false;
    }
    try (java.io.InputStream in = Files.newInputStream(p)) {
      String head = new String(in.readNBytes(4096), java.nio.charset.StandardCharsets.UTF_8);
      return head.contains(ArticleResult.SCHEMA);
    } catch (IOException e) {
      return false;
    }
  }

  private static final java.util.regex.Pattern SCHEMA_FIELD =
      java.util.regex.Pattern.compile("\"schema\"\\s*:\\s*\"(framescope\\.[A-Za-z]+/\\d+)\"");

  /**
   * The schema of a framescope document ({@code framescope.article/1}, {@code framescope.run/1},
   * {@code framescope.report/1} ...) when the file's first few kilobytes name one, else empty.
   */
  public static java.util.Optional<String> framescopeSchema(Path p) {
    try (java.io.InputStream in = Files.newInputStream(p)) {
      String head = new String(in.readNBytes(4096), java.nio.charset.StandardCharsets.UTF_8);
      java.util.regex.Matcher m = SCHEMA_FIELD.matcher(head);
      return m.find() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    } catch (IOException e) {
      return java.util.Optional.empty();
    }
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
              out.add(parse(Json.mapper().readTree(line), f + ":" + no));
            }
          }
        }
      } else {
        JsonNode root = Json.mapper().readTree(f.toFile());
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
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new InputException(f.toString(), "not valid JSON: " + JsonErrors.plain(e), e);
    } catch (IOException e) {
      throw new InputException(f.toString(), "cannot read (" + oneLine(e.getMessage()) + ")", e);
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
      return Json.mapper().treeToValue(node, ArticleResult.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new InputException(where, "bad article: " + JsonErrors.plain(e), e);
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
