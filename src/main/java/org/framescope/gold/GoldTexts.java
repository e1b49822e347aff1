package org.framescope.gold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.framescope.model.InputException;

/**
 * The texts gold annotations refer to, loaded from files or directories.
 *
 * <p>Input: paths. A {@code .json} file with a string {@code body} field (an article JSON from
 * {@code framescope analyze}) gives a {@code body} text, keyed by its {@code id}, its {@code source} and its
 * file name. Every file (JSON included) also gives a {@code raw} text: its bytes decoded as UTF-8, keyed by file
 * name and path. Directories are walked recursively in sorted order. Output: lookup of the text a
 * {@link GoldDocument} refers to, by id, source, source file name, or (failing these) by SHA-256.
 */
public final class GoldTexts {
  private static final ObjectMapper MAPPER = org.framescope.io.Json.mapper();

  /** A text with its SHA-256 and where it came from. */
  public record Text(String text, String sha256, String origin) {}

  private final Map<String, Text> body = new TreeMap<>();
  private final Map<String, Text> raw = new TreeMap<>();

  private GoldTexts() {}

  /** An empty collection (the validator then checks the schema only). */
  public static GoldTexts none() {
    return new GoldTexts();
  }

  /** Loads texts from files and directories. */
  public static GoldTexts load(List<Path> paths) throws InputException {
    GoldTexts t = new GoldTexts();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        List<Path> files;
        try (Stream<Path> s = Files.walk(p)) {
          files = s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
          throw new InputException(p.toString(), "cannot list texts (" + GoldIO.oneLine(e.getMessage()) + ")");
        }
        for (Path f : files) {
          t.add(f);
        }
      } else {
        t.add(p);
      }
    }
    return t;
  }

  private void add(Path f) throws InputException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(f);
    } catch (IOException e) {
      throw new InputException(f.toString(), "cannot read text (" + GoldIO.oneLine(e.getMessage()) + ")");
    }
    String fileName = f.getFileName().toString();
    String rawText = new String(bytes, StandardCharsets.UTF_8);
    Text r = new Text(rawText, sha256(rawText), f.toString());
    raw.putIfAbsent(fileName, r);
    raw.putIfAbsent(f.toString(), r);
    if (fileName.endsWith(".json")) {
      JsonNode n;
      try {
        n = MAPPER.readTree(rawText);
      } catch (IOException e) {
        return; // not JSON after all: it stays available as a raw text
      }
      if (n != null && n.isObject() && n.path("body").isTextual()) {
        String b = n.get("body").asText();
        Text bt = new Text(b, sha256(b), f.toString());
        body.putIfAbsent(fileName, bt);
        if (n.path("id").isTextual()) {
          body.putIfAbsent(n.get("id").asText(), bt);
        }
        if (n.path("source").isTextual()) {
          body.putIfAbsent(n.get("source").asText(), bt);
          body.putIfAbsent(Path.of(n.get("source").asText()).getFileName().toString(), bt);
        }
      }
    }
  }

  /** True when no text was loaded. */
  public boolean isEmpty() {
    return body.isEmpty() && raw.isEmpty();
  }

  /**
   * The text a document refers to: looked up by id, source and source file name within the document's text
   * basis; when none matches by name, a text of that basis with the document's SHA-256.
   */
  public Optional<Text> find(GoldDocument doc) {
    Map<String, Text> m = "raw".equals(doc.textBasis()) ? raw : body;
    List<String> keys = new ArrayList<>(List.of(doc.id(), doc.source()));
    if (!doc.source().isEmpty()) {
      try {
        keys.add(Path.of(doc.source()).getFileName().toString());
      } catch (RuntimeException e) {
        // a source that is a URL or odd name: keep the plain keys
      }
    }
    for (String k : keys) {
      Text t = m.get(k);
      if (t != null) {
        return Optional.of(t);
      }
    }
    return m.values().stream().filter(t -> t.sha256().equals(doc.textSha256())).findFirst();
  }

  /** SHA-256 of the UTF-8 encoding of a string, lower-case hex. */
  public static String sha256(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }
}
