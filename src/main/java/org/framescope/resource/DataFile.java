package org.framescope.resource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.framescope.model.InputException;

/**
 * Reads the common framescope data-file format used under {@code lexicons/} (see lexicons/FORMAT.md):
 * a header of {@code #! key: value} lines, then a {@code #! columns:} line, then tab-separated rows.
 * Lines starting with a single {@code #} and blank lines are comments.
 *
 * <p>Input: a path. Output: the header (ordered), the column names, and rows as column-name maps with
 * their 1-based line numbers, plus the SHA-256 of the file bytes for provenance. Malformed lines fail
 * with an {@link InputException} naming the file and line.
 */
public final class DataFile {
  /** Header keys every file must have. */
  public static final Set<String> REQUIRED = Set.of("name", "version", "licence", "description", "columns");

  /** One data row. */
  public record Row(int line, Map<String, String> values) {
    public String get(String column) {
      String v = values.get(column);
      return v == null ? "" : v;
    }
  }

  private final Path path;
  private final Map<String, String> header;
  private final Map<String, String> categories;
  private final List<String> columns;
  private final List<Row> rows;
  private final String sha256;
  private final int columnsLine;

  private DataFile(Path path, Map<String, String> header, Map<String, String> categories,
                      List<String> columns, List<Row> rows, String sha256, int columnsLine) {
    this.columnsLine = columnsLine;
    this.path = path;
    this.header = Collections.unmodifiableMap(header);
    this.categories = Collections.unmodifiableMap(categories);
    this.columns = List.copyOf(columns);
    this.rows = List.copyOf(rows);
    this.sha256 = sha256;
  }

  /** Parses a file; every problem is reported with file and line number. */
  public static DataFile read(Path path) throws InputException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw new InputException(path.toString(), "cannot read lexicon file (" + e.getMessage() + ")");
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    Map<String, String> header = new LinkedHashMap<>();
    Map<String, String> categories = new LinkedHashMap<>();
    List<String> columns = null;
    int columnsLine = 0;
    List<Row> rows = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int lineNo = i + 1;
      if (line.startsWith("#!")) {
        if (columns != null) {
          throw new InputException(path + ":" + lineNo, "header line after the columns line");
        }
        String kv = line.substring(2).trim();
        int colon = kv.indexOf(':');
        if (colon <= 0) {
          throw new InputException(path + ":" + lineNo, "header line must be '#! key: value'");
        }
        String key = kv.substring(0, colon).trim();
        String value = kv.substring(colon + 1).trim();
        if (key.startsWith("category ")) {
          String cat = key.substring("category ".length()).trim();
          if (categories.put(cat, value) != null) {
            throw new InputException(path + ":" + lineNo, "category '" + cat + "' defined twice");
          }
        } else if (key.equals("columns")) {
          columns = List.of(value.split("\\s*,\\s*|\\t"));
          columnsLine = lineNo;
          header.put(key, value);
        } else {
          if (header.put(key, value) != null) {
            throw new InputException(path + ":" + lineNo, "header key '" + key + "' given twice");
          }
        }
        continue;
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (columns == null) {
        throw new InputException(path + ":" + lineNo, "data line before the '#! columns:' header");
      }
      String[] cells = line.split("\t", -1);
      if (cells.length > columns.size()) {
        throw new InputException(path + ":" + lineNo,
            "expected at most " + columns.size() + " tab-separated columns, found " + cells.length);
      }
      Map<String, String> values = new LinkedHashMap<>();
      for (int c = 0; c < columns.size(); c++) {
        values.put(columns.get(c), c < cells.length ? cells[c].trim() : "");
      }
      if (values.get(columns.get(0)).isEmpty()) {
        throw new InputException(path + ":" + lineNo, "empty first column '" + columns.get(0) + "'");
      }
      rows.add(new Row(lineNo, values));
    }
    for (String key : REQUIRED) {
      if (!header.containsKey(key)) {
        throw new InputException(path.toString(), "missing header '#! " + key + ":'");
      }
    }
    return new DataFile(path, header, categories, columns, rows, sha256(bytes), columnsLine);
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public Path path() { return path; }

  public String name() { return header.get("name"); }

  public String version() { return header.get("version"); }

  /** "lexicon:&lt;file name&gt;@&lt;version&gt;", the {@code source} of spans from this file. */
  public String sourceTag() { return "lexicon:" + path.getFileName() + "@" + version(); }

  public Map<String, String> header() { return header; }

  /** Declared categories with their definitions ({@code #! category NAME: definition}). */
  public Map<String, String> categories() { return categories; }

  public List<String> columns() { return columns; }

  public List<Row> rows() { return rows; }

  public String sha256() { return sha256; }

  /** 1-based line number of the {@code #! columns:} header line. */
  public int columnsLine() { return columnsLine; }
}
