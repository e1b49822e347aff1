package org.framescope.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.framescope.model.DocMeta;
import org.framescope.model.InputException;
import org.framescope.model.RawDocument;
import org.framescope.resource.Hashing;
import org.framescope.io.Json;
import org.framescope.io.JsonErrors;

/**
 * Reads corpus records from JSON (one object or an array of objects) and JSONL (one object per line).
 * Each record has {@code text} or {@code html}, and optionally {@code id, title, outlet, date, url}.
 * A bad record is reported (file:line, reason) through the error callback and the others are still read.
 */
public final class JsonRecordReader {
  /** Parses one value and refuses content after it ({@code {"a":1}}} is not silently read as {@code {"a":1}}). */
  private static final com.fasterxml.jackson.databind.ObjectReader STRICT = Json.mapper().reader()
      .with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private JsonRecordReader() { }

  /**
   * The records of a JSONL text, all at once: the plain statement of the format, which {@link JsonlRecords} (a file
   * read a record at a time) is tested against.
   */
  public static List<RawDocument> readJsonl(String source, String idBase, String text,
      Consumer<InputException> errors) {
    List<RawDocument> out = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    int ordinal = 0;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      ordinal++;
      try {
        out.add(jsonlRecord(source, idBase, i + 1, ordinal, line));
      } catch (InputException e) {
        errors.accept(e);
      }
    }
    if (out.isEmpty()) {
      errors.accept(new InputException(source, "no usable records"));
    }
    return out;
  }

  /**
   * One line of a JSONL file (stripped, not blank) as a record: line {@code lineNo} of the file names it in
   * errors, {@code ordinal} is its record number (non-blank lines so far, this one included).
   */
  static RawDocument jsonlRecord(String source, String idBase, int lineNo, int ordinal, String line)
      throws InputException {
    String where = source + ":" + lineNo;
    try {
      return record(where, source + "#" + ordinal, idBase + "#" + ordinal, STRICT.readTree(line));
    } catch (JsonProcessingException e) {
      throw new InputException(where, "malformed JSON line (" + JsonErrors.plain(e).replaceAll(
          " at line \\d+,", " at") + ")");
    }
  }

  public static List<RawDocument> readJson(String source, String idBase, String text,
      Consumer<InputException> errors) {
    JsonNode root;
    try {
      root = STRICT.readTree(text);
    } catch (JsonProcessingException e) {
      errors.accept(new InputException(source, "malformed JSON (" + JsonErrors.plain(e) + ")"));
      return List.of();
    }
    if (root == null || root.isMissingNode()) {
      errors.accept(new InputException(source, "empty JSON (no value)"));
      return List.of();
    }
    List<RawDocument> out = new ArrayList<>();
    if (root.isArray()) {
      for (int i = 0; i < root.size(); i++) {
        try {
          out.add(record(source + "[" + i + "]", source + "#" + (i + 1), idBase + "#" + (i + 1), root.get(i)));
        } catch (InputException e) {
          errors.accept(e);
        }
      }
    } else {
      try {
        out.add(record(source, source, idBase, root));
      } catch (InputException e) {
        errors.accept(e);
      }
    }
    return out;
  }

  /**
   * One record. {@code where} names it in error messages (file:line); {@code recordSource} is its stable
   * source ("file.jsonl#N", N = 1-based record number, the key a manifest row uses).
   */
  private static RawDocument record(String where, String recordSource, String defaultId, JsonNode n)
      throws InputException {
    if (!n.isObject()) {
      throw new InputException(where, "record is not a JSON object");
    }
    if (n.has("schema") && n.get("schema").asText().startsWith("framescope.article")) {
      throw new InputException(where, "this is framescope output (framescope.article), not an input record");
    }
    String id = str(n, "id");
    String title = str(n, "title");
    String outlet = str(n, "outlet");
    String date = Dates.require(where, str(n, "date").isEmpty() ? str(n, "published") : str(n, "date"));
    String url = str(n, "url");
    String text = str(n, "text");
    String html = str(n, "html");
    String sha = Hashing.sha256(n.toString());
    String rid = id.isEmpty() ? defaultId : id;
    DocMeta meta = new DocMeta(emptyToNull(str(n, "group")), emptyToNull(str(n, "event")), null, null);
    if (!html.isBlank()) {
      RawDocument d = HtmlReader.parse(rid, recordSource, html, sha);
      return new RawDocument(rid, recordSource, title.isEmpty() ? d.title() : title,
          outlet.isEmpty() ? d.outlet() : outlet, date != null ? date : d.published(),
          url.isEmpty() ? d.url() : url, d.author(), html, RawDocument.Format.HTML, meta, sha);
    }
    if (text.isBlank()) {
      throw new InputException(where, "record has neither 'text' nor 'html'");
    }
    return new RawDocument(rid, recordSource, title, outlet, date, url.isEmpty() ? null : url,
        emptyToNull(str(n, "author")), text, RawDocument.Format.RECORD, meta, sha);
  }

  private static String str(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? "" : v.asText();
  }

  private static String emptyToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
